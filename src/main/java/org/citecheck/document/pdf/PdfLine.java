package org.citecheck.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed line of a page (one column's part of it on a page with columns), with what its glyphs
 * showed: the raised runs (superscripts) and the link annotations under its characters.
 *
 * @param page the 1-based page
 * @param text the line's text
 * @param baseline its baseline, down from the top of the page
 * @param x0 its left edge
 * @param x1 its right edge
 * @param size the size of its type (the raised runs left aside)
 * @param column 0 across the page, 1 the left column, 2 the right one
 * @param raised the raised runs: characters printed above the baseline in smaller type
 * @param links the characters under each link annotation ({@link Run#link()} is the page's link
 *     index)
 */
record PdfLine(
    int page,
    String text,
    float baseline,
    float x0,
    float x1,
    float size,
    int column,
    List<Run> raised,
    List<Run> links) {

  /**
   * Characters {@code start} to {@code end} (exclusive); {@code link} is a link's index, else -1.
   */
  record Run(int start, int end, int link) {}

  PdfLine {
    raised = List.copyOf(raised);
    links = List.copyOf(links);
  }

  /** True when the line opens with a raised run: a footnote's number in the footnote zone. */
  boolean opensRaised() {
    return !raised.isEmpty() && raised.get(0).start() == 0;
  }

  /** The number the line opens with (raised or not), or -1. */
  int leadingNumber() {
    int end = 0;
    while (end < text.length() && end < 4 && Character.isDigit(text.charAt(end))) {
      end++;
    }
    if (end == 0
        || end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && !opensRaised()) {
      return -1;
    }
    return Integer.parseInt(text.substring(0, end));
  }

  /**
   * The line with a space after its opening raised run, so that a footnote's superscript number
   * reads as a numbered line ("¹Text" becomes "1 Text"); positions after it move by one.
   */
  PdfLine spacedOpening() {
    if (!opensRaised()) {
      return this;
    }
    int at = raised.get(0).end();
    if (at >= text.length() || text.charAt(at) == ' ') {
      return this;
    }
    String spaced = text.substring(0, at) + " " + text.substring(at);
    return new PdfLine(
        page, spaced, baseline, x0, x1, size, column, shift(raised, at), shift(links, at));
  }

  private static List<Run> shift(List<Run> runs, int at) {
    List<Run> moved = new ArrayList<>(runs.size());
    for (Run run : runs) {
      moved.add(
          new Run(
              run.start() >= at ? run.start() + 1 : run.start(),
              run.end() > at ? run.end() + 1 : run.end(),
              run.link()));
    }
    return moved;
  }
}
