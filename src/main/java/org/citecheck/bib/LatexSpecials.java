package org.citecheck.bib;

/**
 * Escapes the ten characters LaTeX reads as commands: {@code # $ % & _ { } ~ ^ \}. Braces become
 * {@code \{} and {@code \}} when the text's braces pair up; BibTeX and biber count braces even
 * after a backslash, so a lone brace becomes {@code \textbraceleft{}} or {@code \textbraceright{}}
 * instead, which keeps the field balanced (LaTeX prints both forms the same; pandoc knows only the
 * first).
 */
final class LatexSpecials {

  private LatexSpecials() {}

  /**
   * The escape for one character, or null when the character is not special.
   *
   * @param bracesPair true when the text's braces are balanced, so that {@code \{} is safe
   */
  static String of(int codePoint, boolean bracesPair) {
    if (bracesPair && (codePoint == '{' || codePoint == '}')) {
      return "\\" + (char) codePoint;
    }
    return switch (codePoint) {
      case '#' -> "\\#";
      case '$' -> "\\$";
      case '%' -> "\\%";
      case '&' -> "\\&";
      case '_' -> "\\_";
      case '{' -> "\\textbraceleft{}";
      case '}' -> "\\textbraceright{}";
      case '~' -> "\\textasciitilde{}";
      case '^' -> "\\textasciicircum{}";
      case '\\' -> "\\textbackslash{}";
      default -> null;
    };
  }
}
