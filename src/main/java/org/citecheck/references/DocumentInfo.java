package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.citecheck.document.DocumentDate;

/**
 * The cited document's own metadata, from its front matter.
 *
 * @param title the document's title
 * @param authors its authors
 * @param doi its DOI, without resolver prefix
 * @param source where the text was read from (a file name, or "-" for standard input)
 * @param citation the document's own "To cite this publication" line
 * @param date the document's publication date, ISO 8601, partial allowed
 * @param dateFrom where the front matter prints that date (line, form, text); null when it does not
 */
@JsonPropertyOrder({"title", "authors", "doi", "source", "citation", "date", "dateFrom"})
public record DocumentInfo(
    String title,
    List<String> authors,
    String doi,
    String source,
    String citation,
    String date,
    DocumentDate dateFrom) {

  @JsonCreator
  public DocumentInfo {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A document whose date, if any, comes from elsewhere than its front matter. */
  public DocumentInfo(
      String title, List<String> authors, String doi, String source, String citation, String date) {
    this(title, authors, doi, source, citation, date, null);
  }
}
