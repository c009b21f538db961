package org.citecheck.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.citecheck.CitecheckException;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.rules.UrlLinkTarget;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.DocumentText;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.junit.jupiter.api.Test;

/** A PDF through the whole extraction: link annotations, pages, passwords and bad files. */
class PdfInputTest {

  private static ExtractedDocument extract(byte[] pdf) {
    return Extraction.extract(DocumentReader.decode(pdf, "report.pdf"));
  }

  private static Source source(ExtractedDocument extracted, int note) {
    return extracted.references().notes().stream()
        .filter(n -> n.number() == note)
        .findFirst()
        .orElseThrow()
        .sources()
        .get(0);
  }

  /** A page with two markers, and footnotes below a rule whose lines are given as markup. */
  private static PdfMaker.Page footnotePage(PdfMaker pdf, String... noteLines) {
    PdfMaker.Page page = pdf.page();
    page.text(72, 100, 12, "The mission reported twice.^{1} Its mandate ended.^{2}");
    page.rule(72, 200, 690);
    for (int i = 0; i < noteLines.length; i++) {
      page.text(72, 705 + i * 12, 10, noteLines[i]);
    }
    return page;
  }

  @Test
  void aUrlWrappedAtItsHyphenTakesTheTargetOfItsLinksSplitPerLine() {
    String target = "https://example.org/news/kazan-security-talks";
    PdfMaker pdf = new PdfMaker();
    footnotePage(
        pdf,
        "^{1} A. Author, \"Talks,\" 2020, <a href=\""
            + target
            + "\">https://example.org/news/kazan-</a>",
        "<a href=\"" + target + "\">security-talks</a>.",
        "^{2} B. Author, \"Other,\" 2021, <a href=\"https://example.org/a\">https://example.org/a</a>.");
    ExtractedDocument extracted = extract(pdf.bytes());
    Source first = source(extracted, 1);
    assertEquals(target, first.url());
    assertEquals(Source.FROM_ANNOTATION, first.urlSource());
    assertNull(first.urlTarget());
    assertEquals("https://example.org/news/kazan-\nsecurity-talks", first.urlAsPrinted());
    assertEquals("https://example.org/a", source(extracted, 2).url());
    assertEquals(Integer.valueOf(1), extracted.references().notes().get(0).page());
  }

  @Test
  void aHyphenThatIsOnlyALineBreakIsDroppedWhenTheTargetSaysSo() {
    String target = "https://example.org/reports/annualreview2020";
    PdfMaker pdf = new PdfMaker();
    footnotePage(
        pdf,
        "^{1} A. Author, Review, 2020, <a href=\""
            + target
            + "\">https://example.org/reports/annual-</a>",
        "<a href=\"" + target + "\">review2020</a>.",
        "^{2} B. Author, Other, 2021.");
    assertEquals(target, source(extract(pdf.bytes()), 1).url());
  }

  @Test
  void oneAnnotationWithQuadPointsOverTwoLines() {
    String target = "https://example.org/documents/a-very-long-path/with-more";
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page =
        footnotePage(
            pdf,
            "^{1} A. Author, Title, 2020, https://example.org/documents/a-very-",
            "long-path/with-more.",
            "^{2} B. Author, Other, 2021.");
    float start = 72 + page.width("1 A. Author, Title, 2020, ", 10) - 2;
    page.quadLink(
        target,
        new float[] {start, 695, 560, 708},
        new float[] {70, 709, 72 + page.width("long-path/with-more", 10), 720});
    Source source = source(extract(pdf.bytes()), 1);
    assertEquals(target, source.url());
    assertEquals(Source.FROM_ANNOTATION, source.urlSource());
  }

  @Test
  void aUrlContinuedOnTheNextPageJoinsItsTwoAnnotations() {
    String target = "https://example.org/library/continued-report-2020.pdf";
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page first = pdf.page();
    first.text(72, 100, 12, "Body.^{1}");
    first.rule(72, 200, 720);
    first.text(
        72,
        735,
        10,
        "^{1} A. Author, Report, 2020, <a href=\""
            + target
            + "\">https://example.org/library/</a>");
    PdfMaker.Page second = pdf.page();
    second.text(72, 100, 12, "More body.^{2}");
    second.rule(72, 200, 720);
    second.text(72, 735, 10, "<a href=\"" + target + "\">continued-report-2020.pdf</a>.");
    second.text(72, 747, 10, "^{2} B. Author, Other, 2021.");
    ExtractedDocument extracted = extract(pdf.bytes());
    assertEquals(target, source(extracted, 1).url());
    assertEquals(Source.FROM_ANNOTATION, source(extracted, 1).urlSource());
    assertEquals(Integer.valueOf(2), extracted.references().notes().get(1).page());
  }

  @Test
  void aTargetThatDisagreesWithThePrintIsACandidateAndAnAuditFinding() {
    PdfMaker pdf = new PdfMaker();
    footnotePage(
        pdf,
        "^{1} A. Author, Talks, 2020, <a href=\"https://other.example.net/old-page\">https://example.org/new-page</a>.",
        "^{2} B. Author, Other, 2021.");
    ExtractedDocument extracted = extract(pdf.bytes());
    Source source = source(extracted, 1);
    assertEquals("https://example.org/new-page", source.url());
    assertEquals(Source.FROM_TEXT, source.urlSource());
    assertEquals("https://other.example.net/old-page", source.urlTarget());
    assertTrue(source.urlCandidates().contains("https://other.example.net/old-page"));
    List<Finding> findings = new UrlLinkTarget().check(AuditContext.of(extracted, null));
    assertEquals(1, findings.size());
    assertEquals(Integer.valueOf(1), findings.get(0).note());
    assertTrue(findings.get(0).message().contains("links to https://other.example.net/old-page"));
  }

  @Test
  void aRelativeTargetResolvesAgainstTheDocumentsBase() {
    PdfMaker pdf = new PdfMaker().base("https://example.org/");
    footnotePage(
        pdf,
        "^{1} A. Author, Talks, 2020, <a href=\"docs/talks.html\">https://example.org/docs/talks.html</a>.",
        "^{2} B. Author, Other, 2021.");
    Source source = source(extract(pdf.bytes()), 1);
    assertEquals(Source.FROM_ANNOTATION, source.urlSource());
    assertEquals("https://example.org/docs/talks.html", source.url());
  }

  @Test
  void aUrlWithoutAnnotationComesFromTheText() {
    PdfMaker pdf = new PdfMaker();
    footnotePage(
        pdf,
        "^{1} A. Author, Talks, 2020, https://example.org/plain.",
        "^{2} B. Author, Other, 2021.");
    Source source = source(extract(pdf.bytes()), 1);
    assertEquals("https://example.org/plain", source.url());
    assertEquals(Source.FROM_TEXT, source.urlSource());
  }

  @Test
  void raisedMarkersAreTheAuditsEvidence() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    page.text(72, 100, 12, "In 2019.3 The mission grew to 12 members.^{1} It reported.^{2}");
    page.text(72, 115, 12, "It closed in 2021.^{3}");
    page.rule(72, 200, 700);
    for (int n = 1; n <= 3; n++) {
      page.text(72, 703 + n * 12, 10, "^{" + n + "} Source number " + n + ", 2020.");
    }
    ExtractedDocument extracted = extract(pdf.bytes());
    AuditContext context = AuditContext.of(extracted, null);
    assertEquals(
        List.of(1, 2, 3), context.markers().chain().stream().map(m -> m.number()).toList());
    assertTrue(
        context.markers().chain().stream()
            .allMatch(m -> m.form() == org.citecheck.audit.markers.MarkerCandidate.Form.RAISED));
    assertTrue(
        context.markers().offChain().isEmpty(),
        "the baseline 3 in 2019.3 is not a marker: " + context.markers().offChain());
  }

  @Test
  void anOwnerPasswordOnlyIsNoObstacle() {
    PdfMaker pdf = new PdfMaker();
    footnotePage(pdf, "^{1} A. Author, Talks, 2020.", "^{2} B. Author, Other, 2021.");
    byte[] bytes = pdf.bytes("owner-secret", null);
    assertEquals(2, extract(bytes).references().notes().size());
  }

  @Test
  void aUserPasswordIsAskedForByName() {
    PdfMaker pdf = new PdfMaker();
    footnotePage(pdf, "^{1} A. Author, Talks, 2020.", "^{2} B. Author, Other, 2021.");
    byte[] bytes = pdf.bytes("owner-secret", "user-secret");
    CitecheckException missing =
        assertThrows(CitecheckException.class, () -> DocumentReader.decode(bytes, "r.pdf"));
    assertEquals("r.pdf is protected by a password: give it with --password", missing.getMessage());
    CitecheckException wrong =
        assertThrows(CitecheckException.class, () -> DocumentReader.decode(bytes, "r.pdf", "nope"));
    assertEquals("r.pdf: the password given with --password does not open it", wrong.getMessage());
    DocumentText text = DocumentReader.decode(bytes, "r.pdf", "user-secret");
    assertEquals(2, Extraction.extract(text).references().notes().size());
  }

  @Test
  void aPdfWithoutTextAsksForOcr() {
    byte[] bytes = new PdfMaker().emptyPage().emptyPage().bytes();
    CitecheckException e =
        assertThrows(CitecheckException.class, () -> DocumentReader.decode(bytes, "scan.pdf"));
    assertEquals(
        "scan.pdf: no text on any page: run OCR first (for example ocrmypdf)", e.getMessage());
  }

  @Test
  void glyphsWithoutUnicodeAreCountedNotGuessed() {
    byte[] bytes = new PdfMaker().pageWithUnreadableGlyphs("Readable words.", 7).bytes();
    DocumentText text = DocumentReader.decode(bytes, "t3.pdf");
    assertEquals(7, text.pdf().unreadableGlyphs());
    assertEquals(List.of("Readable words."), text.lines());
  }

  @Test
  void aTruncatedFileIsReadLenientlyOrRefusedInOneLine() {
    PdfMaker pdf = new PdfMaker();
    footnotePage(pdf, "^{1} A. Author, Talks, 2020.", "^{2} B. Author, Other, 2021.");
    byte[] whole = pdf.bytes();
    for (int cut : new int[] {whole.length - 30, whole.length * 3 / 4, whole.length / 2, 200, 20}) {
      byte[] truncated = Arrays.copyOf(whole, cut);
      try {
        DocumentText text = DocumentReader.decode(truncated, "cut.pdf");
        assertTrue(text.size() > 0);
      } catch (CitecheckException e) {
        assertTrue(e.getMessage().startsWith("cut.pdf"), e.getMessage());
        assertTrue(
            !e.getMessage().contains("Exception") && !e.getMessage().contains("\n"),
            e.getMessage());
      }
    }
  }

  @Test
  void theNoteRecordsItsPage() {
    PdfMaker pdf = new PdfMaker();
    footnotePage(pdf, "^{1} A. Author, Talks, 2020.", "^{2} B. Author, Other, 2021.");
    footnotePage(pdf, "^{3} C. Author, Third, 2020.", "^{4} D. Author, Fourth, 2021.");
    List<Note> notes = extract(pdf.bytes()).references().notes();
    assertEquals(List.of(1, 1, 2, 2), notes.stream().map(Note::page).toList());
  }
}
