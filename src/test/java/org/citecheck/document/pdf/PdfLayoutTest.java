package org.citecheck.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.DocumentText;
import org.junit.jupiter.api.Test;

/** Reading order from positions: lines, columns, page furniture, footnote zones, raised markers. */
class PdfLayoutTest {

  private static DocumentText read(PdfMaker pdf) {
    return DocumentReader.decode(pdf.bytes(), "report.pdf");
  }

  private static void body(PdfMaker.Page page, float top, String... lines) {
    for (int i = 0; i < lines.length; i++) {
      page.text(72, top + i * 15, 12, lines[i]);
    }
  }

  private static void notes(PdfMaker.Page page, float top, String... lines) {
    for (int i = 0; i < lines.length; i++) {
      page.text(72, top + i * 12, 10, lines[i]);
    }
  }

  @Test
  void footnotesBelowASeparatorRuleFollowTheBodyAndKeepTheirPage() {
    PdfMaker pdf = new PdfMaker();
    for (int p = 1; p <= 3; p++) {
      PdfMaker.Page page = pdf.page();
      page.text(72, 50, 9, "OSCE Insights 2020 | Chapter " + p);
      body(
          page,
          100,
          "Body text of page " + p + " ends a sentence.^{" + p + "} More words",
          "follow here.");
      page.rule(72, 200, 700);
      notes(page, 715, "^{" + p + "} Note number " + p + " cites a source, 2019.");
      page.text(290, 800, 9, String.valueOf(p));
    }
    DocumentText text = read(pdf);
    assertEquals(
        List.of(
            "Body text of page 1 ends a sentence.1 More words",
            "follow here.",
            "",
            "Body text of page 2 ends a sentence.2 More words",
            "follow here.",
            "",
            "Body text of page 3 ends a sentence.3 More words",
            "follow here.",
            "1 Note number 1 cites a source, 2019.",
            "2 Note number 2 cites a source, 2019.",
            "3 Note number 3 cites a source, 2019."),
        text.lines());
    PdfLayout layout = text.pdf();
    assertEquals(8, layout.footnotesFrom());
    assertEquals(List.of(1, 1, 0, 2, 2, 0, 3, 3, 1, 2, 3), layout.pages());
    assertEquals(
        List.of(
            new RaisedNumber(1, 0, 36, 1),
            new RaisedNumber(2, 3, 36, 2),
            new RaisedNumber(3, 6, 36, 3)),
        layout.raised());
  }

  @Test
  void footnotesInSmallerTypeWithoutARule() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    body(
        page,
        100,
        "The talks resumed in Vienna.^{1} Then they stopped again.^{2}",
        "The end of the body.");
    notes(page, 740, "1 First note, 2018.", "2 Second note, 2019.");
    DocumentText text = read(pdf);
    assertEquals(2, text.pdf().footnotesFrom());
    assertEquals(
        List.of("1 First note, 2018.", "2 Second note, 2019."), text.lines().subList(2, 4));
  }

  @Test
  void footnotesInBodyTypeAreFoundByTheirMarkers() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    body(
        page,
        100,
        "The talks resumed in Vienna.^{1} Then they stopped again.^{2}",
        "The end of the body.");
    body(page, 700, "1 First note, 2018.", "2 Second note, 2019.");
    DocumentText text = read(pdf);
    assertEquals(2, text.pdf().footnotesFrom());
  }

  @Test
  void endnotesStartingUnderAHeadingOnABodyPageAreNotFootnotes() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page first = pdf.page();
    body(
        first,
        100,
        "The talks resumed in Vienna.^{1} Then they stopped again.^{2}",
        "The end of the body.^{3}");
    body(first, 600, "Endnotes", "1 First note, 2018.", "2 Second note, 2019.");
    PdfMaker.Page second = pdf.page();
    body(second, 100, "3 Third note, 2020.");
    DocumentText text = read(pdf);
    assertEquals(-1, text.pdf().footnotesFrom(), text.lines().toString());
    List<String> lines = text.lines().stream().filter(l -> !l.isBlank()).toList();
    assertEquals(
        List.of("1 First note, 2018.", "2 Second note, 2019.", "3 Third note, 2020."),
        lines.subList(lines.indexOf("Endnotes") + 1, lines.size()));
  }

  @Test
  void aFootnoteContinuedOnTheNextPageJoins() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page first = pdf.page();
    body(first, 100, "First page text.^{1}");
    first.rule(72, 200, 720);
    notes(first, 735, "^{1} A long note that goes on", "and on past the page,");
    PdfMaker.Page second = pdf.page();
    body(second, 100, "Second page text.^{2}");
    second.rule(72, 200, 720);
    notes(second, 735, "ending here, 2020.", "^{2} Another note, 2021.");
    DocumentText text = read(pdf);
    List<String> notes = text.lines().subList(text.pdf().footnotesFrom(), text.size());
    assertEquals(
        List.of(
            "1 A long note that goes on",
            "and on past the page,",
            "ending here, 2020.",
            "2 Another note, 2021."),
        notes);
  }

  @Test
  void twoColumnsAreReadColumnByColumnUnderATitleAcrossThePage() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    page.text(72, 60, 16, "A Title That Runs Across The Whole Page Width Here");
    for (int i = 0; i < 8; i++) {
      page.text(72, 100 + i * 14, 10, "left line " + (i + 1) + " of the column");
      page.text(320, 100 + i * 14, 10, "right line " + (i + 1) + " of the column");
    }
    DocumentText text = read(pdf);
    assertEquals("A Title That Runs Across The Whole Page Width Here", text.line(0));
    assertEquals("left line 1 of the column", text.line(1));
    assertEquals("left line 8 of the column", text.line(8));
    assertEquals("right line 1 of the column", text.line(9));
    assertEquals("right line 8 of the column", text.line(16));
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreDroppedByTheirRepeatedPlace() {
    PdfMaker pdf = new PdfMaker();
    for (int p = 1; p <= 4; p++) {
      PdfMaker.Page page = pdf.page();
      page.text(72, 40, 9, "Running head of the report");
      body(page, 100, "Text of page " + p + ".");
      page.text(72, 810, 9, "© The Authors 2020");
      page.text(500, 810, 9, "Page " + p + " of 4");
    }
    DocumentText text = read(pdf);
    assertEquals(
        List.of(
            "Text of page 1.", "", "Text of page 2.", "", "Text of page 3.", "", "Text of page 4."),
        text.lines());
  }

  @Test
  void aLineRepeatedInPlacesThatDifferIsText() {
    PdfMaker pdf = new PdfMaker();
    for (int p = 1; p <= 3; p++) {
      PdfMaker.Page page = pdf.page();
      body(page, 100 + p * 40, "Conclusions");
    }
    assertEquals(List.of("Conclusions", "", "Conclusions", "", "Conclusions"), read(pdf).lines());
  }

  @Test
  void theHyphenAtALineEndIsKept() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    body(page, 100, "see https://example.org/kazan-", "security-talks for more");
    assertEquals(
        List.of("see https://example.org/kazan-", "security-talks for more"), read(pdf).lines());
  }

  @Test
  void aRotatedPageReadsInItsReadingDirection() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page(90);
    body(page, 100, "Rotated text one.", "Rotated text two.");
    assertEquals(List.of("Rotated text one.", "Rotated text two."), read(pdf).lines());
  }

  @Test
  void anExponentIsNotAMarker() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    body(page, 100, "An area of 10^{6} square metres was cleared.^{4}");
    DocumentText text = read(pdf);
    assertEquals(List.of(new RaisedNumber(4, 0, 41, 1)), text.pdf().raised());
    assertFalse(text.line(0).contains("10 6"));
  }

  @Test
  void pagesWithoutTextAreNamed() {
    PdfMaker pdf = new PdfMaker();
    body(pdf.page(), 100, "Some text.");
    pdf.emptyPage();
    DocumentText text = read(pdf);
    assertEquals(List.of(2), text.pdf().pagesWithoutText());
    assertTrue(text.lines().contains("Some text."));
  }
}
