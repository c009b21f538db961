package org.citecheck.document.pdf;

import java.util.List;

/**
 * A link annotation's target and the printed text under it, which may run over several lines (and
 * pages): one span per line, in reading order.
 *
 * @param target the annotation's URI, resolved against the document's {@code /Base}
 * @param spans where the printed text under the annotation is
 */
public record PdfLink(String target, List<Span> spans) {

  /** Characters {@code start} to {@code end} (exclusive) of line {@code line} (0-based). */
  public record Span(int line, int start, int end) {}

  public PdfLink {
    spans = List.copyOf(spans);
  }

  /** The printed text under the link, one entry per line. */
  public List<String> printed(List<String> lines) {
    return spans.stream()
        .map(
            s ->
                lines
                    .get(s.line())
                    .substring(s.start(), Math.min(s.end(), lines.get(s.line()).length())))
        .toList();
  }

  /** The printed text under the link on the given 0-based lines only. */
  public List<String> printed(List<String> lines, java.util.Set<Integer> only) {
    return spans.stream()
        .filter(s -> only.contains(s.line()))
        .map(
            s ->
                lines
                    .get(s.line())
                    .substring(s.start(), Math.min(s.end(), lines.get(s.line()).length())))
        .toList();
  }

  /** True when one of the spans is on the given 0-based line. */
  public boolean touches(int line) {
    return spans.stream().anyMatch(s -> s.line() == line);
  }
}
