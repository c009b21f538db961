package org.citecheck.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.notes.PrintedText;
import org.junit.jupiter.api.Test;

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
}
