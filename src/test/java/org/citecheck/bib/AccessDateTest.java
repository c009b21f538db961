package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An access date says someone reached the page on that day. From a verification report it is given
 * only to links the check reached (alive or redirected), with the date of that check; a dead,
 * blocked or unchecked link, and every link of an offline report, gets none. The note's own access
 * date is the author's claim and is always kept.
 */
class AccessDateTest {

  private static final String RUN = "2024-03-09T23:59:59Z";

  @ParameterizedTest
  @EnumSource(
      value = Verdict.class,
      names = {"ALIVE", "REDIRECTED"})
  void aReachedLinkGetsTheDateOfTheCheck(Verdict verdict) {
    BibEntry entry =
        only(
            report(false, result(1, 0, "https://example.org/a", verdict, "200 OK")),
            note(1, source("https://example.org/a", null)));
    assertEquals("2024-03-09", entry.urlDate());
  }

  @ParameterizedTest
  @EnumSource(
      value = Verdict.class,
      names = {"ALIVE", "REDIRECTED"},
      mode = EnumSource.Mode.EXCLUDE)
  void aLinkTheCheckDidNotReachGetsNoAccessDate(Verdict verdict) {
    BibEntry entry =
        only(
            report(false, result(1, 0, "https://example.org/a", verdict, "403 Forbidden")),
            note(1, source("https://example.org/a", null)));
    assertEquals("https://example.org/a", entry.url(), "the link itself is kept");
    assertNull(entry.urlDate(), verdict.id());
  }

  @Test
  void aLinkTheReportDoesNotHoldGetsNoAccessDate() {
    List<BibEntry> entries =
        entries(
            report(false, result(1, 0, "https://example.org/a", Verdict.ALIVE, "200 OK")),
            note(1, source("https://example.org/a", null)),
            note(2, source("https://example.org/b", null)));
    assertEquals("2024-03-09", entries.get(0).urlDate());
    assertNull(entries.get(1).urlDate());
  }

  @Test
  void anOfflineReportGivesNoAccessDateEvenForCachedAliveResults() {
    VerificationReport offline =
        report(
            true,
            result(
                1,
                0,
                "https://example.org/a",
                Verdict.OFFLINE,
                "not verified: the checker has no network"),
            result(
                2,
                0,
                "https://example.org/b",
                Verdict.ALIVE,
                "200 OK (cached result of 2024-03-01T10:00:00Z)"));
    for (BibEntry entry :
        entries(
            offline,
            note(1, source("https://example.org/a", null)),
            note(2, source("https://example.org/b", null)))) {
      assertNull(entry.urlDate(), entry.url());
    }
  }

  @Test
  void aCachedResultOfAnOlderReportCarriesTheDateItWasCheckedNotTheRunsDate() {
    BibEntry entry =
        only(
            report(
                false,
                result(
                    1,
                    0,
                    "https://example.org/a",
                    Verdict.ALIVE,
                    "200 OK (cached result of 2024-02-28T22:15:00.123Z)")),
            note(1, source("https://example.org/a", null)));
    assertEquals("2024-02-28", entry.urlDate());
  }

  @Test
  void aCachedResultCarriesTheDateOfItsCachedFieldNotTheRunsDate() {
    UrlResult cached =
        UrlResultFixture.result(1, 0, "https://example.org/a", Verdict.ALIVE)
            .reason("200 OK")
            .status(200)
            .finalUrl("https://example.org/a")
            .elapsedMs(1)
            .cached("2024-02-28T22:15:00.123Z")
            .build();
    BibEntry entry = only(report(false, cached), note(1, source("https://example.org/a", null)));
    assertEquals("2024-02-28", entry.urlDate());
  }

  @Test
  void aReasonThatOnlyMentionsACacheElsewhereIsNotReadAsADate() {
    BibEntry entry =
        only(
            report(
                false,
                result(
                    1,
                    0,
                    "https://example.org/a",
                    Verdict.ALIVE,
                    "page says (cached result of 1999-01-01T00:00Z) in its title; 200 OK")),
            note(1, source("https://example.org/a", null)));
    assertEquals("2024-03-09", entry.urlDate());
  }

  @Test
  void theNotesOwnAccessDateIsKeptWhateverTheCheckFound() {
    for (boolean offline : new boolean[] {false, true}) {
      for (Verdict verdict : Verdict.values()) {
        BibEntry entry =
            only(
                report(offline, result(1, 0, "https://example.org/a", verdict, "x")),
                note(1, source("https://example.org/a", "2020-11-12")));
        assertEquals("2020-11-12", entry.urlDate(), verdict + (offline ? " offline" : ""));
      }
    }
  }

  @Test
  void aSourceCitedTwiceTakesTheDateFromWhicheverCitationWasReached() {
    VerificationReport report =
        report(
            false,
            result(1, 0, "https://example.org/a", Verdict.UNREACHABLE, "timed out"),
            result(3, 1, "https://example.org/a", Verdict.ALIVE, "200 OK"));
    BibEntry entry =
        entries(
                report,
                note(1, source("https://example.org/a", null)),
                note(3, source(null, null), source("https://example.org/a", null)))
            .get(0);
    assertEquals(List.of(1, 3), entry.notes());
    assertEquals("2024-03-09", entry.urlDate());
  }

  @Test
  void aReportWithoutAUsableDateGivesNone() {
    VerificationReport report =
        new VerificationReport(
            1,
            "yesterday",
            "references.json",
            false,
            null,
            List.of(result(1, 0, "https://example.org/a", Verdict.ALIVE, "200 OK")));
    assertNull(only(report, note(1, source("https://example.org/a", null))).urlDate());
  }

  @Test
  void everyStyleWritesTheAccessDateOnlyForTheReachedLink() {
    VerificationReport report =
        report(
            false,
            result(1, 0, "https://example.org/alive", Verdict.ALIVE, "200 OK"),
            result(2, 0, "https://example.org/gone", Verdict.DEAD, "404 Not Found"),
            result(3, 0, "https://example.org/forbidden", Verdict.BLOCKED, "403 Forbidden"));
    List<BibEntry> entries =
        entries(
            report,
            note(1, source("https://example.org/alive", null)),
            note(2, source("https://example.org/gone", null)),
            note(3, source("https://example.org/forbidden", null)));
    for (BibStyle style : List.of(BibStyle.BIBLATEX, BibStyle.BIBTEX)) {
      String bib = style.render(entries);
      assertEquals(1, count(bib, "urldate"), style + ":\n" + bib);
      assertTrue(bib.contains("urldate      = {2024-03-09}"), bib);
    }
    String csl = BibStyle.CSL_JSON.render(entries);
    assertEquals(List.of(), CslSchemaTest.errors(csl));
    assertEquals(1, count(csl, "\"accessed\""), csl);
    assertTrue(
        csl.replaceAll("\\s", "").contains("\"accessed\":{\"date-parts\":[[2024,3,9]]}"), csl);
    String ris = BibStyle.RIS.render(entries);
    assertEquals(1, count(ris, "Y2  - "), ris);
    assertTrue(ris.contains("Y2  - 2024/03/09/\n"), ris);
  }

  @Test
  void anOfflineReportIsSaidOnceAndAPartlyOfflineOneCountsWhatWasNotVerified() {
    VerificationReport offline =
        report(
            true,
            result(1, 0, "https://example.org/a", Verdict.OFFLINE, "x"),
            result(2, 0, "https://example.org/b", Verdict.OFFLINE, "x"));
    List<String> notices = ReportLookup.of(offline, "run/verification.json").notices();
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(
        notices
            .get(0)
            .startsWith("run/verification.json comes from an offline check: no link was reached"),
        notices.get(0));

    VerificationReport partly =
        report(
            false,
            result(1, 0, "https://example.org/a", Verdict.ALIVE, "200 OK"),
            result(2, 0, "https://example.org/b", Verdict.OFFLINE, "x"),
            result(3, 0, "https://example.org/c", Verdict.OFFLINE, "x"));
    assertEquals(
        List.of(
            "2 of 3 links in v.json could not be verified (the checker had no network for them),"
                + " so they get no access date"),
        ReportLookup.of(partly, "v.json").notices());

    VerificationReport online =
        report(false, result(1, 0, "https://example.org/a", Verdict.DEAD, "404"));
    assertEquals(List.of(), ReportLookup.of(online, "v.json").notices());
    assertEquals(List.of(), ReportLookup.NONE.notices());
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  private static BibEntry only(VerificationReport report, Note... notes) {
    List<BibEntry> entries = entries(report, notes);
    assertEquals(1, entries.size(), entries.toString());
    return entries.get(0);
  }

  private static List<BibEntry> entries(VerificationReport report, Note... notes) {
    return Bibliography.entries(new ReferenceSet(null, List.of(notes)), report);
  }

  private static VerificationReport report(boolean offline, UrlResult... results) {
    return new VerificationReport(1, RUN, "references.json", offline, null, List.of(results));
  }

  private static UrlResult result(
      int note, int source, String url, Verdict verdict, String reason) {
    String finalUrl = verdict == Verdict.REDIRECTED ? url + "/moved" : url;
    return UrlResultFixture.result(note, source, url, verdict)
        .reason(reason)
        .status(200)
        .finalUrl(finalUrl)
        .elapsedMs(1)
        .build();
  }

  private static Note note(int number, Source... sources) {
    return new Note(
        number, false, false, number, "note " + number, null, new ArrayList<>(List.of(sources)));
  }

  private static Source source(String url, String accessed) {
    return SourceFixture.source()
        .authors("Ann Author")
        .title(url == null ? "Another work" : "A page at " + url)
        .container("Example")
        .date("2020")
        .accessed(accessed)
        .url(url)
        .text(null)
        .build();
  }
}
