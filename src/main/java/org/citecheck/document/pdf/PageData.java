package org.citecheck.document.pdf;

import java.util.List;

/**
 * What is kept of a page once its glyphs are gone: its lines, rules and link targets.
 *
 * @param number the 1-based page number
 * @param height the page's height in points, as read
 * @param lines the lines in reading order
 * @param rules the horizontal rules drawn on it
 * @param targets the targets of its link annotations; {@link PdfLine.Run#link()} indexes this list
 */
record PageData(
    int number, float height, List<PdfLine> lines, List<Rule> rules, List<String> targets) {

  PageData {
    lines = List.copyOf(lines);
    rules = List.copyOf(rules);
    targets = List.copyOf(targets);
  }
}
