package org.citecheck.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citecheck.notes.PrintedText;
import org.citecheck.notes.RawNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlScannerTest {

  /** Printed text (with '\n' line breaks) and the exact URL it cites. */
  static Stream<Arguments> repairs() {
    return Stream.of(
        // wrapped at a line break after each URL character that typesetters break at
        Arguments.of(
            "at: https://example.org/reports/\n2020/annual.pdf.",
            "https://example.org/reports/2020/annual.pdf"),
        Arguments.of(
            "at: https://example.org/a-long-\nslug-title/",
            "https://example.org/a-long-slug-title/"),
        Arguments.of(
            "at: https://example.org/middle_\neast/story.html",
            "https://example.org/middle_east/story.html"),
        Arguments.of(
            "at: https://example.org/search?\nq=karabakh&lang=en.",
            "https://example.org/search?q=karabakh&lang=en"),
        Arguments.of(
            "at: https://example.org/search?q=karabakh&\nlang=en.",
            "https://example.org/search?q=karabakh&lang=en"),
        Arguments.of(
            "at: https://example.org/search?q=\nkarabakh.",
            "https://example.org/search?q=karabakh"),
        Arguments.of("at: https://www.example.\norg/page.", "https://www.example.org/page"),
        Arguments.of(
            "at: https://example.org/view.php?id=12&\namp;x=1",
            "https://example.org/view.php?id=12&amp;x=1"),
        Arguments.of("at: https://example.org/a/b\n/c/d.html", "https://example.org/a/b/c/d.html"),
        // wrapped in the middle of a word or a number, at a line break or a space
        Arguments.of(
            "at: https://example.org/statements-and-mes\nsages/item/12/",
            "https://example.org/statements-and-messages/item/12/"),
        Arguments.of(
            "at: https://example.org/statements-and-mes sages/item/12/",
            "https://example.org/statements-and-messages/item/12/"),
        Arguments.of(
            "at: https://www.ipin st.org/wp-content/uploads/2016/05/1605\n -Chained-to-the-Caucasus.pdf.",
            "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf"),
        Arguments.of(
            "at: https://example.org/content/id/44119 39.",
            "https://example.org/content/id/4411939"),
        Arguments.of(
            "at: https://example.org/feature/2 020/11/19/slug",
            "https://example.org/feature/2020/11/19/slug"),
        Arguments.of(
            "at: https://tass.ru/mezhd unarodnaya-panorama/10023751?noredir =true.",
            "https://tass.ru/mezhdunarodnaya-panorama/10023751?noredir=true"),
        Arguments.of(
            "at: https://example.org/ PresidentPage/photos/a.10151996 474470315/101/.",
            "https://example.org/PresidentPage/photos/a.10151996474470315/101/"),
        Arguments.of(
            "at: https://www.washingtonpost. com/world/2020/10/13 /2cdca1e6_ story.html.",
            "https://www.washingtonpost.com/world/2020/10/13/2cdca1e6_story.html"),
        // query strings broken inside a value
        Arguments.of(
            "at: https://example.org/?fbclid=IwAR0Fxh9x luqFMXcvcLu3\nabcDEF. With the treaty",
            "https://example.org/?fbclid=IwAR0Fxh9xluqFMXcvcLu3abcDEF"),
        Arguments.of(
            "at: https://example.org/p?a=1&b=2&\nc=3&d=\n4",
            "https://example.org/p?a=1&b=2&c=3&d=4"),
        // trailing sentence punctuation and brackets
        Arguments.of("(see https://example.org/x).", "https://example.org/x"),
        Arguments.of(
            "at https://en.wikipedia.org/wiki/Karabakh_(region).",
            "https://en.wikipedia.org/wiki/Karabakh_(region)"),
        Arguments.of("\"https://example.org/quoted\",", "https://example.org/quoted"),
        Arguments.of("at: https://example.org/a/; Lavrov", "https://example.org/a/"),
        Arguments.of("at: https://example.org/page/. Next sentence", "https://example.org/page/"),
        // what follows a URL in other citation styles
        Arguments.of(
            "Available at: https://example.org/report (accessed 2 May 2020).",
            "https://example.org/report"),
        Arguments.of(
            "Available at: https://example.org/report [Accessed 2 May 2020].",
            "https://example.org/report"),
        Arguments.of(
            "https://example.org/report, accessed 2 May 2020.", "https://example.org/report"),
        Arguments.of(
            "https://example.org/report. Accessed 2 May 2020.", "https://example.org/report"),
        Arguments.of(
            "Retrieved from https://example.org/report on 2 May 2020",
            "https://example.org/report"),
        Arguments.of(
            "URL: https://example.org/report last accessed 2 May 2020",
            "https://example.org/report"),
        Arguments.of(
            "at https://example.org/report.pdf and elsewhere", "https://example.org/report.pdf"),
        Arguments.of("at https://example.org/report May 2020", "https://example.org/report"),
        Arguments.of(
            "at: https://example.org/story/.\n10000 Next note", "https://example.org/story/"),
        Arguments.of("at: https://www.example.\norg", "https://www.example.org"),
        // angle brackets: whitespace inside is never part of the URL
        Arguments.of(
            "<https://example.org/a/very/\nlong-path> (accessed 2 May 2020)",
            "https://example.org/a/very/long-path"),
        Arguments.of("<https://exam ple.org/x y>", "https://example.org/xy"),
        // a scheme broken by spaces, a bare host, IRIs
        Arguments.of("at: https: //example.org/x", "https://example.org/x"),
        // hyperref breaks a URL after its scheme: the line break sits where the space would
        Arguments.of("at: https:\n//example.org/x", "https://example.org/x"),
        Arguments.of(
            "Smith (2020) www.example.com/page accessed 3 May", "https://www.example.com/page"),
        Arguments.of(
            "at: https://www.dw.com/tr/erdoğan-dağlık-karabağda-çözüm-vakti-geldi/a-55079318.",
            "https://www.dw.com/tr/erdoğan-dağlık-karabağda-çözüm-vakti-geldi/a-55079318"),
        Arguments.of(
            "at: https://example.org/%D0%9F%D1%83/x.", "https://example.org/%D0%9F%D1%83/x"),
        // ftp URLs are cited too (check skips them)
        Arguments.of(
            "Data at ftp://ftp.example.org/pub/data/file.txt.",
            "ftp://ftp.example.org/pub/data/file.txt"),
        Arguments.of(
            "at: FTP://ftp.example.org/pub/\nreadme.txt", "ftp://ftp.example.org/pub/readme.txt"),
        // hosts printed without a scheme or www. (the Public Suffix List says what a host is)
        Arguments.of(
            "\"2019 Indicators,\" Some Index, someindex.org/2019-indicators/#G",
            "https://someindex.org/2019-indicators/#G"),
        Arguments.of(
            "Agency report, agency.gov.uk/publications/annual-report-2020.pdf.",
            "https://agency.gov.uk/publications/annual-report-2020.pdf"),
        Arguments.of(
            "Data: data.statbank.de/tables?id=12&lang=en, accessed 2 May 2020.",
            "https://data.statbank.de/tables?id=12&lang=en"),
        Arguments.of(
            "See example.museum/collection/item-12 for the object.",
            "https://example.museum/collection/item-12"),
        Arguments.of("Watch Group, Annual Review, watchgroup.org.", "https://watchgroup.org"),
        Arguments.of(
            "Watch Group, Annual Review, available at: watchgroup.ngo (accessed 3 May 2021)",
            "https://watchgroup.ngo"),
        Arguments.of(
            "Open Data Lab, \"Report\", opendatalab.org/reports/\nannual-2019/",
            "https://opendatalab.org/reports/annual-2019/"),
        Arguments.of("(someindex.org/2019/x)", "https://someindex.org/2019/x"),
        Arguments.of(
            "Regional Audit Office, 3 April 2021, eurodesk.\norg/2012-courts-a/#E.",
            "https://eurodesk.org/2012-courts-a/#E"),
        Arguments.of(
            "Health Board, data.healthboard.\nco.uk/of/2006/x.html, accessed 2020",
            "https://data.healthboard.co.uk/of/2006/x.html"),
        // a scheme at the end of a line stays what it was
        Arguments.of(
            "Report, http://\nwww.example.org/page.html.", "http://www.example.org/page.html"),
        Arguments.of("Report, https://\nexample.org/a/b", "https://example.org/a/b"),
        Arguments.of(
            "Report, ftp://\nftp.example.org/pub/x.txt", "ftp://ftp.example.org/pub/x.txt"),
        // a URL glued to the word before it
        Arguments.of("Link here: ternhttps://github.com/org/tool", "https://github.com/org/tool"),
        Arguments.of("Source code2020http://example.org/code.zip.", "http://example.org/code.zip"),
        // spaces typeset around = and & in a query string
        Arguments.of(
            "at: http://www.example.com/getimg.asp?if = avpidx&DOCID = 2085299379/9491.",
            "http://www.example.com/getimg.asp?if=avpidx&DOCID=2085299379/9491"),
        Arguments.of(
            "at: https://example.org/search?q=water & lang=en & page = 2.",
            "https://example.org/search?q=water&lang=en&page=2"),
        Arguments.of(
            "at: https://example.org/view.php?id=88269&\nlang=en.",
            "https://example.org/view.php?id=88269&lang=en"),
        // a break right after a dot of the host or before an extension
        Arguments.of("at: http://www.some-center.\norg.", "http://www.some-center.org"),
        Arguments.of(
            "at: http://www.some-center.\norg/research/paper.pdf.",
            "http://www.some-center.org/research/paper.pdf"),
        Arguments.of(
            "at: https://www.example.org/guide-for-providers.\nhtml",
            "https://www.example.org/guide-for-providers.html"),
        Arguments.of(
            "at: https://www.example.org/files/report.\npdf. Next",
            "https://www.example.org/files/report.pdf"),
        Arguments.of(
            "at: https://www.example.gov/sbi-a/\nsept2001/page.htm",
            "https://www.example.gov/sbi-a/sept2001/page.htm"),
        Arguments.of("at: https://data.\nexample.org/x", "https://data.example.org/x"),
        // DOIs become resolver URLs
        Arguments.of("doi:10.1000/xyz123. Next", "https://doi.org/10.1000/xyz123"),
        Arguments.of("DOI: 10.5771/9783748922339-06", "https://doi.org/10.5771/9783748922339-06"),
        Arguments.of(
            "Journal 12(3): 45-67. 10.1093/ia/iiaa123.", "https://doi.org/10.1093/ia/iiaa123"),
        Arguments.of("https://doi.org/10.1000/\nabc-def", "https://doi.org/10.1000/abc-def"),
        Arguments.of("http://dx.doi.org/10.1000/abc", "http://dx.doi.org/10.1000/abc"));
  }

  @ParameterizedTest
  @MethodSource("repairs")
  void repairsTheUrl(String printed, String expected) {
    List<FoundUrl> found = UrlScanner.scan(PrintedText.of(printed));
    assertEquals(1, found.size(), () -> "URLs found in: " + printed + " -> " + found);
    assertEquals(expected, found.get(0).best());
    assertEquals(expected, found.get(0).candidates().get(0));
  }

  @Test
  void keepsPrintedFormWithItsBreaks() {
    FoundUrl url = UrlScanner.scan(PrintedText.of("at: https://www.ipin st.org/a\n-b.pdf.")).get(0);
    assertEquals("https://www.ipin st.org/a\n-b.pdf", url.printed());
  }

  @Test
  void continuesAcrossPageBreakAfterListMarker() {
    List<RawNote.Line> lines = new ArrayList<>();
    lines.add(new RawNote.Line(10, "Deutsche Welle, at: https://www.dw.com/tr/er", false, false));
    lines.add(
        new RawNote.Line(12, "doğan-dağlık-karabağda-çözüm-vakti-geld i/a-55079318.", true, true));
    FoundUrl url = UrlScanner.scan(PrintedText.of(lines)).get(0);
    assertEquals(
        "https://www.dw.com/tr/erdoğan-dağlık-karabağda-çözüm-vakti-geldi/a-55079318", url.best());
    assertTrue(
        url.candidates()
            .contains(
                "https://www.dw.com/tr/er-doğan-dağlık-karabağda-çözüm-vakti-geldi/a-55079318"),
        "the list marker read as a hyphen is a candidate: " + url.candidates());
    assertEquals(
        "https://www.dw.com/tr/er\n- doğan-dağlık-karabağda-çözüm-vakti-geld i/a-55079318",
        url.printed());
  }

  @Test
  void hyphenAtLineBreakGivesBothReadingsHyphenFirst() {
    FoundUrl url =
        UrlScanner.scan(PrintedText.of("at: https://example.org/some-\nthing/else")).get(0);
    assertEquals(
        List.of("https://example.org/some-thing/else", "https://example.org/something/else"),
        url.candidates());
  }

  @Test
  void uncertainBreakKeepsBothReadings() {
    FoundUrl url =
        UrlScanner.scan(PrintedText.of("at: https://example.org/revolyutsii-dron ov. On diplomacy"))
            .get(0);
    assertEquals("https://example.org/revolyutsii-dronov", url.best());
    assertTrue(
        url.candidates().contains("https://example.org/revolyutsii-dron"),
        url.candidates().toString());
  }

  @Test
  void neverOffersAHostCutShort() {
    FoundUrl url = UrlScanner.scan(PrintedText.of("at: https://www.ipin st.org/x")).get(0);
    assertEquals(List.of("https://www.ipinst.org/x"), url.candidates());
  }

  @Test
  void bareHostGetsHttpsFirstThenHttp() {
    FoundUrl url = UrlScanner.scan(PrintedText.of("see www.example.com/page.")).get(0);
    assertEquals(
        List.of("https://www.example.com/page", "http://www.example.com/page"), url.candidates());
    assertEquals("www.example.com/page", url.printed());
  }

  @Test
  void findsSeveralUrlsAndDois() {
    List<FoundUrl> found =
        UrlScanner.scan(
            PrintedText.of(
                "at: https://a.example.org/x; see https://b.example.org/y and doi:10.1000/z."));
    assertEquals(3, found.size());
    assertEquals("https://a.example.org/x", found.get(0).best());
    assertEquals("https://b.example.org/y", found.get(1).best());
    assertEquals("10.1000/z", found.get(2).doi());
  }

  @Test
  void aUrlRightAfterAnotherStartsANewOne() {
    List<FoundUrl> found =
        UrlScanner.scan(PrintedText.of("https://a.example.org/x https://b.example.org/y"));
    assertEquals(2, found.size());
  }

  static Stream<String> noUrls() {
    return Stream.of(
        "Example.org is a great resource for teachers.",
        "example.org is a great resource for teachers.",
        "The file readme.md explains it, as does setup.py.",
        "Write to jane.doe@example.org for a copy.",
        "See pp. 10.5 and e.g. the U.S. figures, i.e. most of them.",
        "The report.pdf was sent to the board.",
        "The town of St.Petersburg and Mr.Smith met in Vol.II.",
        "He worked at Amazon.com and later Booking.com in Amsterdam.",
        "It ended.The next sentence started without a space.",
        "It ended.\nIn the next line, and/or the one after.");
  }

  @ParameterizedTest
  @MethodSource("noUrls")
  void proseWithDotsIsNoUrl(String text) {
    assertEquals(List.of(), UrlScanner.scan(PrintedText.of(text)), text);
  }

  @Test
  void everyUrlOfANoteIsFound() {
    List<FoundUrl> found =
        UrlScanner.scan(
            PrintedText.of(
                "Tooling includes a https://github.com/org/one and https://github.com/org/two\nand\nsomeindex.org/three/ and www.example.org/four"));
    assertEquals(
        List.of(
            "https://github.com/org/one",
            "https://github.com/org/two",
            "https://someindex.org/three/",
            "https://www.example.org/four"),
        found.stream().map(FoundUrl::best).toList());
  }

  @Test
  void aHeadingAloneOnTheNextLineEndsTheUrl() {
    FoundUrl url =
        UrlScanner.scan(PrintedText.of("at: https://example.org/products/overview/\nEsempio"))
            .get(0);
    assertEquals("https://example.org/products/overview/", url.best());
  }

  @Test
  void aBareHostKeepsHttpAsACandidate() {
    FoundUrl url = UrlScanner.scan(PrintedText.of("Index, someindex.org/2019/")).get(0);
    assertEquals(
        List.of("https://someindex.org/2019/", "http://someindex.org/2019/"), url.candidates());
    assertEquals("someindex.org/2019/", url.printed());
  }

  @Test
  void ignoresEmailAddressesAndTextWithoutUrls() {
    assertTrue(
        UrlScanner.scan(
                PrintedText.of("Write to someone@www.example.org or see page 10.5 of the report."))
            .isEmpty());
  }

  /**
   * A URL whose only reading cuts its host short (the line broke after the host's dot and the rest
   * went elsewhere) is not offered at all.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nina Berg, \"Records,\" https://www.eurodesk.",
        "Nina Berg, \"Records,\" http://policy-review.",
        "Nina Berg, \"Records,\" https://www.data-commons"
      })
  void aUrlWhoseOnlyReadingCutsItsHostShortIsNotOffered(String note) {
    assertEquals(List.of(), UrlScanner.scan(PrintedText.of(note)));
  }
}
