package org.citecheck.document;

import java.util.List;
import org.citecheck.document.pdf.PdfLayout;

/**
 * A document's text as lines, after normalisation. Line {@code i} of {@link #lines()} is line
 * {@code i + 1} of the input, so positions can be reported back to the user.
 *
 * @param name where the text came from (a file name, or "-")
 * @param lines the normalised lines; a page break (form feed) is an empty line
 * @param pdf what the PDF's layout tells (pages, footnotes, raised markers, links), or null when
 *     the input was text
 */
public record DocumentText(String name, List<String> lines, PdfLayout pdf) {

  public DocumentText {
    lines = List.copyOf(lines);
  }

  public DocumentText(String name, List<String> lines) {
    this(name, lines, null);
  }

  public static DocumentText of(String name, String text) {
    return new DocumentText(name, TextNormalizer.lines(text));
  }

  public int size() {
    return lines.size();
  }

  public String line(int index) {
    return lines.get(index);
  }
}
