package org.citecheck.document.docx;

import org.w3c.dom.Element;

/**
 * How Word prints note numbers: the number format and start of footnotes and of endnotes, from the
 * document settings, overridden by the last section's properties. By default footnotes are 1, 2, 3
 * and endnotes i, ii, iii.
 */
record Numbering(String footnoteFormat, int footnoteStart, String endnoteFormat, int endnoteStart) {

  static Numbering of(Element settings, Element sectPr) {
    Numbering n = new Numbering("decimal", 1, "lowerRoman", 1);
    for (Element scope : new Element[] {settings, sectPr}) {
      if (scope != null) {
        n = n.with(Dom.child(scope, Dom.W, "footnotePr"), false);
        n = n.with(Dom.child(scope, Dom.W, "endnotePr"), true);
      }
    }
    return n;
  }

  private Numbering with(Element properties, boolean endnote) {
    if (properties == null) {
      return this;
    }
    String format = Dom.attr(Dom.child(properties, Dom.W, "numFmt"), "val");
    String start = Dom.attr(Dom.child(properties, Dom.W, "numStart"), "val");
    int first = start.matches("\\d{1,6}") ? Integer.parseInt(start) : -1;
    if (endnote) {
      return new Numbering(
          footnoteFormat,
          footnoteStart,
          format.isEmpty() ? endnoteFormat : format,
          first < 0 ? endnoteStart : first);
    }
    return new Numbering(
        format.isEmpty() ? footnoteFormat : format,
        first < 0 ? footnoteStart : first,
        endnoteFormat,
        endnoteStart);
  }

  /** The mark of the {@code n}th automatically numbered note (1-based) of its kind. */
  String mark(boolean endnote, int n) {
    int value = (endnote ? endnoteStart : footnoteStart) + n - 1;
    return format(endnote ? endnoteFormat : footnoteFormat, value);
  }

  static String format(String format, int value) {
    return switch (format) {
      case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(value);
      case "lowerLetter" -> letter(value, 'a');
      case "upperLetter" -> letter(value, 'A');
      case "chicago" -> chicago(value);
      default -> String.valueOf(value);
    };
  }

  private static String roman(int value) {
    if (value <= 0 || value >= 4000) {
      return String.valueOf(value);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (value >= values[i]) {
        out.append(numerals[i]);
        value -= values[i];
      }
    }
    return out.toString();
  }

  /** Word's letters: a to z, then aa to zz (the letter repeated), and so on. */
  private static String letter(int value, char a) {
    if (value <= 0) {
      return String.valueOf(value);
    }
    return String.valueOf((char) (a + (value - 1) % 26)).repeat((value - 1) / 26 + 1);
  }

  /** The Chicago symbols *, †, ‡, §, then doubled, tripled. */
  private static String chicago(int value) {
    if (value <= 0) {
      return String.valueOf(value);
    }
    String[] symbols = {"*", "\u2020", "\u2021", "\u00A7"};
    return symbols[(value - 1) % 4].repeat((value - 1) / 4 + 1);
  }
}
