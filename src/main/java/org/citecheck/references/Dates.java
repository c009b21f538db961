package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.Months;

/**
 * Finds dates in citation text and writes them as ISO 8601, keeping only the precision printed: "2
 * November 2020" is 2020-11-02, "October 2009" is 2009-10, "early 1998" is 1998. All-numeric dates
 * are read day first ("02.11.2020", "2/11/2020") unless that is impossible.
 *
 * <p>Every form holds a four-digit year, so each year found is read outwards: the words before it
 * (a month, a day) and the digits after it (ISO "-11-02"). Reading by hand rather than with one
 * regex per form keeps extraction of ten thousand notes well under a second.
 */
public final class Dates {

  /** A date found in text, with its span. */
  public record Found(int start, int end, String iso) {}

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)");

  private static final Pattern DATE_QUALIFIERS =
      Pattern.compile(
          "(?iu)\\b(early|mid|late|spring|summer|autumn|fall|winter|c|ca|circa|around|updated|published"
              + "|posted|on|of|the|in|ab|seit)\\b|[\\s,.()\\[\\]–-]");

  private Dates() {}

  /** Every date in the text, in text order. */
  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher year = YEAR.matcher(text);
    int consumed = 0;
    while (year.find()) {
      Found date = readAround(text, year.start(), year.end(), consumed);
      if (date != null) {
        found.add(date);
        consumed = date.end();
      }
    }
    return found;
  }

  /** The first date in the text, or null. */
  public static String first(String text) {
    List<Found> found = find(text);
    return found.isEmpty() ? null : found.get(0).iso();
  }

  /** True when the whole text is one date, give or take words like "early" or "undated". */
  public static boolean isDateOnly(String text) {
    List<Found> dates = find(text);
    if (dates.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int pos = 0;
    for (Found date : dates) {
      rest.append(text, pos, date.start()).append(' ');
      pos = date.end();
    }
    rest.append(text.substring(pos));
    return DATE_QUALIFIERS.matcher(rest).replaceAll("").isEmpty();
  }

  /** Reads the date whose year is at [ys, ye), not reaching back before {@code floor}. */
  private static Found readAround(String text, int ys, int ye, int floor) {
    String year = text.substring(ys, ye);
    int end = ye;
    if (ye < text.length()
        && text.charAt(ye) >= 'a'
        && text.charAt(ye) <= 'z'
        && (ye + 1 >= text.length() || !Character.isLetter(text.charAt(ye + 1)))) {
      end = ye + 1;
    }
    int[] after = yearFirst(text, ye);
    if (after != null) {
      String iso = iso(year, after[0], after[1]);
      if (iso != null) {
        return new Found(ys, after[2], iso);
      }
    }
    if (ys > 0 && "/.-".indexOf(text.charAt(ys - 1)) >= 0) {
      return dayMonthNumeric(text, ys, ye, year, floor);
    }
    Word before = wordBefore(text, skipSeparators(text, ys, floor, true), floor);
    if (before == null) {
      return new Found(ys, end, year);
    }
    Integer month = Months.number(before.text());
    if (month != null) {
      Word day = wordBefore(text, skipSeparators(text, before.start(), floor, false), floor);
      if (day != null && day.day() > 0) {
        String iso = iso(year, month, day.day());
        return iso == null
            ? new Found(before.start(), ye, iso(year, month, 0))
            : new Found(day.start(), ye, iso);
      }
      return new Found(before.start(), ye, iso(year, month, 0));
    }
    if (before.day() > 0) {
      Word name = wordBefore(text, skipSeparators(text, before.start(), floor, false), floor);
      Integer m = name == null ? null : Months.number(name.text());
      if (m != null) {
        String iso = iso(year, m, before.day());
        return new Found(name.start(), ye, iso == null ? iso(year, m, 0) : iso);
      }
    }
    return new Found(ys, end, year);
  }

  /** "2020-11-02" or "2020/11/02": {month, day, end} after the year, or null. */
  private static int[] yearFirst(String text, int ye) {
    if (ye + 5 > text.length()) {
      return null;
    }
    char sep = text.charAt(ye);
    if (sep != '-' && sep != '/') {
      return null;
    }
    int i = ye + 1;
    int monthStart = i;
    while (i < text.length() && Character.isDigit(text.charAt(i)) && i - monthStart < 2) {
      i++;
    }
    if (i == monthStart
        || i >= text.length()
        || text.charAt(i) != sep
        || sep == '-' && i - monthStart != 2) {
      return null;
    }
    int month = Integer.parseInt(text.substring(monthStart, i));
    int dayStart = ++i;
    while (i < text.length() && Character.isDigit(text.charAt(i)) && i - dayStart < 2) {
      i++;
    }
    if (i == dayStart
        || sep == '-' && i - dayStart != 2
        || i < text.length() && Character.isDigit(text.charAt(i))) {
      return null;
    }
    return new int[] {month, Integer.parseInt(text.substring(dayStart, i)), i};
  }

  /** "02.11.2020" or "11/25/2020": day first unless impossible. */
  private static Found dayMonthNumeric(String text, int ys, int ye, String year, int floor) {
    if (ys < 4 || "./".indexOf(text.charAt(ys - 1)) < 0) {
      return null;
    }
    char sep = text.charAt(ys - 1);
    int i = ys - 1;
    int secondEnd = i;
    while (i > floor && Character.isDigit(text.charAt(i - 1)) && secondEnd - i < 2) {
      i--;
    }
    if (i == secondEnd || i <= floor || text.charAt(i - 1) != sep) {
      return null;
    }
    int second = Integer.parseInt(text.substring(i, secondEnd));
    int firstEnd = --i;
    while (i > floor && Character.isDigit(text.charAt(i - 1)) && firstEnd - i < 2) {
      i--;
    }
    if (i == firstEnd
        || i > 0
            && (Character.isLetterOrDigit(text.charAt(i - 1))
                || "/.-".indexOf(text.charAt(i - 1)) >= 0)) {
      return null;
    }
    int first = Integer.parseInt(text.substring(i, firstEnd));
    String iso = second > 12 && first <= 12 ? iso(year, first, second) : iso(year, second, first);
    return iso == null ? null : new Found(i, ye, iso);
  }

  /** A word read backwards from {@code end}: letters (a month) or one or two digits (a day). */
  private record Word(int start, String text) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    /** The day this word gives ("2", "2nd", "3.", "1er"), or 0. */
    int day() {
      String digits = text.replaceFirst("(st|nd|rd|th|er)$", "");
      if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
        return 0;
      }
      int day = Integer.parseInt(digits);
      return day >= 1 && day <= 31 ? day : 0;
    }
  }

  private static Word wordBefore(String text, int end, int floor) {
    if (end <= floor) {
      return null;
    }
    int i = end;
    while (i > floor && Character.isLetterOrDigit(text.charAt(i - 1))) {
      i--;
    }
    if (i == end
        || i > 0
            && (Character.isLetterOrDigit(text.charAt(i - 1))
                || text.charAt(i - 1) == '-'
                || text.charAt(i - 1) == '/')) {
      return null;
    }
    return new Word(i, text.substring(i, end));
  }

  /** Skips back over spaces, a comma, a dot after a day or a month, and Spanish "de". */
  private static int skipSeparators(String text, int pos, int floor, boolean beforeYear) {
    int i = pos;
    while (i > floor && " ,.".indexOf(text.charAt(i - 1)) >= 0 && pos - i < 3) {
      i--;
    }
    if (i == pos && beforeYear) {
      return floor;
    }
    if (i - 2 > floor
        && text.regionMatches(true, i - 2, "de", 0, 2)
        && (i - 3 < 0 || text.charAt(i - 3) == ' ')) {
      int j = i - 2;
      while (j > floor && text.charAt(j - 1) == ' ') {
        j--;
      }
      return j;
    }
    return i;
  }

  private static String iso(String year, int month, int day) {
    if (month < 1 || month > 12) {
      return null;
    }
    String yearMonth = year + (month < 10 ? "-0" : "-") + month;
    if (day == 0) {
      return yearMonth;
    }
    if (day < 1 || day > 31) {
      return null;
    }
    return yearMonth + (day < 10 ? "-0" : "-") + day;
  }
}
