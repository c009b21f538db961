package org.citecheck.document.markup;

import java.util.List;

/**
 * The fields of a reference that a format states in its markup (a JATS {@code element-citation}, a
 * BibTeX entry), so that no parser has to guess them. Any field may be null.
 *
 * @param type the format's own word for the kind of work ("journal", "book", "article", "misc")
 * @param authors the authors, "Family, Given" each
 * @param editors the editors, "Family, Given" each
 * @param title the work's title
 * @param container the journal, book, site or series that holds it
 * @param date ISO 8601 date, partial allowed
 * @param accessed ISO 8601 date the URL was accessed
 * @param volume the volume
 * @param issue the issue or number
 * @param pages the page or page range
 * @param publisher the publisher or institution
 * @param place the place of publication
 * @param doi the DOI, without resolver prefix
 * @param url the URL the reference gives
 */
public record CitedFields(
    String type,
    List<String> authors,
    List<String> editors,
    String title,
    String container,
    String date,
    String accessed,
    String volume,
    String issue,
    String pages,
    String publisher,
    String place,
    String doi,
    String url) {

  public CitedFields {
    authors = authors == null ? List.of() : List.copyOf(authors);
    editors = editors == null ? List.of() : List.copyOf(editors);
  }
}
