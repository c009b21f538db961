package org.citecheck.document.odt;

import static org.citecheck.document.odt.OdtMaker.footnote;
import static org.citecheck.document.odt.OdtMaker.note;
import static org.citecheck.document.odt.OdtMaker.odt;
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

/** ODT content written by hand for the cases pandoc does not write. */
class OdtReaderTest {

  private static MarkupDocument read(byte[] odt) {
    return DocumentReader.decode(odt, "report.odt").markup();
  }

  private static List<String> texts(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::text).toList();
  }

  @Test
  void notesWithTheirCitationsLinksAndPlacesAndTheMetaTitle() {
    MarkupDocument doc =
        read(
            odt(
                "<text:h>Heading</text:h>"
                    + "<text:p>A claim."
                    + footnote(
                        ">1",
                        "Doe, <text:a xlink:href=\"https://news.example.org/s?a=1&amp;b=2\">"
                            + "<text:span>The   Title</text:span></text:a>, 2020.")
                    + " Another<text:s text:c=\"3\"/>claim."
                    + footnote(">2", "Plain note.")
                    + "</text:p>",
                "Meta Title"));
    assertEquals(MarkupFormat.ODT, doc.format());
    assertEquals("Meta Title", doc.title());
    assertEquals(List.of("Doe, The Title, 2020.", "Plain note."), texts(doc));
    assertEquals(
        List.of(new MarkupLink("https://news.example.org/s?a=1&b=2", "The Title")),
        doc.notes().get(0).links());
    assertEquals("A claim. Another claim.", doc.text().get(1));
    assertEquals(
        List.of(new RaisedNumber(1, 1, 8, 0), new RaisedNumber(2, 1, 23, 0)), doc.markers());
    assertEquals(3, doc.notes().get(0).line());
    assertEquals("", doc.body().get(2));
  }

  @Test
  void aCustomCitationLabelIsTheMarkAndEndnotesComeAfterFootnotes() {
    MarkupDocument doc =
        read(
            odt(
                "<text:p>One."
                    + note("endnote", ">i", "Endnote.")
                    + " Two."
                    + footnote(" text:label=\"*\">*", "Starred.")
                    + " Three."
                    + footnote(">1", "Numbered.")
                    + "</text:p>",
                null));
    assertEquals(List.of("Starred.", "Numbered.", "Endnote."), texts(doc));
    assertEquals(List.of("*", "1", "i"), doc.notes().stream().map(MarkupNote::mark).toList());
    // In body order: the endnote (third in the list), the starred note, note 1.
    assertEquals(List.of(3, 1, 1), doc.markers().stream().map(RaisedNumber::number).toList());
  }

  @Test
  void trackedChangesAreReadAcceptedAndSaidSo() {
    MarkupDocument doc =
        read(
            odt(
                "<text:tracked-changes>"
                    + "<text:changed-region text:id=\"c1\"><text:deletion>"
                    + "<text:p>Deleted words with a note."
                    + footnote(">9", "Deleted note.")
                    + "</text:p></text:deletion></text:changed-region>"
                    + "<text:changed-region text:id=\"c2\"><text:insertion/></text:changed-region>"
                    + "</text:tracked-changes>"
                    + "<text:p>Kept <text:change-start text:change-id=\"c2\"/>inserted"
                    + "<text:change-end text:change-id=\"c2\"/><text:change text:change-id=\"c1\"/>."
                    + footnote(">1", "The note.")
                    + "</text:p>",
                null));
    assertEquals("Kept inserted.", doc.text().get(0));
    assertEquals(List.of("The note."), texts(doc));
    assertTrue(
        doc.notices()
            .contains(
                "tracked changes read as if accepted: 1 insertion kept, 1 deletion left out;"
                    + " accept or reject them in the word processor to read another version"),
        doc.notices().toString());
  }

  @Test
  void withoutNotesTheLinksAreTheEntriesButNotLinksToPlacesInTheDocument() {
    MarkupDocument doc =
        read(
            odt(
                "<text:p><text:a xlink:href=\"#Intro\">Intro</text:a></text:p>"
                    + "<text:p>See <text:a xlink:href=\"https://a.example.org/\">a</text:a>.</text:p>"
                    + "<text:list><text:list-item><text:p>Item "
                    + "<text:a xlink:href=\"https://b.example.org/x\">b</text:a></text:p>"
                    + "</text:list-item></text:list>",
                null));
    assertEquals(2, doc.notes().size());
    assertNull(doc.notes().get(0).mark());
    assertEquals("https://b.example.org/x", doc.notes().get(1).links().get(0).href());
    assertEquals(3, doc.notes().get(1).line());
    assertEquals("Intro", doc.text().get(0));
  }
}
