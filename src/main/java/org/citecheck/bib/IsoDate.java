package org.citecheck.bib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Partial ISO 8601 dates ("2020", "2020-11", "2020-11-12"), the only dates written out. */
final class IsoDate {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private IsoDate() {}

  /**
   * The date reduced to its valid ISO prefix ("2020-11-12T10:00:00Z" gives "2020-11-12"), or null
   * when it does not start with a plausible year, month and day: a bibliography never carries a
   * date its consumers would reject.
   */
  static String clean(String date) {
    if (date == null) {
      return null;
    }
    Matcher matcher = DATE.matcher(date.strip());
    if (!matcher.lookingAt()) {
      return null;
    }
    String month = matcher.group(2);
    String day = matcher.group(3);
    if (month != null && (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12)) {
      return matcher.group(1);
    }
    if (day != null && (Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31)) {
      return matcher.group(1) + "-" + month;
    }
    return matcher.group();
  }

  static int[] parts(String date) {
    String clean = clean(date);
    if (clean == null) {
      return new int[0];
    }
    String[] fields = clean.split("-");
    int[] parts = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      parts[i] = Integer.parseInt(fields[i]);
    }
    return parts;
  }

  /** A 14-digit archive timestamp ("20201112093000") as an ISO date, or null. */
  static String fromTimestamp(String timestamp) {
    if (timestamp == null || !timestamp.matches("\\d{8}\\d*")) {
      return null;
    }
    return clean(
        timestamp.substring(0, 4)
            + "-"
            + timestamp.substring(4, 6)
            + "-"
            + timestamp.substring(6, 8));
  }
}
