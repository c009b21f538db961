package org.citecheck.scholarly.enrich;

import java.util.List;

/**
 * A work as a registration agency or Crossref describes it, cleaned and capped. Fields are null
 * when not given.
 *
 * @param type the CSL or Crossref type ("article-journal", "journal-article", "report")
 * @param authors "Family, Given" for people, the name for bodies, in order
 * @param firstSurname the first author's family name (a body's whole name), or null
 * @param title the title
 * @param container the journal, book or series
 * @param date ISO 8601, one to three parts
 * @param volume the volume
 * @param issue the issue
 * @param pages the page range
 * @param doi the DOI, lower-cased
 * @param publisher the publisher
 */
public record Work(
    String type,
    List<String> authors,
    String firstSurname,
    String title,
    String container,
    String date,
    String volume,
    String issue,
    String pages,
    String doi,
    String publisher) {

  public Work {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** The year, or null. */
  public String year() {
    return date == null || date.length() < 4 ? null : date.substring(0, 4);
  }
}
