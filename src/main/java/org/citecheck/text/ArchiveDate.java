package org.citecheck.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns an archive's 14-digit capture timestamp into the date people read ("3 March 2020"). */
public final class ArchiveDate {

  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private ArchiveDate() {}

  /** The capture's date for people, or null when the timestamp is not a date. */
  public static String display(String timestamp) {
    LocalDate date = parse(timestamp);
    return date == null ? null : DISPLAY.format(date);
  }

  /** The capture's date as ISO 8601 (for sorting and machine-readable attributes), or null. */
  public static String iso(String timestamp) {
    LocalDate date = parse(timestamp);
    return date == null ? null : date.toString();
  }

  private static LocalDate parse(String timestamp) {
    if (timestamp == null || timestamp.length() < 8) {
      return null;
    }
    for (int i = 0; i < 8; i++) {
      char c = timestamp.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return LocalDate.parse(timestamp.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
