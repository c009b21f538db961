package org.citecheck.archive.snapshot;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** The archives' 14-digit UTC timestamps (YYYYMMDDhhmmss); shorter prefixes are padded. */
public final class WaybackTimestamp {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
  private static final Pattern DIGITS = Pattern.compile("\\d{4}(?:\\d{2}){0,5}");

  private WaybackTimestamp() {}

  public static String format(LocalDateTime time) {
    return FORMAT.format(time);
  }

  /**
   * Parses a timestamp of 4 to 14 digits, padding a prefix with the start of its period (as the
   * archives read one); null when it is not a valid time.
   */
  public static LocalDateTime parse(String digits) {
    if (digits == null || !DIGITS.matcher(digits).matches()) {
      return null;
    }
    String padded = digits + "0101000000".substring(Math.max(0, digits.length() - 4));
    try {
      return LocalDateTime.parse(padded, FORMAT);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
