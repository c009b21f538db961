package org.citecheck.io;

import java.util.regex.Pattern;

/**
 * Makes text from untrusted sources (web pages, headers, documents) safe to print on a terminal:
 * control characters, including escape sequences that could rewrite the screen, become spaces or
 * are dropped, and runs of whitespace collapse.
 */
public final class ConsoleText {

  /** Terminal escape sequences (CSI, OSC, other ESC forms), removed whole rather than left as debris. */
  private static final Pattern ESCAPES =
      Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]|\u009B[0-?]*[ -/]*[@-~]");

  private ConsoleText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = raw.indexOf('\u001B') < 0 && raw.indexOf('\u009B') < 0 ? raw : ESCAPES.matcher(raw).replaceAll("");
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
