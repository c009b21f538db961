package org.citecheck.archive.snapshot;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Source;

/**
 * The day a cited page is taken to have been read, and where that day came from.
 *
 * <p>A partial date means the last day of its period ("2020-11" is 30 November 2020, "2016" is 31
 * December 2016): the citer read the page at some time in the period, so the end of it is the
 * latest moment at which the page could have been seen, and every capture made during the period
 * counts as "at or before" the citation. A date after today is clamped to today.
 *
 * @param day the cite day
 * @param basis where it came from: accessed, date, document or today
 * @param printed the date as the source or document gave it, or null for today
 */
public record CiteDate(LocalDate day, String basis, String printed) {

  private static final Pattern ISO =
      Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*)?$");

  /** The source's access date, else its date, else the document's date, else today. */
  public static CiteDate resolve(Source source, DocumentInfo document, LocalDate today) {
    if (source != null) {
      CiteDate accessed = parse(source.accessed(), "accessed", today);
      if (accessed != null) {
        return accessed;
      }
      CiteDate dated = parse(source.date(), "date", today);
      if (dated != null) {
        return dated;
      }
    }
    if (document != null) {
      CiteDate published = parse(document.date(), "document", today);
      if (published != null) {
        return published;
      }
    }
    return new CiteDate(today, "today", null);
  }

  /** Reads an ISO 8601 date, full or partial; null when the text is missing or not a date. */
  static CiteDate parse(String text, String basis, LocalDate today) {
    LocalDate day = endOfPeriod(text);
    if (day == null) {
      return null;
    }
    return new CiteDate(day.isAfter(today) ? today : day, basis, text.trim());
  }

  /** The last day of the period an ISO date names, or null when it is not one. */
  public static LocalDate endOfPeriod(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ISO.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Year.of(year).atMonth(12).atEndOfMonth();
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return month.atEndOfMonth();
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The last second of the cite day, as the 14-digit timestamp archives use. */
  public String timestamp() {
    return WaybackTimestamp.format(LocalDateTime.of(day, LocalTime.of(23, 59, 59)));
  }

  /** The last second of the cite day, UTC. */
  public LocalDateTime endOfDay() {
    return LocalDateTime.of(day, LocalTime.of(23, 59, 59));
  }

  /** Whole days from the cite day to the capture's day: negative before, positive after. */
  public long daysTo(LocalDateTime capture) {
    return ChronoUnit.DAYS.between(day, capture.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /** The ISO form written into reports. */
  public String iso() {
    return day.toString();
  }
}
