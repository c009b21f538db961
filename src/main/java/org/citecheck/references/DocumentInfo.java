package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The cited document's own metadata, from its front matter.
 *
 * @param title the document's title
 * @param authors its authors
 * @param doi its DOI, without resolver prefix
 * @param source where the text was read from (a file name, or "-" for standard input)
 * @param citation the document's own "To cite this publication" line
 * @param date the document's publication date, ISO 8601, partial allowed
 */
@JsonPropertyOrder({"title", "authors", "doi", "source", "citation", "date"})
public record DocumentInfo(
    String title, List<String> authors, String doi, String source, String citation, String date) {

  public DocumentInfo {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
