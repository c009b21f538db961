package org.citecheck.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.notes.PrintedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hyphen at a line break inside a URL, decided with what the rest of the document prints. */
class UrlEvidenceTest {

  private static FoundUrl scan(String note, String... document) {
    return UrlScanner.scan(PrintedText.of(note), UrlEvidence.of(List.of(document))).get(0);
  }

  @Test
  void aWordTheDocumentUsesSplitByTheTypesetterLosesTheHyphen() {
    FoundUrl url =
        scan(
            "at: https://example.org/2020/compromis-\nes-with-backdoor.html",
            "The project made compromises with the vendor.");
    assertEquals("https://example.org/2020/compromises-with-backdoor.html", url.best());
    assertTrue(
        url.candidates().contains("https://example.org/2020/compromis-es-with-backdoor.html"),
        url.candidates().toString());
  }

  @Test
  void twoWordsWhoseJoinIsNoWordKeepTheHyphen() {
    FoundUrl url =
        scan(
            "at: https://example.org/what-is-a-\ngpu.html", "A GPU is a processor.", "What is it?");
    assertEquals("https://example.org/what-is-a-gpu.html", url.best());
    assertTrue(
        url.candidates().contains("https://example.org/what-is-agpu.html"),
        url.candidates().toString());
  }

  @Test
  void theSameUrlPrintedWholeElsewhereDecides() {
    String note = "at: https://example.org/annual-over-\nview-2020/";
    assertEquals(
        "https://example.org/annual-overview-2020/",
        scan(note, "As cited: https://example.org/annual-overview-2020/ (note 3).").best());
    assertEquals(
        "https://example.org/annual-over-view-2020/",
        scan(
                note,
                "Over and view are words; so is overview.",
                "Also https://example.org/annual-over-view-2020/")
            .best());
  }

  @Test
  void withoutEvidenceTheHyphenStaysAndTheOtherReadingIsACandidate() {
    FoundUrl url = scan("at: https://example.org/xq-\nzr/", "Nothing about it here.");
    assertEquals(
        List.of("https://example.org/xq-zr/", "https://example.org/xqzr/"), url.candidates());
  }

  @Test
  void aHyphenInsideAHostIsDecidedTheSameWay() {
    FoundUrl url = scan("at: https://www.transparen-\ncy.org/x", "Transparency matters.");
    assertEquals("https://www.transparency.org/x", url.best());
  }

  @Test
  void aHostWithoutSchemeBrokenAtAHyphenIsTakenWhole() {
    FoundUrl url =
        scan(
            "Court Monitor, courtmon-\nitor.org/view.php?id=1",
            "Also at courtmonitor.org/reports/ (note 2).");
    assertEquals("https://courtmonitor.org/view.php?id=1", url.best());
    FoundUrl real =
        scan("League, municipal-\nleague.eu/about/", "See municipal-league.eu/news/ too.");
    assertEquals("https://municipal-league.eu/about/", real.best());
  }

  @Test
  void aHyphenPlainPdftotextDeletedComesBackAsACandidate() {
    String[] document = {
      "Water governance and what it costs.",
      "See https://example.org/water-budget/what-indicators/."
    };
    FoundUrl url = scan("at: https://example.org/governance-whatindicators-budget.htm.", document);
    assertEquals("https://example.org/governance-whatindicators-budget.htm", url.best());
    assertTrue(
        url.candidates().contains("https://example.org/governance-what-indicators-budget.htm"),
        url.candidates().toString());
    FoundUrl year = scan("at: https://example.org/2015what-development/", document);
    assertTrue(
        year.candidates().contains("https://example.org/2015-what-development/"),
        year.candidates().toString());
  }

  @Test
  void noHyphenIsPutBackBetweenPiecesThatAreNoWholeWords() {
    // a URL printed broken elsewhere ("asset_publ isher") gives no evidence of the words "publ" and
    // "isher"
    String[] document = {
      "at: https://example.org/-/asset_publ isher/content/id/11", "Assets were frozen."
    };
    FoundUrl url = scan("at: https://example.org/-/asset_publisher/content/id/12", document);
    assertEquals(List.of("https://example.org/-/asset_publisher/content/id/12"), url.candidates());
  }

  /**
   * Plain pdftotext deleted two hyphens of one URL broken over three lines: the reading with both
   * put back is a candidate, and so is each alone.
   */
  @ParameterizedTest
  @CsvSource({
    "https://example.org/water/2014/statistics-accountabilityparticipation-openbudget.html,"
        + " https://example.org/water/2014/statistics-accountability-participation-open-budget.html",
    "https://example.net/2019reports-open/governanceaccess/,"
        + " https://example.net/2019-reports-open/governance-access/",
    "http://example.eu/review/courts-budgetwater/annualopen.htm,"
        + " http://example.eu/review/courts-budget-water/annual-open.htm"
  })
  void severalDeletedHyphensOfOneUrlComeBackTogether(String printed, String url) {
    String[] document = {
      "See https://example.com/statistics-for/accountability-of/participation-in/.",
      "And https://example.com/open-the/budget-for/reports-of/governance-of/access-in/.",
      "And https://example.com/water-for/annual-of/courts-for/budget-on/."
    };
    FoundUrl found = scan("at: " + printed + ".", document);
    assertEquals(printed, found.best());
    assertTrue(found.candidates().contains(url), found.candidates().toString());
  }

  /**
   * A host label whose hyphen plain pdftotext deleted ("municipalleague.org") gets the hyphen back
   * as a candidate when the document prints the hyphenated label in another host.
   */
  @ParameterizedTest
  @CsvSource({
    "http://municipalleague.org/files/report_13.pdf, http://municipal-league.org/files/report_13.pdf,"
        + " https://www.municipal-league.com/a/",
    "https://www.policyreview.eu/view.php?id=3, https://www.policy-review.eu/view.php?id=3,"
        + " see policy-review.net/2019/",
    "https://transparencyhub.co.uk/data/, https://transparency-hub.co.uk/data/,"
        + " http://transparency-hub.de/x"
  })
  void aHostLabelWhoseHyphenWasDeletedComesBackWithTheDocumentsEvidence(
      String printed, String url, String elsewhere) {
    FoundUrl found = scan("at: " + printed + ".", "The index.", "Also " + elsewhere + ".");
    assertTrue(found.candidates().contains(url), found.candidates().toString());
    // without the hyphenated label printed elsewhere, no host is split
    FoundUrl alone = scan("at: " + printed + ".", "The index of municipal league policy review.");
    assertEquals(List.of(printed), alone.candidates().subList(0, 1));
    assertTrue(
        alone.candidates().stream().noneMatch(c -> c.equals(url)), alone.candidates()::toString);
  }
}
