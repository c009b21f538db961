package org.citecheck.report;

import java.util.Map;
import org.citecheck.verdict.Verdict;

/**
 * The verdicts as an inline SVG bar chart: one bar per verdict in vocabulary order, coloured by the
 * stylesheet's verdict classes, with a text alternative for screen readers. No script, no asset.
 */
final class HtmlChart {

  private static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 110;
  private static final int BAR_WIDTH = 440;
  private static final int ROW_HEIGHT = 26;
  private static final int BAR_HEIGHT = 18;

  private HtmlChart() {}

  static String svg(Map<String, Integer> summary) {
    int max = 1;
    for (Verdict verdict : Verdict.values()) {
      max = Math.max(max, summary.getOrDefault(verdict.id(), 0));
    }
    int height = ROW_HEIGHT * Verdict.values().length + 4;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .append(" aria-labelledby=\"chart-title\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\">\n");
    svg.append("<title id=\"chart-title\">URLs by verdict: ")
        .append(alternative(summary))
        .append("</title>\n");
    int y = 2;
    for (Verdict verdict : Verdict.values()) {
      int count = summary.getOrDefault(verdict.id(), 0);
      int width = count == 0 ? 0 : Math.max(2, (int) Math.round((double) BAR_WIDTH * count / max));
      int textY = y + BAR_HEIGHT - 4;
      svg.append("<g class=\"v-")
          .append(verdict.id())
          .append("\">")
          .append("<text x=\"0\" y=\"")
          .append(textY)
          .append("\">")
          .append(verdict.label())
          .append("</text>")
          .append("<rect class=\"track\" x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(BAR_WIDTH)
          .append("\" height=\"")
          .append(BAR_HEIGHT)
          .append("\" rx=\"3\"/>")
          .append("<rect class=\"bar\" x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(BAR_HEIGHT)
          .append("\" rx=\"3\"/>")
          .append("<text x=\"")
          .append(LABEL_WIDTH + BAR_WIDTH + 8)
          .append("\" y=\"")
          .append(textY)
          .append("\">")
          .append(count)
          .append("</text></g>\n");
      y += ROW_HEIGHT;
    }
    return svg.append("</svg>\n").toString();
  }

  private static String alternative(Map<String, Integer> summary) {
    StringBuilder text = new StringBuilder();
    for (Verdict verdict : Verdict.values()) {
      text.append(text.length() > 0 ? ", " : "")
          .append(summary.getOrDefault(verdict.id(), 0))
          .append(' ')
          .append(verdict.label().toLowerCase(java.util.Locale.ROOT));
    }
    return text.toString();
  }
}
