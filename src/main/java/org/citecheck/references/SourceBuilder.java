package org.citecheck.references;

import java.util.List;

/** The parser's working copy of a source, filled field by field. */
final class SourceBuilder {
  SourceKind kind = SourceKind.OTHER;
  List<String> authors = List.of();
  String title;
  boolean translated;
  String container;
  String date;
  String accessed;
  String url;
  String urlAsPrinted;
  List<String> candidates = List.of();
  String pages;
  Integer seeNote;
  String crossRef;
  String doi;
  String place;
  String publisher;
  String platform;
  String text;
  List<String> editors = List.of();
  String volume;
  String issue;
  String edition;
  String genre;
  String isbn;
  Double confidence;

  /**
   * Whether the publisher is a field of its own in the record (the model's), or only the
   * container's fallback.
   */
  boolean publisherField;

  Source build() {
    return new Source(
        kind,
        authors,
        title,
        translated,
        container,
        date,
        accessed,
        url,
        urlAsPrinted,
        candidates,
        pages,
        seeNote,
        null,
        crossRef,
        false,
        doi,
        place,
        text,
        editors,
        publisherField ? publisher : null,
        volume,
        issue,
        edition,
        genre,
        isbn,
        confidence,
        null,
        null);
  }
}
