package org.citecheck.io;

/**
 * Makes text from untrusted sources (web pages, headers, documents) safe to print on a terminal:
 * control characters, including escape sequences that could rewrite the screen, become spaces or
 * are dropped, and runs of whitespace collapse.
 */
public final class ConsoleText {

  private ConsoleText() {}

  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean control = type == Character.CONTROL || type == Character.FORMAT && c != 0x200D
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
      if (control || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /** {@link #clean} and then cut to at most {@code max} characters, marking the cut. */
  public static String clean(String text, int max) {
    String cleaned = clean(text);
    if (cleaned == null || cleaned.length() <= max) {
      return cleaned;
    }
    int end = Character.isHighSurrogate(cleaned.charAt(max - 1)) ? max - 1 : max;
    return cleaned.substring(0, end) + "…";
  }
}
