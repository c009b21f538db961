package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in citation text and writes them as ISO 8601, keeping only the precision printed:
 * "2 November 2020" is 2020-11-02, "October 2009" is 2009-10, "early 1998" is 1998. All-numeric
 * dates are read day first ("02.11.2020", "2/11/2020") unless that is impossible.
 */
public final class Dates {

  /** A date found in text, with its span. */
  public record Found(int start, int end, String iso) {}

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
          + "|januar|februar|märz|maerz|juni|juli|oktober|dezember"
          + "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
          + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)";

  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?\\.?";
  private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?iu)(?<![\\p{L}\\d])" + DAY + "\\s+(?:de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+)?" + YEAR + "(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?iu)(?<![\\p{L}\\d])" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?iu)(?<![\\p{L}\\d])" + MONTH + "\\.?,?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d/.-])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern YEAR_FIRST_SLASHED =
      Pattern.compile("(?<![\\d/.-])" + YEAR + "/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})[./](\\d{1,2})[./]" + YEAR + "(?![\\d/])");
  private static final Pattern YEAR_ONLY = Pattern.compile("(?<![\\d/.,:-])" + YEAR + "[a-z]?(?![\\d/-])");

  private Dates() {}

  /** Every date in the text, most precise readings first where they overlap, in text order. */
  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    collect(found, DAY_MONTH_YEAR.matcher(text), m -> iso(m.group(3), MONTHS.get(key(m.group(2))), m.group(1)));
    collect(found, MONTH_DAY_YEAR.matcher(text), m -> iso(m.group(3), MONTHS.get(key(m.group(1))), m.group(2)));
    collect(found, ISO.matcher(text), m -> iso(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    collect(found, YEAR_FIRST_SLASHED.matcher(text), m -> iso(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    collect(found, NUMERIC.matcher(text), Dates::numeric);
    collect(found, MONTH_YEAR.matcher(text), m -> iso(m.group(2), MONTHS.get(key(m.group(1))), null));
    collect(found, YEAR_ONLY.matcher(text), m -> m.group(1));
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The first date in the text, or null. */
  public static String first(String text) {
    List<Found> found = find(text);
    return found.isEmpty() ? null : found.get(0).iso();
  }

  /** True when the whole text is one date, give or take words like "early" or "undated". */
  public static boolean isDateOnly(String text) {
    String rest = text;
    for (Found date : find(text)) {
      rest = rest.replace(text.substring(date.start(), date.end()), " ");
    }
    rest = rest.replaceAll("(?iu)\\b(early|mid|late|spring|summer|autumn|fall|winter|c|ca|circa|around|updated|published|posted|on|of|the|in|ab|seit)\\b|[\\s,.()\\[\\]–-]", "");
    return rest.isEmpty() && !find(text).isEmpty();
  }

  private interface Reader {
    String read(Matcher m);
  }

  private static void collect(List<Found> found, Matcher matcher, Reader reader) {
    while (matcher.find()) {
      String iso = reader.read(matcher);
      if (iso == null || overlaps(found, matcher.start(), matcher.end())) {
        continue;
      }
      found.add(new Found(matcher.start(), matcher.end(), iso));
    }
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static String numeric(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second > 12 && first <= 12) {
      return iso(m.group(3), first, String.valueOf(second));
    }
    return iso(m.group(3), second, String.valueOf(first));
  }

  private static String iso(String year, Integer month, String day) {
    if (month == null || month < 1 || month > 12) {
      return null;
    }
    if (day == null) {
      return String.format(Locale.ROOT, "%s-%02d", year, month);
    }
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31) {
      return null;
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d);
  }

  private static String key(String month) {
    return month.toLowerCase(Locale.ROOT);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "januar", "janvier", "enero"},
      {"february", "feb", "februar", "février", "fevrier", "febrero"},
      {"march", "mar", "märz", "maerz", "mars", "marzo"},
      {"april", "apr", "avril", "abril"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juni", "juin", "junio"},
      {"july", "jul", "juli", "juillet", "julio"},
      {"august", "aug", "août", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre"},
      {"october", "oct", "oktober", "octobre", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "dezember", "décembre", "decembre", "diciembre"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
