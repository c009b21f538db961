package org.citecheck.document.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.junit.jupiter.api.Test;

/** The notes of each producer's HTML, written as that producer writes it. */
class HtmlReaderTest {

  private static MarkupDocument read(String html) {
    return HtmlReader.read(html, null);
  }

  private static List<String> texts(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::text).toList();
  }

  private static List<String> marks(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::mark).toList();
  }

  @Test
  void pandocFootnotesWithoutTheirBackLinks() {
    MarkupDocument doc =
        read(
            """
            <!DOCTYPE html><html><head><title>A Test Report</title></head><body>
            <p>Claim one.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>
            Claim two.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>
            <section class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />
            <ol>
            <li id="fn1" role="doc-endnote"><p>Jane Doe, <a href="https://news.example.org/story?a=1&amp;b=2">A
            Linked Title</a>, 2020.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            <li id="fn2" role="doc-endnote"><p>First.</p><p>Second, <a href="https://x.example.com/y" class="uri">https://x.example.com/y</a>.<a
            href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            </ol></section></body></html>
            """);
    assertEquals(
        List.of("Jane Doe, A Linked Title, 2020.", "First. Second, https://x.example.com/y."),
        texts(doc));
    assertEquals(List.of("1", "2"), marks(doc));
    assertEquals(
        List.of(new MarkupLink("https://news.example.org/story?a=1&b=2", "A Linked Title")),
        doc.notes().get(0).links());
    assertEquals("A Test Report", doc.title());
    assertEquals("Claim one.1 Claim two.2", doc.text().get(0));
    assertEquals(
        List.of(new RaisedNumber(1, 0, 10, 0), new RaisedNumber(2, 0, 22, 0)), doc.markers());
    // The notes are not body: their lines are blank there.
    int noteLine = doc.notes().get(0).line();
    assertEquals("Jane Doe, A Linked Title, 2020.", doc.text().get(noteLine - 1));
    assertEquals("", doc.body().get(noteLine - 1));
  }

  @Test
  void pandocAsideFootnotes() {
    MarkupDocument doc =
        read(
            "<html><body><p>A<a href=\"#fn1\" class=\"footnote-ref\"><sup>1</sup></a></p>"
                + "<aside id=\"footnotes\" class=\"footnotes footnotes-end-of-section\"><ol>"
                + "<li id=\"fn1\"><p>Note, <a href=\"https://a.example.org/\">site</a>."
                + "<a href=\"#fnref1\" class=\"footnote-back\">↩︎</a></p></li></ol></aside></body></html>");
    assertEquals(List.of("Note, site."), texts(doc));
    assertEquals(1, doc.markers().size());
  }

  @Test
  void wikipediaReferencesWithoutCaretsAndBackLinks() {
    MarkupDocument doc =
        read(
            """
            <html><body><p>Fact.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>
            Other.<sup id="cite_ref-b_2-0" class="reference"><a href="#cite_note-b-2">[2]</a></sup></p>
            <div class="reflist"><ol class="references">
            <li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>
            <span class="reference-text"><cite class="citation web">Doe, Jane. <a rel="nofollow" class="external text"
            href="https://www.example.org/page">"Page"</a>. Site. Retrieved 3 March 2020.</cite></span></li>
            <li id="cite_note-b-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-b_2-0"><sup><i><b>a</b></i></sup></a></span>
            <span class="reference-text">Book, 2001.</span></li>
            </ol></div></body></html>
            """);
    assertEquals(
        List.of("Doe, Jane. \"Page\". Site. Retrieved 3 March 2020.", "Book, 2001."), texts(doc));
    assertEquals(List.of("1", "2"), marks(doc));
    assertEquals("https://www.example.org/page", doc.notes().get(0).links().get(0).href());
    assertEquals(List.of(1, 2), doc.markers().stream().map(RaisedNumber::number).toList());
  }

  @Test
  void footnotesMadeEasyAndWpFootnotes() {
    // The markup of Footnotes Made Easy (a fork of WP Footnotes), as its formatter writes it.
    MarkupDocument doc =
        read(
            "<html><body><p>Text<sup><a href=\"#footnote_0_42\" id=\"identifier_0_42\""
                + " class=\"footnote-link footnote-identifier-link\" title=\"Note\">1</a></sup>.</p>"
                + "<ol class=\"footnotes\"><li id=\"footnote_0_42\" class=\"footnote\">Report,"
                + " <a href=\"https://r.example.org/a.pdf\">PDF</a>.<span"
                + " class=\"footnote-back-link-wrapper\"> [<a href=\"#identifier_0_42\""
                + " class=\"footnote-link footnote-back-link\">↩</a>]</span></li></ol></body></html>");
    assertEquals(List.of("Report, PDF."), texts(doc));
    assertEquals(List.of(new RaisedNumber(1, 0, 4, 0)), doc.markers());
  }

  @Test
  void easyFootnotes() {
    MarkupDocument doc =
        read(
            "<html><body><p>Text<span class=\"easy-footnote-margin-adjust\" id=\"easy-footnote-1-7\"></span>"
                + "<span class=\"easy-footnote\"><a href=\"#easy-footnote-bottom-1-7\" title=\"x\"><sup>1</sup></a></span>.</p>"
                + "<div class=\"easy-footnote-title\"><h4>Notes</h4></div><ol class=\"easy-footnotes-wrapper\">"
                + "<li class=\"easy-footnote-single\"><span id=\"easy-footnote-bottom-1-7\" class=\"easy-footnote-margin-adjust\"></span>"
                + "<a href=\"https://en.wikipedia.org/wiki/A/B_testing\">Wikipedia page on A/B testing</a>"
                + "<a class=\"easy-footnote-to-top\" href=\"#easy-footnote-1-7\"></a></li></ol></body></html>");
    assertEquals(List.of("Wikipedia page on A/B testing"), texts(doc));
    assertEquals(
        "https://en.wikipedia.org/wiki/A/B_testing", doc.notes().get(0).links().get(0).href());
    assertEquals(1, doc.markers().size());
  }

  @Test
  void modernFootnotesBesideTheirMarkers() {
    MarkupDocument doc =
        read(
            "<html><body><p>Held<sup class=\"modern-footnotes-footnote\" data-mfn=\"1\">"
                + "<a href=\"javascript:void(0)\" role=\"button\">1</a></sup><span"
                + " class=\"modern-footnotes-footnote__note\" data-mfn=\"1\">Mapp v. Ohio, 367 U.S. 643"
                + " (1961), <a href=\"https://law.example.edu/mapp\">text</a>.</span> in 1961.</p></body></html>");
    assertEquals(List.of("Mapp v. Ohio, 367 U.S. 643 (1961), text."), texts(doc));
    assertEquals("Held1 in 1961.", doc.text().get(0));
    assertEquals(List.of(new RaisedNumber(1, 0, 4, 0)), doc.markers());
  }

  @Test
  void supLinksToTheirTargetsAnywhere() {
    MarkupDocument doc =
        read(
            "<html><body><p>One<sup><a href=\"#n2\">2</a></sup> two<sup><a href=\"#n1\">1</a></sup></p>"
                + "<hr><p id=\"n1\">1. First, <a href=\"https://one.example.org/\">one</a>.</p>"
                + "<div><p><a name=\"n2\"></a>2. Second.</p></div></body></html>");
    assertEquals(List.of("First, one.", "Second."), texts(doc));
    assertEquals(List.of("1", "2"), marks(doc));
    assertEquals(List.of(2, 1), doc.markers().stream().map(RaisedNumber::number).toList());
  }

  @Test
  void aListOrParagraphsUnderANotesHeading() {
    MarkupDocument list =
        read(
            "<html><body><p>Body.</p><h2>Endnotes</h2><ol start=\"3\"><li>Third,"
                + " <a href=\"https://c.example.org/\">c</a>.</li><li>Fourth.</li></ol>"
                + "<h2>About</h2><p>Not a note.</p></body></html>");
    assertEquals(List.of("Third, c.", "Fourth."), texts(list));
    assertEquals(List.of("3", "4"), marks(list));
    MarkupDocument paragraphs =
        read(
            "<html><body><h1>Report</h1><p>Body.</p><h2>Notes:</h2><p>1. Doe, Jane. 2020.</p>"
                + "<p>[2] Roe, <a href=\"https://r.example.org/\">Report</a>.</p><h2>Index</h2><p>x</p></body></html>");
    assertEquals(List.of("Doe, Jane. 2020.", "Roe, Report."), texts(paragraphs));
    assertEquals(List.of("1", "2"), marks(paragraphs));
    assertEquals("https://r.example.org/", paragraphs.notes().get(1).links().get(0).href());
  }

  @Test
  void withoutNotesEachBodyLinkIsAnEntry() {
    MarkupDocument doc =
        read(
            "<html><body><p>See <a href=\"https://a.example.org/\">A</a> and <a href=\"#top\">top</a>"
                + " and <a href=\"https://b.example.org/\">B</a>.</p></body></html>");
    assertEquals(List.of("A", "B"), texts(doc));
  }

  @Test
  void relativeLinksResolveAgainstTheBaseElementOrTheGivenBase() {
    String page =
        "<html><head>%s</head><body><p>A<sup><a href=\"#n1\">1</a></sup></p><ol class=\"footnotes\">"
            + "<li id=\"n1\"><a href=\"../files/r.pdf\">R</a>, <a href=\"//cdn.example.net/x\">X</a>,"
            + " <a href=\"https://abs.example.org/a%%20b\">abs</a>.</li></ol></body></html>";
    MarkupDocument given = HtmlReader.read(page.formatted(""), "https://site.example.org/a/b/");
    assertEquals(
        List.of(
            "https://site.example.org/a/files/r.pdf",
            "https://cdn.example.net/x",
            "https://abs.example.org/a%20b"),
        given.notes().get(0).links().stream().map(MarkupLink::href).toList());
    MarkupDocument based =
        HtmlReader.read(
            page.formatted("<base href=\"https://other.example.com/x/y/\">"),
            "https://site.example.org/a/b/");
    assertEquals(
        "https://other.example.com/x/files/r.pdf", based.notes().get(0).links().get(0).href());
    MarkupDocument none = HtmlReader.read(page.formatted(""), null);
    assertEquals("../files/r.pdf", none.notes().get(0).links().get(0).href());
    assertEquals(
        List.of(
            "2 relative links were left unresolved: the page has no <base href>; give --base-url"
                + " to resolve them"),
        none.notices());
  }

  @Test
  void scriptsAndStylesAreNotText() {
    MarkupDocument doc =
        read(
            "<html><head><style>p{}</style></head><body><script>var u='https://evil.example/';</script>"
                + "<p>A<sup><a href=\"#n1\">1</a></sup></p><ol class=\"footnotes\"><li id=\"n1\">Note."
                + "<script>document.write('<a href=\"https://x.example/\">x</a>')</script></li></ol></body></html>");
    assertEquals(List.of("Note."), texts(doc));
    assertTrue(doc.notes().get(0).links().isEmpty());
    assertFalse(String.join("\n", doc.text()).contains("evil"));
  }

  @Test
  void recognisedByContentThenByName() {
    assertTrue(HtmlReader.looksHtml("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(
        HtmlReader.looksHtml(
            "\uFEFF<?xml version=\"1.0\"?>\n<!-- x --><html xmlns=\"http://www.w3.org/1999/xhtml\">"));
    assertTrue(HtmlReader.looksHtml("<meta charset=utf-8>\n<head><title>t</title></head><body>"));
    assertFalse(HtmlReader.looksHtml("A report\n\nNotes\n1 Doe <body> text"));
    assertFalse(HtmlReader.looksHtml("# Title\n\nText.[^1]\n\n[^1]: <https://a.example.org/>"));
    assertTrue(HtmlReader.named("Report.HTML"));
    assertTrue(HtmlReader.named("r.htm"));
    assertTrue(HtmlReader.named("r.xhtml"));
    assertFalse(HtmlReader.named("r.xml"));
  }

  @Test
  void aDeeplyNestedPageIsReadWithoutOverflowingTheStack() {
    String open = "<div>".repeat(20_000);
    String close = "</div>".repeat(20_000);
    MarkupDocument doc =
        read(
            "<html><body>"
                + open
                + "<p>A<sup><a href=\"#n1\">1</a></sup></p>"
                + close
                + "<ol class=\"footnotes\"><li id=\"n1\">Note.</li></ol></body></html>");
    assertEquals(List.of("Note."), texts(doc));
  }
}
