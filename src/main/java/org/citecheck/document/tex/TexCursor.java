package org.citecheck.document.tex;

/**
 * A position in TeX source and the few reads every TeX reader needs: a command's name, a braced
 * argument with its nested braces, an optional {@code [...]} argument. Escaped braces ({@code \{})
 * do not count as grouping, as in TeX.
 */
public final class TexCursor {

  private final String source;
  private int at;

  public TexCursor(String source, int at) {
    this.source = source;
    this.at = at;
  }

  public String source() {
    return source;
  }

  public int at() {
    return at;
  }

  public void moveTo(int position) {
    at = position;
  }

  public boolean atEnd() {
    return at >= source.length();
  }

  public char peek() {
    return at < source.length() ? source.charAt(at) : '\0';
  }

  public char next() {
    return source.charAt(at++);
  }

  /**
   * After a backslash: a control word (letters, with the spaces after it eaten, as TeX does) or a
   * control symbol (one character). Empty at the end of the source.
   */
  public String commandName() {
    int start = at;
    while (at < source.length() && isLetter(source.charAt(at))) {
      at++;
    }
    if (at == start) {
      return at < source.length() ? String.valueOf(source.charAt(at++)) : "";
    }
    String name = source.substring(start, at);
    skipSpaces();
    return name;
  }

  /** Skips blanks, a single line break included, as TeX does between a command and its argument. */
  public void skipSpaces() {
    while (at < source.length() && isBlank(source.charAt(at))) {
      at++;
    }
  }

  /** True when a braced argument follows (after blanks). */
  public boolean groupFollows() {
    int save = at;
    skipSpaces();
    boolean group = peek() == '{';
    at = save;
    return group;
  }

  /** True when an optional argument follows (after blanks). */
  public boolean optionFollows() {
    int save = at;
    skipSpaces();
    boolean option = peek() == '[';
    at = save;
    return option;
  }

  /**
   * A braced argument's source, its outer braces removed; a single token when no brace follows
   * ({@code \'e}, {@code \footnote x}); null at the end of the source or when the braces never
   * close.
   */
  public String group() {
    int[] span = groupSpan();
    return span == null ? null : source.substring(span[0], span[1]);
  }

  /** Where the argument {@link #group()} reads starts and ends (outer braces excluded). */
  public int[] groupSpan() {
    skipSpaces();
    if (atEnd()) {
      return null;
    }
    if (peek() != '{') {
      int start = at;
      if (next() == '\\') {
        commandName();
      }
      return new int[] {start, at};
    }
    int start = ++at;
    int depth = 1;
    while (at < source.length()) {
      char c = source.charAt(at);
      if (c == '\\') {
        at = Math.min(at + 2, source.length());
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        at++;
        return new int[] {start, at - 1};
      }
      at++;
    }
    return null;
  }

  /** An optional argument's source without its brackets, or null when none follows. */
  public String option() {
    int save = at;
    skipSpaces();
    if (peek() != '[') {
      at = save;
      return null;
    }
    int start = ++at;
    int depth = 0;
    while (at < source.length()) {
      char c = source.charAt(at);
      if (c == '\\') {
        at = Math.min(at + 2, source.length());
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ']' && depth <= 0) {
        at++;
        return source.substring(start, at - 1);
      }
      at++;
    }
    at = save;
    return null;
  }

  static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '@';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
