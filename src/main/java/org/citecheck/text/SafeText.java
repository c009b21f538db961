package org.citecheck.text;

/**
 * Makes untrusted text (from a document or a server) fit to show on one line of any report: line
 * breaks become spaces, and the characters that hide or reorder text are dropped: control
 * characters, bidirectional overrides and isolates (the "Trojan Source" trick), unpaired surrogates
 * and the non-characters U+FFFE/U+FFFF. Letters of right-to-left scripts are kept as they are.
 */
public final class SafeText {

  private SafeText() {}

  /** The text on one line, trimmed; "" for null. */
  public static String line(String text) {
    return clean(text).strip();
  }

  /** The text on one line, not trimmed (for pieces of a longer text); "" for null. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (isBreak(c)) {
        out.append(' ');
      } else if (!isHidden(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text on one line, cut to at most {@code max} code points with an ellipsis when longer. */
  public static String clip(String text, int max) {
    String line = line(text);
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085'
        || c == '\u2028' || c == '\u2029';
  }

  private static boolean isHidden(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
