package org.citecheck.archive.memento;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** RFC 1123 dates as Memento uses them (Accept-Datetime, Memento-Datetime, datetime="..."). */
public final class HttpDates {

  private HttpDates() {}

  /** RFC 9110's IMF-fixdate: two-digit day, always GMT. */
  private static final DateTimeFormatter FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  public static String format(LocalDateTime utc) {
    return FIXDATE.format(utc);
  }

  /** The date as UTC, or null when it is not an RFC 1123 date. */
  public static LocalDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(ZoneOffset.UTC)
          .toLocalDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
