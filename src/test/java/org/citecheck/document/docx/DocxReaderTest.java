package org.citecheck.document.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.junit.jupiter.api.Test;

/** DOCX written by POI for what pandoc never writes: the reader's edge cases. */
class DocxReaderTest {

  static MarkupDocument read(byte[] docx) {
    return DocumentReader.decode(docx, "report.docx").markup();
  }

  private static List<String> texts(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::text).toList();
  }

  private static List<String> marks(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::mark).toList();
  }

  @Test
  void footnotesComeInTheOrderOfTheirReferencesWithTheirLinksAndTheCoreTitle() {
    MarkupDocument doc =
        read(
            new DocxMaker()
                .title("The Core Title")
                .paragraph("Opening paragraph.")
                .paragraph("A claim.")
                .footnote(
                    "Jane Doe, ", "https://news.example.org/story?id=1&lang=en", "Title", ", 2020.")
                .text(" Another.")
                .footnote("Bank, Report (2020).", null, null, "")
                .bytes());
    assertEquals(MarkupFormat.DOCX, doc.format());
    assertEquals("The Core Title", doc.title());
    assertEquals(List.of("Jane Doe, Title, 2020.", "Bank, Report (2020)."), texts(doc));
    assertEquals(List.of("1", "2"), marks(doc));
    assertEquals(
        List.of(new MarkupLink("https://news.example.org/story?id=1&lang=en", "Title")),
        doc.notes().get(0).links());
    // One line per body paragraph, then one per note; the markers sit where the references are.
    assertEquals("A claim. Another.", doc.text().get(1));
    assertEquals(
        List.of(new RaisedNumber(1, 1, 8, 0), new RaisedNumber(2, 1, 17, 0)), doc.markers());
    assertEquals(3, doc.notes().get(0).line());
    assertEquals("Jane Doe, Title, 2020.", doc.text().get(2));
    assertEquals("", doc.body().get(2));
  }

  @Test
  void aCustomMarkIsTheNotesMarkAndTheNumberingGoesOnAfterIt() {
    MarkupDocument doc =
        read(
            new DocxMaker()
                .paragraph("One.")
                .footnote("First.", null, null, "")
                .text(" Two.")
                .customFootnote("*", "Starred note.")
                .text(" Three.")
                .footnote("Second numbered.", null, null, "")
                .bytes());
    assertEquals(List.of("1", "*", "2"), marks(doc));
    // The mark typed at the start of the note is not its text.
    assertEquals(List.of("First.", "Starred note.", "Second numbered."), texts(doc));
    assertEquals(3, doc.markers().size());
    assertEquals('*', doc.text().get(0).charAt(doc.markers().get(1).column()));
  }

  @Test
  void hyperlinkFieldsGiveTheirTargetsSimpleOrSpreadOverRuns() {
    MarkupDocument doc =
        read(
            new DocxMaker()
                .paragraph("Claim.")
                .fieldFootnote(
                    "See ",
                    " HYPERLINK \"https://field.example.org/a?b=1&c=2\" \\o \"A tip\" ",
                    "the page",
                    ", 2021.")
                .text(" More.")
                .simpleFieldFootnote(
                    "Also ", "HYPERLINK https://simple.example.org/x \\l \"part-2\"", "part two")
                .bytes());
    assertEquals(List.of("See the page, 2021.", "Also part two"), texts(doc));
    assertEquals(
        List.of(new MarkupLink("https://field.example.org/a?b=1&c=2", "the page")),
        doc.notes().get(0).links());
    assertEquals(
        List.of(new MarkupLink("https://simple.example.org/x#part-2", "part two")),
        doc.notes().get(1).links());
  }

  @Test
  void fieldCodesOtherThanHyperlinkAndLinksInsideTheDocumentGiveNoTarget() {
    assertEquals(
        "https://a.example.org/", Runs.hyperlinkTarget(" HYPERLINK \"https://a.example.org/\" "));
    assertEquals(
        "https://b.example.org/", Runs.hyperlinkTarget("hyperlink https://b.example.org/"));
    assertNull(Runs.hyperlinkTarget(" HYPERLINK \\l \"_Toc123\" "));
    assertNull(Runs.hyperlinkTarget(" PAGEREF _Toc123 \\h "));
    assertNull(Runs.hyperlinkTarget(""));
  }

  @Test
  void trackedChangesAreReadAcceptedAndSaidSo() {
    MarkupDocument doc =
        read(
            new DocxMaker()
                .paragraph("Kept ")
                .inserted("inserted words")
                .deleted(" deleted words", "A note whose reference was deleted.")
                .text(".")
                .footnote("The only note.", null, null, "")
                .bytes());
    assertEquals("Kept inserted words.", doc.text().get(0));
    assertEquals(List.of("The only note."), texts(doc));
    assertTrue(
        doc.notices()
            .contains(
                "tracked changes read as if accepted: 1 insertion kept, 1 deletion left out;"
                    + " accept or reject them in Word to read another version"),
        doc.notices().toString());
    assertTrue(
        doc.notices().stream().anyMatch(n -> n.startsWith("1 footnote that nothing in the body")),
        doc.notices().toString());
  }

  @Test
  void footnotesComeFirstThenEndnotesEachNumberedAsWordPrintsThem() {
    MarkupDocument doc =
        read(
            new DocxMaker()
                .paragraph("A.")
                .endnote("Endnote one.")
                .text(" B.")
                .footnote("Footnote one.", null, null, "")
                .text(" C.")
                .endnote("Endnote two.")
                .footnote("Footnote two.", null, null, "")
                .bytes());
    assertEquals(
        List.of("Footnote one.", "Footnote two.", "Endnote one.", "Endnote two."), texts(doc));
    assertEquals(List.of("1", "2", "i", "ii"), marks(doc));
    // Markers in body order, each carrying its note's number in the list.
    assertEquals(List.of(3, 1, 4, 2), doc.markers().stream().map(RaisedNumber::number).toList());
  }

  @Test
  void withoutNotesTheBodysLinksAreTheEntriesWhateverTheirKind() {
    MarkupDocument doc =
        read(
            new DocxMaker()
                .paragraph("See ")
                .link("https://rel.example.org/page", "the page")
                .text(" and ")
                .fieldLink("HYPERLINK \"https://field.example.org/\"", "the field")
                .paragraph("Second paragraph ")
                .link("https://two.example.org/", "two")
                .bytes());
    assertEquals(3, doc.notes().size());
    assertEquals(
        List.of(
            "https://rel.example.org/page",
            "https://field.example.org/",
            "https://two.example.org/"),
        doc.notes().stream().map(n -> n.links().get(0).href()).toList());
    assertNull(doc.notes().get(0).mark());
    assertEquals(List.of(1, 1, 2), doc.notes().stream().map(MarkupNote::line).toList());
    assertEquals("See the page and the field", doc.text().get(0));
  }
}
