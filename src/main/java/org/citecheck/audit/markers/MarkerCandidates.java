package org.citecheck.audit.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.audit.markers.MarkerCandidate.Form;
import org.citecheck.document.Months;

/**
 * Finds the numbers in a body's lines that may be note markers, as PDF extraction leaves them:
 * superscripts ("Azerbaijan.³"), numeric citations ("[12]", "[3–5]"), digits glued to punctuation
 * or a word ("leaders.5", "death.\"6", "Introduction1", "in 2021.3 They"), or digits set off by a
 * space after punctuation ("Russia. 10 Turkey"). Numbers that read as quantities are left out here
 * (decimals, "1,960", "5th", "F-16", "10⁶", "p.5", "27 September", "25 years"); which of the rest
 * are markers is for {@link MarkerChain} to decide, and how sure that is for {@link
 * MarkerCandidate.Form}.
 */
final class MarkerCandidates {

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** "[12]", "[3, 5]", "[4–6; 9]": numbers and ranges in square brackets, nothing else. */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "\\[((?:[1-9]\\d{0,4}(?:\\s*[–-]\\s*[1-9]\\d{0,4})?)(?:\\s*[,;]\\s*[1-9]\\d{0,4}"
              + "(?:\\s*[–-]\\s*[1-9]\\d{0,4})?)*)]");

  private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?");

  /** Longer ranges in brackets are not expanded: "[1–500]" is not a citation of 500 notes. */
  private static final int RANGE = 50;

  /** Punctuation that a marker follows when the PDF glued it to the sentence. */
  private static final String CLOSERS = ".,;:!?\"'”’)]";

  /** Abbreviations a number follows after their full stop: "p.5" is a page, not note 5. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "p", "pp", "no", "nos", "nr", "vol", "vols", "art", "arts", "para", "paras", "ch", "chap",
          "fig", "figs", "sec", "secs", "s", "ss", "n", "nn", "fn", "op", "ed", "eds", "v", "vs",
          "cf", "id", "ibid", "bd", "hrsg", "app", "tab", "ex", "eq", "l", "ll", "col", "cols",
          "rev", "ver", "st", "rd", "str", "tel");

  /**
   * Words after a number that make it a quantity or a date ("25 years", "12 November", "3 to 5").
   */
  private static final Set<String> QUANTITY_WORDS =
      Set.of(
          "years",
          "year",
          "days",
          "day",
          "weeks",
          "week",
          "months",
          "month",
          "hours",
          "hour",
          "minutes",
          "minute",
          "seconds",
          "decades",
          "centuries",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "mile",
          "metres",
          "meters",
          "percent",
          "per",
          "million",
          "millions",
          "billion",
          "billions",
          "thousand",
          "thousands",
          "hundred",
          "hundreds",
          "people",
          "persons",
          "times",
          "of",
          "to",
          "and",
          "or",
          "out",
          "more",
          "less",
          "than",
          "dollars",
          "euros",
          "pounds",
          "kg",
          "tons",
          "tonnes",
          "members",
          "countries",
          "states",
          "pm",
          "am",
          "bc",
          "ad",
          "ce",
          "bce",
          "th",
          "st",
          "nd",
          "rd");

  /** Units after which a superscript two or three is a power ("km²"), not a marker. */
  private static final Set<String> UNITS =
      Set.of("m", "km", "cm", "mm", "ft", "in", "mi", "yd", "sq");

  private MarkerCandidates() {}

  /**
   * The candidates in text order.
   *
   * @param lines the body's lines; line {@code i} is line {@code i + 1} of the document
   * @param largest the largest number worth keeping (a little above the last note's number): larger
   *     plain numbers are quantities; larger superscripts are kept, as markers without a note
   */
  static List<MarkerCandidate> find(List<String> lines, int largest) {
    List<MarkerCandidate> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      scanLine(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : "", i + 1, largest, found);
    }
    return found;
  }

  /**
   * @param next the line after, which says whether a number at the line's end ends a sentence
   */
  private static void scanLine(
      String line, String next, int lineNumber, int largest, List<MarkerCandidate> found) {
    boolean[] address = MarkerText.addresses(line);
    int i = 0;
    int listEnd = -1;
    Form listForm = null;
    while (i < line.length()) {
      char c = line.charAt(i);
      int end = i + 1;
      int before = found.size();
      if (SUPERSCRIPTS.indexOf(c) >= 0) {
        while (end < line.length() && SUPERSCRIPTS.indexOf(line.charAt(end)) >= 0) {
          end++;
        }
        if (!isPower(line, i)) {
          add(
              found,
              superscriptValue(line, i, end),
              lineNumber,
              line,
              i,
              end,
              Form.SUPERSCRIPT,
              Integer.MAX_VALUE);
        }
      } else if (c == '^' && line.startsWith("^{", i)) {
        int close = line.indexOf('}', i + 2);
        if (close > i + 2 && close - i <= 8 && isDigits(line, i + 2, close)) {
          end = close + 1;
          add(
              found,
              line.substring(i + 2, close),
              lineNumber,
              line,
              i,
              end,
              Form.SUPERSCRIPT,
              Integer.MAX_VALUE);
        }
      } else if (c == '[' && !address[i]) {
        end = bracketed(line, next, i, lineNumber, largest, found);
      } else if (isAsciiDigit(c)) {
        while (end < line.length() && isAsciiDigit(line.charAt(end))) {
          end++;
        }
        Form form =
            address[i] || i > 0 && isAsciiDigit(line.charAt(i - 1))
                ? null
                : listForm != null && continuesList(line, listEnd, i) && endsCleanly(line, end)
                    ? listForm
                    : plainForm(line, next, i, end);
        if (form != null) {
          add(found, line.substring(i, end), lineNumber, line, i, end, form, largest);
        }
      }
      if (found.size() > before) {
        listEnd = end;
        listForm =
            found.get(found.size() - 1).form() == Form.BRACKETED
                ? null
                : found.get(found.size() - 1).form();
      }
      i = end;
    }
  }

  /**
   * Numeric citations in brackets: "[12]", "[3, 5]", "[4–6]" (a range of at most {@link #RANGE}
   * numbers); each number is a candidate at the bracket. Returns where scanning goes on.
   */
  private static int bracketed(
      String line,
      String next,
      int open,
      int lineNumber,
      int largest,
      List<MarkerCandidate> found) {
    Matcher matcher = BRACKETED.matcher(line).region(open, line.length());
    int end;
    if (matcher.lookingAt()) {
      end = matcher.end();
    } else {
      // "[12," at a line's end and "13]" at the next line's start: one bracket the wrap broke.
      String joined = line.substring(open) + " " + next.strip();
      matcher = BRACKETED.matcher(joined);
      if (!matcher.lookingAt() || matcher.end() <= line.length() - open) {
        return open + 1;
      }
      end = line.length();
    }
    Matcher number = NUMBER_OR_RANGE.matcher(matcher.group(1));
    while (number.find()) {
      int first = Integer.parseInt(number.group(1));
      int last = number.group(2) == null ? first : Integer.parseInt(number.group(2));
      for (int n = first; n <= last && n - first < RANGE && n <= largest; n++) {
        add(found, Integer.toString(n), lineNumber, line, open, end, Form.BRACKETED, largest);
      }
    }
    return end;
  }

  private static void add(
      List<MarkerCandidate> found,
      String digits,
      int lineNumber,
      String line,
      int start,
      int end,
      Form form,
      int largest) {
    if (digits.isEmpty() || digits.charAt(0) == '0' || digits.length() > 5) {
      return;
    }
    int number = Integer.parseInt(digits);
    if (number <= largest) {
      found.add(
          new MarkerCandidate(
              number, lineNumber, start, form, MarkerText.context(line, start, end)));
    }
  }

  /** How a run of ASCII digits at [start, end) is printed, or null when it reads as a quantity. */
  private static Form plainForm(String line, String next, int start, int end) {
    if (!endsCleanly(line, end)) {
      return null;
    }
    if (start == 0) {
      return null;
    }
    char before = line.charAt(start - 1);
    if (Character.isLetter(before)) {
      String word = wordBefore(line, start);
      boolean lowerEnd = Character.isLowerCase(word.charAt(word.length() - 1));
      return word.length() >= 3 && lowerEnd ? Form.GLUED_TO_WORD : null;
    }
    if (CLOSERS.indexOf(before) >= 0) {
      if (afterWord(line, start)) {
        return Form.GLUED_TO_PUNCTUATION;
      }
      return afterYear(line, start) || afterNumber(line, start) && startsSentence(line, next, end)
          ? Form.AFTER_NUMBER
          : null;
    }
    if (before == ' '
        && start >= 2
        && CLOSERS.indexOf(line.charAt(start - 2)) >= 0
        && (afterWord(line, start - 1)
            || afterYear(line, start - 1)
            || afterNumber(line, start - 1))) {
      return startsProse(line, end) ? Form.SPACED : null;
    }
    return null;
  }

  /**
   * "leaders.12,13" or "¹²,13": digits after a comma right after a marker continue its list of
   * markers.
   */
  private static boolean continuesList(String line, int listEnd, int start) {
    return start >= 1
        && (listEnd == start - 1 && line.charAt(start - 1) == ','
            || listEnd == start - 2
                && line.charAt(start - 2) == ','
                && line.charAt(start - 1) == ' ');
  }

  /**
   * "was 118 to 27.12", "by 73%.12": a full stop after a number or a percentage, then the digits.
   */
  private static boolean afterNumber(String line, int pos) {
    return pos >= 2
        && line.charAt(pos - 1) == '.'
        && (isAsciiDigit(line.charAt(pos - 2)) || line.charAt(pos - 2) == '%');
  }

  /**
   * What follows starts a sentence: a space and a capital letter or an opening quote, or the line's
   * end when the next line is blank or starts so ("rose by 12.5" then "percent" on the next line is
   * prose).
   */
  private static boolean startsSentence(String line, String nextLine, int end) {
    if (end == line.length()) {
      String next = nextLine.strip();
      return next.isEmpty() || opensSentence(next.charAt(0));
    }
    return line.charAt(end) == ' ' && end + 1 < line.length() && opensSentence(line.charAt(end + 1))
        || listFollows(line, end);
  }

  /** ",13" or ", 13" after the digits: a list of markers ("39.16,17"). */
  private static boolean listFollows(String line, int end) {
    int digit = end + 1 < line.length() && line.charAt(end + 1) == ' ' ? end + 2 : end + 1;
    return line.charAt(end) == ','
        && digit < line.length()
        && (isAsciiDigit(line.charAt(digit)) || SUPERSCRIPTS.indexOf(line.charAt(digit)) >= 0);
  }

  /**
   * A capital, an opening quote or a digit ("… was 90 to 21.47 49 members of …") opens a sentence.
   */
  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || isAsciiDigit(c) || "\"“‘'(".indexOf(c) >= 0;
  }

  /**
   * True when the punctuation run ending at {@code pos} follows a word, and is not the full stop of
   * an abbreviation ("p.5", "No. 3"); "no.\"3" ends a quotation, so the quote makes it a marker.
   */
  private static boolean afterWord(String line, int pos) {
    int k = pos;
    while (k > 0 && CLOSERS.indexOf(line.charAt(k - 1)) >= 0) {
      k--;
    }
    if (k == 0 || k == pos || !Character.isLetter(line.charAt(k - 1))) {
      return false;
    }
    String word = wordBefore(line, k);
    if (pos - k == 1 && line.charAt(k) == '.') {
      String lower = word.toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(lower) || Months.isMonth(lower)) {
        return false;
      }
      if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** "in 2021.3 They": a marker after a year's full stop (a decimal point after a year is rare). */
  private static boolean afterYear(String line, int pos) {
    int k = pos;
    while (k > 0 && CLOSERS.indexOf(line.charAt(k - 1)) >= 0) {
      k--;
    }
    if (k < 4 || k == pos || k > 4 && Character.isLetterOrDigit(line.charAt(k - 5))) {
      return false;
    }
    String year = line.substring(k - 4, k);
    return year.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        && (year.startsWith("1") && year.compareTo("1500") >= 0 || year.startsWith("20"));
  }

  /** After a marker comes a space, the line's end, or punctuation that is not part of a number. */
  private static boolean endsCleanly(String line, int end) {
    if (end == line.length()) {
      return true;
    }
    char after = line.charAt(end);
    if (Character.isLetterOrDigit(after)
        || after == '%'
        || after == '/'
        || after == '-'
        || after == '–'
        || after == '°'
        || after == '\''
        || after == '’') {
      return false;
    }
    if (".:".indexOf(after) >= 0) {
      return end + 1 >= line.length() || !isAsciiDigit(line.charAt(end + 1));
    }
    return after != ',' || !thousands(line, end + 1);
  }

  /** Three digits and no more after a comma: "1,960" is one number; "12,13" is two markers. */
  private static boolean thousands(String line, int from) {
    int digits = 0;
    while (from + digits < line.length() && isAsciiDigit(line.charAt(from + digits))) {
      digits++;
    }
    return digits == 3;
  }

  /**
   * A number set off by spaces is a marker only before an ordinary word, not "years" or "November";
   * a capitalised word starts a sentence, so "5 And" is a marker and "5 and" a quantity.
   */
  private static boolean startsProse(String line, int end) {
    if (end == line.length() || listFollows(line, end)) {
      return true;
    }
    if (line.charAt(end) == ' ' && end + 1 < line.length() && isAsciiDigit(line.charAt(end + 1))) {
      return true;
    }
    if (line.charAt(end) != ' '
        || end + 1 >= line.length()
        || !Character.isLetter(line.charAt(end + 1))) {
      return false;
    }
    int wordEnd = end + 1;
    while (wordEnd < line.length() && Character.isLetter(line.charAt(wordEnd))) {
      wordEnd++;
    }
    String next = line.substring(end + 1, wordEnd);
    String lower = next.toLowerCase(Locale.ROOT);
    boolean startsSentence = Character.isUpperCase(next.charAt(0));
    return !Months.isMonth(lower) && (startsSentence || !QUANTITY_WORDS.contains(lower));
  }

  /** "10⁶", "km²": a superscript after a digit or a unit is a power. */
  private static boolean isPower(String line, int start) {
    if (start == 0) {
      return false;
    }
    char before = line.charAt(start - 1);
    if (isAsciiDigit(before) || SUPERSCRIPTS.indexOf(before) >= 0) {
      return true;
    }
    return Character.isLetter(before)
        && UNITS.contains(wordBefore(line, start).toLowerCase(Locale.ROOT));
  }

  private static String wordBefore(String line, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    return line.substring(start, end);
  }

  private static String superscriptValue(String line, int start, int end) {
    StringBuilder digits = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      digits.append((char) ('0' + SUPERSCRIPTS.indexOf(line.charAt(i))));
    }
    return digits.toString();
  }

  private static boolean isDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
