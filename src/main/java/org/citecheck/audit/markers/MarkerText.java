package org.citecheck.audit.markers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text around a candidate marker: the addresses whose digits are never markers, and its context
 * for people.
 */
final class MarkerText {

  /** URLs and e-mail addresses: their digits are never markers. */
  private static final Pattern ADDRESSES =
      Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+\\.\\S+");

  private MarkerText() {}

  /** Which positions of the line are inside a URL or an e-mail address. */
  static boolean[] addresses(String line) {
    boolean[] inside = new boolean[line.length()];
    if (line.indexOf("://") < 0 && line.indexOf("www.") < 0 && line.indexOf('@') < 0) {
      return inside;
    }
    Matcher matcher = ADDRESSES.matcher(line);
    while (matcher.find()) {
      for (int i = matcher.start(); i < matcher.end(); i++) {
        inside[i] = true;
      }
    }
    return inside;
  }

  /** About forty characters either side, cut at spaces, with an ellipsis where the line goes on. */
  static String context(String line, int start, int end) {
    int from = Math.max(0, start - 40);
    int to = Math.min(line.length(), end + 25);
    if (from > 0) {
      int space = line.indexOf(' ', from);
      from = space >= 0 && space < start ? space + 1 : from;
    }
    if (to < line.length()) {
      int space = line.lastIndexOf(' ', to);
      to = space > end ? space : to;
    }
    return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
  }
}
