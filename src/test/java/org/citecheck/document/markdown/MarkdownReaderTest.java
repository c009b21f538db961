package org.citecheck.document.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static MarkupDocument read(String... lines) {
    return MarkdownReader.read(List.of(lines));
  }

  @Test
  void footnotesAreNumberedByTheirFirstReferenceNotByTheirLabels() {
    MarkupDocument doc =
        read(
            "Claim one.[^b] Claim two.[^a] Again.[^b]",
            "",
            "[^a]: Second note, https://a.example.org/.",
            "[^b]: First note.");
    assertEquals(List.of("First note.", "Second note, https://a.example.org/."), texts(doc));
    assertEquals(List.of("1", "2"), doc.notes().stream().map(MarkupNote::mark).toList());
    assertEquals(4, doc.notes().get(0).line());
    // Every reference is a marker, the repeated one too, at its place in the source.
    assertEquals(
        List.of(
            new RaisedNumber(1, 0, 10, 0),
            new RaisedNumber(2, 0, 25, 0),
            new RaisedNumber(1, 0, 36, 0)),
        doc.markers());
  }

  @Test
  void aDefinitionNoReferencePointsToComesLast() {
    MarkupDocument doc = read("Text.[^x]", "", "[^y]: Orphan.", "", "[^x]: Used.");
    assertEquals(List.of("Used.", "Orphan."), texts(doc));
  }

  @Test
  void linksGiveExactTargetsWhateverTheirForm() {
    MarkupDocument doc =
        read(
            "Text.[^1]",
            "",
            "[^1]: An [inline](https://one.example.org/a_b) link, an autolink"
                + " <https://two.example.org/x?y=1&z=2>, and a [reference][ref] link.",
            "",
            "[ref]: https://three.example.org/path \"Title\"");
    assertEquals(
        List.of(
            new MarkupLink("https://one.example.org/a_b", "inline"),
            new MarkupLink(
                "https://two.example.org/x?y=1&z=2", "https://two.example.org/x?y=1&z=2"),
            new MarkupLink("https://three.example.org/path", "reference")),
        doc.notes().get(0).links());
    assertEquals(
        "An inline link, an autolink https://two.example.org/x?y=1&z=2, and a reference link.",
        doc.notes().get(0).text());
  }

  @Test
  void aFootnoteOfSeveralParagraphsIsOneNoteAndItsIndentedLinesStayInIt() {
    MarkupDocument doc =
        read(
            "Text.[^long]",
            "",
            "[^long]: First paragraph,",
            "    continued.",
            "",
            "    Second paragraph with *emphasis* and `code`.",
            "",
            "Body again.");
    assertEquals(
        List.of("First paragraph, continued. Second paragraph with emphasis and code."),
        texts(doc));
    assertEquals("Body again.", doc.body().get(7));
    assertEquals("", doc.body().get(2));
  }

  @Test
  void inlineFootnotesAreNotesInTheirPlace() {
    MarkupDocument doc =
        read(
            "One.[^1] Two.^[Inline, <https://i.example.org/>.] Three.[^3]",
            "",
            "[^1]: A.",
            "[^3]: C.");
    assertEquals(List.of("A.", "Inline, https://i.example.org/.", "C."), texts(doc));
  }

  @Test
  void withoutFootnotesANotesHeadingOverANumberedListGivesTheNotes() {
    MarkupDocument doc =
        read(
            "# Report",
            "",
            "A claim.",
            "",
            "## Notes",
            "",
            "3. Third note starts the list, [site](https://s.example.org/).",
            "4. Fourth note.");
    assertEquals(List.of("3", "4"), doc.notes().stream().map(MarkupNote::mark).toList());
    assertEquals("Report", doc.title());
    assertEquals(7, doc.notes().get(0).line());
  }

  @Test
  void aReadmeWithoutNotesGivesOneEntryPerLinkOutsideCode() {
    MarkupDocument doc =
        read(
            "# Tool",
            "",
            "See [the docs](https://docs.example.org/) and <https://example.com/x>.",
            "",
            "```",
            "[not a link](https://code.example.org/)",
            "```");
    assertEquals(2, doc.notes().size());
    assertNull(doc.notes().get(0).mark());
    assertEquals("https://docs.example.org/", doc.notes().get(0).links().get(0).href());
  }

  @Test
  void yamlFrontMatterGivesTheTitleAndKeepsLineNumbers() {
    MarkupDocument doc =
        read("---", "title: \"The Title\"", "author: X", "---", "", "Text.[^1]", "", "[^1]: N.");
    assertEquals("The Title", doc.title());
    assertEquals(8, doc.notes().get(0).line());
    assertEquals(5, doc.markers().get(0).line());
  }

  @Test
  void recognisedByFootnoteDefinitionsOrByName() {
    assertTrue(MarkdownReader.hasFootnotes("text\n\n[^1]: a note"));
    assertFalse(MarkdownReader.hasFootnotes("1. a numbered note\n2. another"));
    assertTrue(MarkdownReader.named("README.md"));
    assertTrue(MarkdownReader.named("notes.MARKDOWN"));
    assertFalse(MarkdownReader.named("notes.txt"));
  }

  @Test
  void tenThousandFootnotesAreRead() {
    StringBuilder body = new StringBuilder();
    StringBuilder defs = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      body.append("Claim ").append(i).append(".[^").append(i).append("] ");
      defs.append("[^")
          .append(i)
          .append("]: Note ")
          .append(i)
          .append(", https://h")
          .append(i % 50)
          .append(".example.org/")
          .append(i)
          .append('\n');
    }
    MarkupDocument doc = MarkdownReader.read((body + "\n\n" + defs).lines().toList());
    assertEquals(10_000, doc.notes().size());
    assertEquals("Note 10000, https://h0.example.org/10000", doc.notes().get(9_999).text());
  }

  private static List<String> texts(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::text).toList();
  }
}
