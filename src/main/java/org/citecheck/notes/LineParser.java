package org.citecheck.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart the printed forms of a note's start: "- 12 ...", "12 ...", "12. ...", "[12] ...", "¹²
 * ...".
 */
public final class LineParser {

  /** A list marker followed by a space; "-Chained" (no space) is text, not a marker. */
  private static final Pattern BULLET = Pattern.compile("^[-–—•▪◦·*]\\s+");

  private static final Pattern NUMBER =
      Pattern.compile(
          // "[33]" may be glued to the note's text ("[33]\"A/HRC/45/12\"", "[34]Author"): brackets
          // end it
          "^(?:\\[(\\d{1,5})](?:\\s+|$|(?=[\"“‘'(\\p{Lu}]))|(?:\\((\\d{1,5})\\)|(\\d{1,5})(?:[.)](?!\\d))?)(?:\\s+|$))");

  /** A number glued to the note's first word, as some extractors print a superscript. */
  private static final Pattern GLUED_NUMBER = Pattern.compile("^(\\d{1,5})(?=[\"“‘'(A-Z])");

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private LineParser() {}

  public static NoteLine parse(String raw, int lineNumber) {
    int indent = 0;
    while (indent < raw.length() && raw.charAt(indent) == ' ') {
      indent++;
    }
    String rest = raw.substring(indent);
    boolean bullet = false;
    Matcher bulletMatch = BULLET.matcher(rest);
    if (bulletMatch.find()) {
      bullet = true;
      rest = rest.substring(bulletMatch.end());
    }
    Integer number = null;
    Matcher numberMatch = NUMBER.matcher(rest);
    if (numberMatch.find()) {
      String digits =
          firstNonNull(numberMatch.group(1), numberMatch.group(2), numberMatch.group(3));
      number = Integer.parseInt(digits);
      rest = rest.substring(numberMatch.end());
    } else {
      int supers = 0;
      while (supers < rest.length() && SUPERSCRIPTS.indexOf(rest.charAt(supers)) >= 0) {
        supers++;
      }
      if (supers > 0) {
        number = superscriptValue(rest.substring(0, supers));
        rest = rest.substring(supers).stripLeading();
      }
    }
    return new NoteLine(lineNumber, raw, bullet, number, rest.strip(), indent);
  }

  /** Reads "12Jirair ..." as note 12 only when the caller expects note 12 here. */
  public static NoteLine parseGlued(NoteLine line, int expected) {
    if (line.number() != null) {
      return line;
    }
    Matcher glued = GLUED_NUMBER.matcher(line.body());
    if (glued.find() && Integer.parseInt(glued.group(1)) == expected) {
      return new NoteLine(
          line.lineNumber(),
          line.raw(),
          line.bullet(),
          expected,
          line.body().substring(glued.end()).strip(),
          line.indent());
    }
    return line;
  }

  private static int superscriptValue(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + SUPERSCRIPTS.indexOf(digits.charAt(i));
    }
    return value;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    throw new IllegalStateException("number pattern matched without digits");
  }
}
