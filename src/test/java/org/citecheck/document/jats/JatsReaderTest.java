package org.citecheck.document.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.junit.jupiter.api.Test;

/** JATS articles: footnotes, reference lists with their tagged fields, and hostile XML. */
class JatsReaderTest {

  private static final String DOCTYPE =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange"
          + " DTD v1.2 20190208//EN\" \"https://jats.nlm.nih.gov/archiving/1.2/JATS-archivearticle1.dtd\">\n";

  private static final String OPEN =
      "<article xmlns:xlink=\"http://www.w3.org/1999/xlink\" dtd-version=\"1.2\">";

  private static MarkupDocument read(String xml) {
    return JatsReader.read(xml, "a.xml");
  }

  @Test
  void footnotesAndMarkersAndTitleAndTheNlmDtdIsNotFetched() {
    // The DOCTYPE names the DTD by an https URL: the test passes offline, so it is not fetched.
    MarkupDocument doc =
        read(
            DOCTYPE
                + OPEN
                + "<front><article-meta><title-group><article-title>A Test Report</article-title>"
                + "</title-group></article-meta></front><body><sec><title>Intro</title>"
                + "<p>Claim one.<xref ref-type=\"fn\" rid=\"fn1\">1</xref> Two.<xref ref-type=\"fn\""
                + " rid=\"fn2\">2</xref></p></sec></body><back><fn-group>"
                + "<fn id=\"fn1\"><label>1</label><p>Jane Doe, <ext-link ext-link-type=\"uri\""
                + " xlink:href=\"https://news.example.org/story?a=1&amp;b=2\">A\n  Linked Title</ext-link>,"
                + " 2020.</p></fn><fn id=\"fn2\"><label>2</label><p>First.</p><p>Second"
                + " <uri>https://x.example.com/y</uri>.</p></fn></fn-group></back></article>");
    assertEquals("A Test Report", doc.title());
    assertEquals(
        List.of("Jane Doe, A Linked Title, 2020.", "First. Second https://x.example.com/y."),
        doc.notes().stream().map(MarkupNote::text).toList());
    assertEquals(List.of("1", "2"), doc.notes().stream().map(MarkupNote::mark).toList());
    assertEquals(
        List.of(new MarkupLink("https://news.example.org/story?a=1&b=2", "A Linked Title")),
        doc.notes().get(0).links());
    assertEquals("Claim one.1 Two.2", doc.text().get(1));
    assertEquals(
        List.of(new RaisedNumber(1, 1, 10, 0), new RaisedNumber(2, 1, 16, 0)), doc.markers());
    assertEquals("fn1", doc.notes().get(0).key());
  }

  @Test
  void elementCitationFieldsMapStraightIn() {
    MarkupDocument doc =
        read(
            OPEN
                + "<body><p>As shown<xref ref-type=\"bibr\" rid=\"r1\">[1]</xref>.</p></body><back><ref-list>"
                + "<ref id=\"r1\"><label>1</label><element-citation publication-type=\"journal\">"
                + "<person-group person-group-type=\"author\"><name><surname>Doe</surname>"
                + "<given-names>Jane</given-names></name><name><surname>Roe</surname>"
                + "<given-names>R.</given-names></name></person-group>"
                + "<person-group person-group-type=\"editor\"><name><surname>Ed</surname></name></person-group>"
                + "<article-title>A study</article-title><source>Journal of Tests</source>"
                + "<year>2020</year><month>Mar</month><day>3</day><volume>12</volume><issue>4</issue>"
                + "<fpage>45</fpage><lpage>67</lpage>"
                + "<pub-id pub-id-type=\"doi\">10.1000/xyz.123</pub-id>"
                + "<ext-link ext-link-type=\"uri\" xlink:href=\"https://journal.example.org/a/1\">link</ext-link>"
                + "<date-in-citation content-type=\"access-date\">cited 2021 May 5</date-in-citation>"
                + "</element-citation></ref></ref-list></back></article>");
    MarkupNote note = doc.notes().get(0);
    CitedFields fields = note.fields();
    assertEquals("journal", fields.type());
    assertEquals(List.of("Doe, Jane", "Roe, R."), fields.authors());
    assertEquals(List.of("Ed"), fields.editors());
    assertEquals("A study", fields.title());
    assertEquals("Journal of Tests", fields.container());
    assertEquals("2020-03-03", fields.date());
    assertEquals("12", fields.volume());
    assertEquals("4", fields.issue());
    assertEquals("45–67", fields.pages());
    assertEquals("10.1000/xyz.123", fields.doi());
    assertEquals("https://journal.example.org/a/1", fields.url());
    assertEquals("1", note.mark());
    assertEquals("r1", note.key());
    // Fields are set apart in the text, which has no punctuation of its own.
    assertTrue(
        note.text().startsWith("Doe Jane Roe R. Ed A study Journal of Tests 2020"), note.text());
    assertEquals(List.of(new RaisedNumber(1, 0, 8, 0)), doc.markers());
  }

  @Test
  void mixedCitationKeepsItsTextAndABookIsItsOwnTitle() {
    MarkupDocument doc =
        read(
            OPEN
                + "<back><ref-list><ref id=\"b\"><mixed-citation publication-type=\"book\">"
                + "<string-name><surname>Smith</surname>, <given-names>A.</given-names></string-name>"
                + " (<year>2001</year>). <source>A Book</source>. <publisher-loc>Oxford</publisher-loc>:"
                + " <publisher-name>OUP</publisher-name>.</mixed-citation></ref>"
                + "<ref id=\"c\"><mixed-citation>Plain text only, 1999.</mixed-citation></ref>"
                + "</ref-list></back></article>");
    MarkupNote book = doc.notes().get(0);
    assertEquals("Smith, A. (2001). A Book. Oxford: OUP.", book.text());
    assertEquals("A Book", book.fields().title());
    assertNull(book.fields().container());
    assertEquals("Oxford", book.fields().place());
    assertEquals("OUP", book.fields().publisher());
    assertEquals("2001", book.fields().date());
    assertNull(doc.notes().get(1).fields());
  }

  @Test
  void referencesBesideFootnotesCountOnFromThem() {
    MarkupDocument doc =
        read(
            OPEN
                + "<body><p>A<xref ref-type=\"fn\" rid=\"f\">1</xref> B<xref ref-type=\"bibr\" rid=\"r\">1</xref></p></body>"
                + "<back><fn-group><fn id=\"f\"><label>1</label><p>Note.</p></fn></fn-group>"
                + "<ref-list><ref id=\"r\"><label>1</label><mixed-citation>Ref.</mixed-citation></ref></ref-list></back></article>");
    assertEquals(
        List.of("1", "2"),
        doc.notes().stream().map(n -> n.mark() == null ? "2" : n.mark()).toList());
    assertNull(doc.notes().get(1).mark());
    assertEquals(List.of(1, 2), doc.markers().stream().map(RaisedNumber::number).toList());
  }

  @Test
  void anEntityBombIsRefusedNotExpanded() {
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n");
    bomb.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append(" <!ENTITY lol").append(i).append(" \"");
      bomb.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    bomb.append("]>\n").append(OPEN).append("<body><p>&lol9;</p></body></article>");
    CitecheckException e = assertThrows(CitecheckException.class, () -> read(bomb.toString()));
    assertEquals(
        "a.xml: refused: the XML declares its own entity 'lol0', which could expand without bound"
            + " or read a local file; it was not expanded",
        e.getMessage());
  }

  @Test
  void anExternalEntityIsRefusedAndNoFileIsRead() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE article [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
            + OPEN
            + "<body><p>&secret;</p></body></article>";
    CitecheckException e = assertThrows(CitecheckException.class, () -> read(xxe));
    assertTrue(
        e.getMessage().startsWith("a.xml: refused: the XML declares its own entity 'secret'"),
        e.getMessage());
    assertFalse(e.getMessage().contains("root:"), e.getMessage());
  }

  @Test
  void brokenXmlAndOtherRootsAreOneLine() {
    CitecheckException broken =
        assertThrows(CitecheckException.class, () -> read(OPEN + "<body><p>x</body></article>"));
    assertTrue(
        broken.getMessage().startsWith("a.xml: not well-formed XML at line 1, column "),
        broken.getMessage());
    assertFalse(broken.getMessage().contains("\n"));
    CitecheckException other =
        assertThrows(CitecheckException.class, () -> read("<?xml version=\"1.0\"?><feed/>"));
    assertEquals(
        "a.xml is XML but not a JATS article: its root element is <feed>, not <article>",
        other.getMessage());
  }

  @Test
  void recognisedByContentThenByName() {
    assertTrue(JatsReader.looksJats(DOCTYPE + OPEN));
    assertTrue(
        JatsReader.looksJats(
            "<article xmlns:ali=\"http://www.niso.org/schemas/ali/1.0/\" dtd-version=\"1.3\">"));
    assertTrue(
        JatsReader.looksJats(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD Journal Publishing DTD v3.0 20080202//EN\" \"journalpublishing3.dtd\">\n<article>"));
    assertFalse(JatsReader.looksJats("<article><p>HTML5 fragment</p></article>"));
    assertFalse(JatsReader.looksJats("<!DOCTYPE html><html><body><article>"));
    assertTrue(JatsReader.named("paper.nxml"));
    assertTrue(JatsReader.named("paper.XML"));
  }
}
