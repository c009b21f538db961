package org.citecheck.archive.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.junit.jupiter.api.Test;

class CiteDateTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final DocumentInfo DOCUMENT =
      new DocumentInfo("OSCE Minsk Group", List.of(), null, "seed.txt", null, "2020-12");

  static Source source(String date, String accessed) {
    return new Source(
        SourceKind.WEB_PAGE,
        List.of(),
        "Title",
        false,
        null,
        date,
        accessed,
        "https://example.org/",
        null,
        List.of(),
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null);
  }

  @Test
  void theAccessDateComesFirst() {
    CiteDate cite = CiteDate.resolve(source("2020-11-02", "2020-11-20"), DOCUMENT, TODAY);
    assertEquals(new CiteDate(LocalDate.of(2020, 11, 20), "accessed", "2020-11-20"), cite);
    assertEquals("20201120235959", cite.timestamp());
  }

  @Test
  void thenTheSourcesDateThenTheDocumentsThenToday() {
    assertEquals("date", CiteDate.resolve(source("2020-11-02", null), DOCUMENT, TODAY).basis());
    CiteDate document = CiteDate.resolve(source(null, null), DOCUMENT, TODAY);
    assertEquals(new CiteDate(LocalDate.of(2020, 12, 31), "document", "2020-12"), document);
    assertEquals(
        new CiteDate(TODAY, "today", null),
        CiteDate.resolve(
            source(null, null), new DocumentInfo(null, null, null, null, null, null), TODAY));
    assertEquals("today", CiteDate.resolve(null, null, TODAY).basis());
  }

  @Test
  void aPartialDateMeansTheLastDayOfItsPeriod() {
    assertEquals(LocalDate.of(2020, 11, 30), CiteDate.endOfPeriod("2020-11"));
    assertEquals(LocalDate.of(2020, 2, 29), CiteDate.endOfPeriod("2020-02"));
    assertEquals(LocalDate.of(2016, 12, 31), CiteDate.endOfPeriod("2016"));
    assertEquals(LocalDate.of(2020, 11, 2), CiteDate.endOfPeriod("2020-11-02T10:00:00Z"));
  }

  @Test
  void unreadableDatesAreSkippedAndFutureDatesClampedToToday() {
    assertEquals("date", CiteDate.resolve(source("2019-05", "n.d."), DOCUMENT, TODAY).basis());
    assertEquals(
        "document", CiteDate.resolve(source("2020-13", "2020-02-30"), DOCUMENT, TODAY).basis());
    CiteDate future = CiteDate.resolve(source(null, "2031-01-01"), DOCUMENT, TODAY);
    assertEquals(TODAY, future.day());
    assertEquals("accessed", future.basis());
  }

  @Test
  void distanceIsInWholeDaysFromTheCiteDay() {
    CiteDate cite = new CiteDate(LocalDate.of(2020, 11, 25), "accessed", "2020-11-25");
    assertEquals(0, cite.daysTo(LocalDateTime.of(2020, 11, 25, 0, 0)));
    assertEquals(-1, cite.daysTo(LocalDateTime.of(2020, 11, 24, 23, 59)));
    assertEquals(7, cite.daysTo(LocalDateTime.of(2020, 12, 2, 1, 0)));
  }

  @Test
  void waybackTimestampsArePaddedAsTheArchivesPadThem() {
    assertEquals(LocalDateTime.of(2016, 1, 1, 0, 0), WaybackTimestamp.parse("2016"));
    assertEquals(LocalDateTime.of(2020, 11, 1, 0, 0), WaybackTimestamp.parse("202011"));
    assertEquals(
        LocalDateTime.of(2006, 1, 1, 21, 39, 16), WaybackTimestamp.parse("20060101213916"));
    assertEquals(null, WaybackTimestamp.parse("20161"));
    assertEquals(null, WaybackTimestamp.parse("20201340000000"));
    assertEquals(null, WaybackTimestamp.parse("-"));
  }
}
