package org.citecheck.check.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citecheck.verdict.PageMetadata;
import org.junit.jupiter.api.Test;

/** Each metadata convention alone, conventions that contradict each other, and hostile pages. */
class PageMetadataReaderTest {

  private static PageMetadata read(String html) {
    return PageParser.parse(
            html.getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8",
            "https://example.org/a")
        .metadata();
  }

  @Test
  void highwireTagsOfAJournalPage() {
    PageMetadata page =
        read(
            """
            <html lang="en"><head><title>Borders | Wiley Online Library</title>
            <meta name="citation_title" content="Borders and Belonging">
            <meta name="citation_author" content="Smith, Jane">
            <meta name="citation_author" content="Doe, John">
            <meta name="citation_publication_date" content="2016/05/01">
            <meta name="citation_journal_title" content="Journal of Peace Studies">
            <meta name="citation_doi" content="10.1111/JPS.12345">
            </head><body></body></html>""");
    assertEquals("Borders and Belonging", page.title());
    assertEquals(List.of("Smith, Jane", "Doe, John"), page.authors());
    assertEquals("2016-05-01", page.published());
    assertEquals("Journal of Peace Studies", page.siteName());
    assertEquals("ScholarlyArticle", page.type());
    assertEquals("10.1111/jps.12345", page.doi());
    assertEquals("en", page.language());
  }

  @Test
  void jsonLdNewsArticleInsideAGraphWithAuthorsByReference() {
    PageMetadata page =
        read(
            """
            <html><head><title>Talks stall – The Guardian</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "@id": "https://example.org/a#page", "name": "Talks stall – The Guardian"},
              {"@type": "NewsArticle", "headline": "Talks stall over border",
               "author": [{"@id": "https://example.org/#p1"}, {"@type": "Person", "name": "Ann Lee"}],
               "datePublished": "2020-11-03T08:15:00+00:00",
               "publisher": {"@type": "Organization", "name": "The Guardian"},
               "inLanguage": "en-GB"},
              {"@type": "Person", "@id": "https://example.org/#p1", "name": "Bob Stone"}
            ]}
            </script></head><body></body></html>""");
    assertEquals("Talks stall over border", page.title());
    assertEquals(List.of("Bob Stone", "Ann Lee"), page.authors());
    assertEquals("2020-11-03", page.published());
    assertEquals("The Guardian", page.siteName());
    assertEquals("NewsArticle", page.type());
    assertEquals("en-GB", page.language());
  }

  @Test
  void jsonLdAsATopLevelArray() {
    PageMetadata page =
        read(
            """
            <script type="application/ld+json">
            [{"@type": "BreadcrumbList"}, {"@type": ["Report"], "name": "Annual Report 2019",
              "author": {"@type": "Organization", "name": "OSCE"}, "datePublished": "2020-03"}]
            </script>""");
    assertEquals("Annual Report 2019", page.title());
    assertEquals(List.of("OSCE"), page.authors());
    assertEquals("2020-03", page.published());
    assertEquals("Report", page.type());
  }

  @Test
  void dublinCoreOpenGraphAndPlainHtml() {
    PageMetadata dc =
        read(
            """
            <meta name="DC.title" content="Minority Rights">
            <meta name="DC.creator" content="Maria Rossi">
            <meta name="DC.date" content="2019-12-31">
            <meta name="DC.publisher" content="Think Tank">
            <meta name="DC.language" content="it">""");
    assertEquals("Minority Rights", dc.title());
    assertEquals(List.of("Maria Rossi"), dc.authors());
    assertEquals("2019-12-31", dc.published());
    assertEquals("Think Tank", dc.siteName());
    assertEquals("it", dc.language());

    PageMetadata og =
        read(
            """
            <head><title>ignored</title>
            <meta property="og:title" content="Crisis Update">
            <meta property="og:site_name" content="Crisis Group">
            <meta property="og:type" content="article">
            <meta property="og:url" content="https://crisis.example/update">
            <meta property="article:published_time" content="2021-02-05T10:00:00Z">
            <meta property="article:author" content="https://www.facebook.com/someone">
            <meta name="author" content="Karl Weber">
            </head>""");
    assertEquals("Crisis Update", og.title());
    assertEquals("Crisis Group", og.siteName());
    assertEquals("article", og.type());
    assertEquals("https://crisis.example/update", og.canonical());
    assertEquals("2021-02-05", og.published());
    // article:author is a profile URL here, not a name: the plain author meta is taken instead.
    assertEquals(List.of("Karl Weber"), og.authors());

    PageMetadata plain =
        read(
            """
            <html lang="de"><head><title>Bericht | Example Site</title>
            <meta property="og:site_name" content="Example Site">
            <link rel="canonical" href="/bericht"></head>
            <body><article><time datetime="2018-07-09">9 July</time></article></body></html>""");
    assertEquals("Bericht", plain.title());
    assertEquals("2018-07-09", plain.published());
    assertEquals("https://example.org/bericht", plain.canonical());
    assertEquals("de", plain.language());
  }

  @Test
  void contradictionsFollowThePrecedenceAndTheSiteIsNeverAnAuthor() {
    PageMetadata page =
        read(
            """
            <head><title>Wrong title | The Outlet</title>
            <meta property="og:title" content="OG title">
            <meta name="DC.title" content="DC title">
            <meta name="DC.date" content="2001-01-01">
            <meta property="og:site_name" content="The Outlet">
            <meta name="author" content="The Outlet">
            <script type="application/ld+json">{"@type": "Article", "headline": "LD title",
              "datePublished": "2015-06-07", "author": {"@type": "Organization", "name": "The Outlet"}}
            </script>
            <meta name="citation_title" content="Highwire title">
            <meta name="citation_date" content="2014">
            </head>""");
    assertEquals("Highwire title", page.title());
    assertEquals("2014", page.published());
    assertEquals(List.of(), page.authors(), "the site's name is never an author");
  }

  @Test
  void jsonLdBeatsDublinCoreAndOpenGraph() {
    PageMetadata page =
        read(
            """
            <meta property="og:title" content="OG title">
            <meta name="DC.title" content="DC title">
            <script type="application/ld+json">{"@type": "Article", "headline": "LD title"}</script>""");
    assertEquals("LD title", page.title());
  }

  @Test
  void scriptInATitleIsTextNeverMarkup() {
    PageMetadata page =
        read(
            """
            <meta name="citation_title" content="<script>alert(1)</script>Real\u202e title">
            <meta name="citation_author" content="Eve\u001b[31m Red">""");
    assertEquals("<script>alert(1)</script>Real title", page.title(), "kept as text, cleaned");
    assertEquals(List.of("Eve Red"), page.authors(), "terminal escapes removed");
  }

  @Test
  void tenMegabytesOfJsonLdIsSkippedAndTheRestStillRead() {
    String huge = "{\"@type\": \"Article\", \"headline\": \"" + "x".repeat(10_000_000) + "\"}";
    long started = System.nanoTime();
    PageMetadata page =
        read(
            "<meta property=\"og:title\" content=\"Fallback\"><script type=\"application/ld+json\">"
                + huge
                + "</script>");
    assertEquals("Fallback", page.title());
    assertTrue(System.nanoTime() - started < 30_000_000_000L);
  }

  @Test
  void deepNestingIsRefusedWithoutAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    PageMetadata page =
        read(
            "<script type=\"application/ld+json\">"
                + deep
                + "</script><script type=\"application/ld+json\">"
                + "{\"@type\": \"Article\", \"headline\": \"Still read\","
                + " \"author\": "
                + "{\"a\":".repeat(60)
                + "1"
                + "}".repeat(60)
                + "}</script><meta name=\"DC.title\" content=\"DC\">");
    // The second block is too deep as a whole: nothing from it, the Dublin Core title instead.
    assertEquals("DC", page.title());
  }

  @Test
  void longValuesAreCapped() {
    PageMetadata page =
        read("<meta name=\"citation_title\" content=\"" + "word ".repeat(1000) + "\">");
    assertTrue(page.title().codePointCount(0, page.title().length()) <= PageParser.MAX_TITLE + 1);
  }

  @Test
  void datesAndDoisAreNormalised() {
    assertEquals("2016-05-01", PageMetadataReader.date("2016/05/01"));
    assertEquals("2016-05", PageMetadataReader.date("2016-5"));
    assertEquals("2016-02", PageMetadataReader.date("2016-02-30"), "an impossible day is dropped");
    assertNull(PageMetadataReader.date("May 2016"));
    assertNull(PageMetadataReader.date("2016-13-01"));
    assertEquals("10.1000/182", PageMetadataReader.doi("https://doi.org/10.1000/182"));
    assertEquals("10.1000/182", PageMetadataReader.doi("doi:10.1000/182."));
    assertNull(PageMetadataReader.doi("not a doi"));
  }

  @Test
  void aPageWithoutMetadataSaysNothing() {
    PageMetadata page = read("<html><body><p>Hello</p></body></html>");
    assertTrue(page.isEmpty());
    assertFalse(read("<title>Only a title</title>").isEmpty());
  }

  @Test
  void theTitleCheckComparesWithTheMetadataTitleFirst() {
    PageTitles titles =
        PageParser.parse(
            """
            <title>Home</title><meta name="citation_title" content="Borders and Belonging">"""
                .getBytes(StandardCharsets.UTF_8),
            "text/html",
            "https://example.org/");
    assertEquals("Borders and Belonging", titles.candidates().get(0));
  }
}
