package org.citecheck.document.pdf;

import java.util.List;

/**
 * A PDF's text in reading order, and its layout.
 *
 * @param lines the lines: the body of every page (a blank line between pages), then the footnotes
 * @param layout pages, footnotes, markers and links
 */
public record PdfText(List<String> lines, PdfLayout layout) {

  public PdfText {
    lines = List.copyOf(lines);
  }
}
