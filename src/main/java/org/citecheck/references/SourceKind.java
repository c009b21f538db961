package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.citecheck.HasId;

/** What a cited source is; the serialised names are part of the references.json contract. */
public enum SourceKind implements HasId {
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

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  /** Reads an id, as {@link HasId#fromId} does; throws on an unknown one. */
  @JsonCreator
  public static SourceKind fromId(String id) {
    return HasId.fromId(SourceKind.class, id);
  }
}
