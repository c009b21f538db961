package org.citecheck.audit.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date with the precision printed ("2020", "2020-10", "2020-10-14"), as the days it may
 * stand for: "2020" is any day of 2020.
 *
 * @param start the first day it may be
 * @param end the last day it may be
 * @param iso the date as written
 */
record DateSpan(LocalDate start, LocalDate end, String iso) {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  /** The span of an ISO date (partial allowed); null when the text is not one. */
  static DateSpan parse(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher matcher = ISO.matcher(iso.strip());
    if (!matcher.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(matcher.group(1));
      if (matcher.group(2) == null) {
        return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), iso.strip());
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
      if (matcher.group(3) == null) {
        return new DateSpan(month.atDay(1), month.atEndOfMonth(), iso.strip());
      }
      LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
      return new DateSpan(day, day, iso.strip());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** True when the date names a month or a day, not only a year. */
  boolean finerThanYear() {
    return iso.length() >= 7;
  }

  /** Days from the end of this span to the start of a later one (negative when they overlap). */
  long daysBefore(DateSpan later) {
    return ChronoUnit.DAYS.between(end, later.start);
  }

  /** The date as people write it: "2020", "October 2020", "14 October 2020". */
  String display() {
    return switch (iso.length()) {
      case 4 -> iso;
      case 7 -> MONTH.format(start);
      default -> DAY.format(start);
    };
  }
}
