package org.citecheck.text;

import java.util.regex.Pattern;

/**
 * The one policy for untrusted text (from a document, a web page, a server's headers) shown in any
 * output: line breaks become spaces, and the characters that hide or reorder text are dropped:
 * control characters, format characters (bidirectional overrides, embeddings, isolates and marks,
 * the "Trojan Source" trick; zero-width spaces, soft hyphens, byte-order marks, tag characters),
 * unpaired surrogates and non-characters. The zero-width joiner and non-joiner are kept: Persian,
 * Indic scripts and emoji sequences need them to read right. Letters of right-to-left scripts are
 * kept as they are. Text is measured and cut by code points, never inside a surrogate pair.
 *
 * <p>Each output escapes on top of this: {@link Markup} for HTML and XML, {@link MarkdownText} for
 * Markdown, {@link #words} for a terminal.
 */
public final class SafeText {

  /**
   * Terminal escape sequences (CSI, OSC, other ESC forms), removed whole rather than left as debris
   * on a console.
   */
  private static final Pattern ESCAPES =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]|\u009B[0-?]*[ -/]*[@-~]");

  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

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
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isBreak(c)) {
        out.append(' ');
      } else if (!isHidden(c)) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /** The text on one line, cut to at most {@code max} code points with an ellipsis when longer. */
  public static String clip(String text, int max) {
    return cut(line(text), max);
  }

  /**
   * The text as words on one line, for a terminal or a one-line field: terminal escape sequences
   * removed whole, then {@link #clean}, then every run of white space one space, trimmed. Null
   * stays null, so a missing value stays missing.
   */
  public static String words(String text) {
    if (text == null) {
      return null;
    }
    String unescaped =
        text.indexOf('\u001B') < 0 && text.indexOf('\u009B') < 0
            ? text
            : ESCAPES.matcher(text).replaceAll("");
    return SPACES.matcher(clean(unescaped)).replaceAll(" ").strip();
  }

  /** {@link #words}, cut to at most {@code max} code points with an ellipsis when longer. */
  public static String words(String text, int max) {
    String words = words(text);
    return words == null ? null : cut(words, max);
  }

  /** Characters that end a line or a field: shown as a space. */
  static boolean isBreak(int c) {
    return c == '\n'
        || c == '\r'
        || c == '\t'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /** Characters that are dropped: they hide or reorder text, or are not text at all. */
  static boolean isHidden(int c) {
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
      return true;
    }
    if (c == '\u200C' || c == '\u200D') {
      return false;
    }
    return Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.SURROGATE
        || c >= 0xFDD0 && c <= 0xFDEF
        || (c & 0xFFFE) == 0xFFFE;
  }

  private static String cut(String line, int max) {
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}
