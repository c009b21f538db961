package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.dated;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.rule;
import static org.citecheck.audit.AuditFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.Note;
import org.junit.jupiter.api.Test;

class DateRulesTest {

  private static List<String> titleMismatches(String title, String date) {
    return check(
            "date.title-mismatch",
            context(references(note(1, source().title(title).date(date).build()))))
        .stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void aSourceDatedBeforeTheDayItsTitleNames() {
    assertEquals(
        List.of(
            "The title names 12 November 2020, but the source is dated 14 October 2020, 29 days before."),
        titleMismatches(
            "Lavrov's interview with Russian media, Moscow, November 12, 2020", "2020-10-14"));
    assertEquals(
        List.of(
            "The title names December 2020, but the source is dated 14 October 2020, before it."),
        titleMismatches("Situation report for December 2020", "2020-10-14"));
    assertEquals(
        List.of(
            "The title names 12 November 2020, but the source is dated October 2020, before it."),
        titleMismatches("Press conference of 12 November 2020", "2020-10"));
  }

  @Test
  void titlesNamingEarlierDatesOrYearsOnlyAreOrdinary() {
    assertEquals(
        List.of(),
        titleMismatches("Statement of 14 October 2020", "2020-10-15"),
        "published next day");
    assertEquals(
        List.of(), titleMismatches("Remembering 27 September 2020", "2021-09-27"), "a look back");
    assertEquals(
        List.of(),
        titleMismatches("Annual report 2021", "2020-12-15"),
        "a year alone is too coarse");
    assertEquals(
        List.of(), titleMismatches("Briefing, 2 November 2020", "2020-11-01"), "a day of slack");
    assertEquals(
        List.of(),
        titleMismatches("Briefing, 12 November 2020", "2020"),
        "a year contains the day");
    assertEquals(List.of(), titleMismatches("Briefing, 12 November 2020", null));
  }

  @Test
  void sourcesDatedOrAccessedAfterTheDocument() {
    Note late = note(1, source().title("A").date("2021-03").build());
    Note accessedLate =
        note(2, source().title("B").date("2020-05-01").accessed("2021-01-02").build());
    Note fine = note(3, source().title("C").date("2020-12-31").accessed("2020-12-01").build());
    List<String> found =
        check("date.after-document", context(dated("2020", late, accessedLate, fine))).stream()
            .map(f -> f.note() + ": " + f.message())
            .toList();
    assertEquals(
        List.of(
            "1: The source is dated March 2021, after the document itself (2020).",
            "2: The source was accessed 2 January 2021, after the document's own date (2020)."),
        found);
    assertEquals(List.of(), check("date.after-document", context(dated("2021-03-15", late))));
  }

  @Test
  void aDateTheParserDidNotReadIsTakenFromTheCitationsText() {
    Note unread =
        new Note(
            1,
            false,
            false,
            101,
            "",
            null,
            List.of(
                source()
                    .title("On this point")
                    .text(
                        "On this point, see Amnesty International, Water, October 2021, p. 14, at: https://x.org/2019/05/a (accessed 3 May 2019)")
                    .build()));
    Note yearInParentheses =
        new Note(
            2,
            false,
            false,
            102,
            "",
            null,
            List.of(
                source()
                    .title("Railways")
                    .text("Katarina Doe, \"Railways\", Journal of Democracy 27, no. 2 (2024).")
                    .build()));
    Note titleYear =
        new Note(
            3,
            false,
            false,
            103,
            "",
            null,
            List.of(
                source()
                    .title("Vision 2030")
                    .text("Ministry, Vision 2030: A Plan, at: https://x.org/vision-2030")
                    .build()));
    Note commentary =
        new Note(
            4,
            false,
            false,
            104,
            "",
            "See, e.g., Anna Roe, Courts and Water, March 2022, p. 3.",
            List.of());
    List<String> found =
        check(
                "date.after-document",
                context(dated("2020-07", unread, yearInParentheses, titleYear, commentary)))
            .stream()
            .map(f -> f.note() + ": " + f.message())
            .toList();
    assertEquals(
        List.of(
            "1: The source is dated October 2021, after the document itself (July 2020).",
            "2: The source is dated 2024, after the document itself (July 2020).",
            "4: The note's text names March 2022, after the document itself (July 2020), in a part not read as a source:"
                + " \"See, e.g., Anna Roe, Courts and Water, March 2022, p. 3.\"."),
        found);
  }

  @Test
  void anUndatedDocumentSkipsTheRule() {
    assertEquals(
        "the document gives no date of its own",
        rule("date.after-document").unavailable(context(dated(null, note(1)))));
    assertNull(rule("date.after-document").unavailable(context(dated("2020", note(1)))));
  }

  @Test
  void webSourcesWithoutAccessDateOneByOneWhenOthersHaveOne() {
    Note withDate = note(1, source().url("https://example.org/a").accessed("2020-03-01").build());
    Note without = note(2, source().url("https://example.org/b").build());
    Note doi = note(3, source().url("https://doi.org/10.1000/xyz").build());
    Note book = note(4, source().title("A Book").build());
    List<Finding> found =
        check("date.no-access-date", context(references(withDate, without, doi, book)));
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).note());
  }

  @Test
  void whenNoWebSourceHasAnAccessDateOneFindingSaysSo() {
    List<Finding> found =
        check(
            "date.no-access-date",
            context(
                references(
                    note(1, source().url("https://example.org/a").build()),
                        note(2, source().url("https://example.org/b").build()),
                    note(3, source().url("https://example.org/c").build()),
                        note(5, source().url("https://example.org/d").build()))));
    assertEquals(1, found.size());
    assertNull(found.get(0).note());
    assertEquals(
        "None of the 4 web sources gives an access date (notes 1–3, 5).", found.get(0).message());
  }

  @Test
  void datesReadAtThePrecisionPrinted() {
    assertEquals("2020", DateSpan.parse("2020").display());
    assertEquals("October 2020", DateSpan.parse("2020-10").display());
    assertEquals("4 October 2020", DateSpan.parse("2020-10-04").display());
    assertNull(DateSpan.parse("2020-02-30"));
    assertNull(DateSpan.parse("October 2020"));
    assertEquals(1, DateSpan.parse("2020").daysBefore(DateSpan.parse("2021-01-01")));
  }
}
