package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a cited source is; the serialised names are part of the references.json contract. */
public enum SourceKind {
  WEB_PAGE("web-page"),
  SOCIAL_POST("social-post"),
  NEWS_ARTICLE("news-article"),
  JOURNAL_ARTICLE("journal-article"),
  BOOK("book"),
  REPORT("report"),
  LETTER("letter"),
  OFFICIAL_DOCUMENT("official-document"),
  RESOLUTION("resolution"),
  OTHER("other");

  private final String id;

  SourceKind(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static SourceKind fromId(String id) {
    for (SourceKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown source kind: " + id);
  }
}
