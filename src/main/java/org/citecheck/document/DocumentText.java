package org.citecheck.document;

import java.util.List;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.pdf.PdfLayout;
import org.citecheck.document.pdf.RaisedNumber;

/**
 * A document's text as lines, after normalisation. Line {@code i} of {@link #lines()} is line
 * {@code i + 1} of the input, so positions can be reported back to the user.
 *
 * @param name where the text came from (a file name, or "-")
 * @param lines the normalised lines; a page break (form feed) is an empty line
 * @param pdf what the PDF's layout tells (pages, footnotes, raised markers, links), or null when
 *     the input was not a PDF
 * @param markup the notes and links as a structured format's markup states them (Markdown, DOCX,
 *     HTML...), or null when the notes must be found in the text
 */
public record DocumentText(String name, List<String> lines, PdfLayout pdf, MarkupDocument markup) {

  public DocumentText {
    lines = List.copyOf(lines);
  }

  public DocumentText(String name, List<String> lines, PdfLayout pdf) {
    this(name, lines, pdf, null);
  }

  public DocumentText(String name, List<String> lines) {
    this(name, lines, null, null);
  }

  public static DocumentText of(String name, String text) {
    return new DocumentText(name, TextNormalizer.lines(text));
  }

  /** A document read from its markup; its lines are the markup document's text. */
  public static DocumentText of(String name, MarkupDocument markup) {
    return new DocumentText(name, markup.text(), null, markup);
  }

  public int size() {
    return lines.size();
  }

  public String line(int index) {
    return lines.get(index);
  }

  /**
   * The body's note markers as the document's layout or markup gives them (a PDF's raised numbers,
   * a Markdown footnote reference), in text order; empty when only the text is known.
   */
  public List<RaisedNumber> markers() {
    if (pdf != null) {
      return pdf.raised();
    }
    return markup != null ? markup.markers() : List.of();
  }

  /** What the user should know about how the document was read, one line each. */
  public List<String> notices() {
    if (pdf != null) {
      return pdf.notices(name);
    }
    return markup != null
        ? markup.notices().stream().map(notice -> name + ": " + notice).toList()
        : List.of();
  }
}
