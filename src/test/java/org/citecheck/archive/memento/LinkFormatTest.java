package org.citecheck.archive.memento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkFormatTest {

  /** The TimeMap from web-archives.md, one entry a line, comma-terminated. */
  static final String TIMEMAP =
      """
      <http://example.org/page>; rel="original",
      <http://web.archive.org/web/timemap/link/http://example.org/page>; rel="self"; type="application/link-format"; from="Fri, 24 Feb 2012 10:27:47 GMT",
      <http://web.archive.org>; rel="timegate",
      <http://web.archive.org/web/20120224102747/http://example.org/page>; rel="first memento"; datetime="Fri, 24 Feb 2012 10:27:47 GMT",
      <http://web.archive.org/web/20150101000000/http://example.org/page>; rel="memento"; datetime="Thu, 01 Jan 2015 00:00:00 GMT",
      """;

  @Test
  void readsEveryEntryWithItsCombinedRelationsAndQuotedCommas() {
    List<LinkFormat.Link> links = LinkFormat.parse(TIMEMAP);

    assertEquals(5, links.size());
    assertEquals(Set.of("original"), links.get(0).rels());
    assertEquals("application/link-format", links.get(1).param("type"));
    assertEquals("Fri, 24 Feb 2012 10:27:47 GMT", links.get(1).param("from"));
    assertEquals(Set.of("first", "memento"), links.get(3).rels());
    assertTrue(links.get(3).has("memento"));
    assertEquals(
        "http://web.archive.org/web/20150101000000/http://example.org/page", links.get(4).uri());
    assertEquals(
        LocalDateTime.of(2015, 1, 1, 0, 0), HttpDates.parse(links.get(4).param("datetime")));
  }

  @Test
  void readsALinkHeaderOnOneLine() {
    String header =
        "<http://a.example.org/>; rel=\"original\", "
            + "<http://arxiv.example.net/timemap/http://a.example.org/>; rel=\"timemap\"; "
            + "type=\"application/link-format\"; from=\"Tue, 15 Sep 2000 11:28:26 GMT\"; "
            + "until=\"Wed, 20 Jan 2010 09:34:33 GMT\"";

    List<LinkFormat.Link> links = LinkFormat.parse(header);

    assertEquals(2, links.size());
    assertTrue(links.get(1).has("timemap"));
    assertEquals("Wed, 20 Jan 2010 09:34:33 GMT", links.get(1).param("until"));
  }

  @Test
  void unquotedValuesUppercaseRelsAndGarbageDoNotBreakIt() {
    List<LinkFormat.Link> links =
        LinkFormat.parse(
            "junk <http://x.example/a,b>;REL=Memento;datetime=bad, <http://y.example/>");

    assertEquals(2, links.size());
    assertEquals("http://x.example/a,b", links.get(0).uri());
    assertEquals(Set.of("memento"), links.get(0).rels());
    assertEquals(null, HttpDates.parse(links.get(0).param("datetime")));
    assertEquals(Set.of(), links.get(1).rels());
  }

  @Test
  void writesAcceptDatetimeAsAnImfFixdate() {
    assertEquals(
        "Tue, 01 Sep 2020 23:59:59 GMT",
        HttpDates.format(LocalDateTime.of(2020, 9, 1, 23, 59, 59)));
  }
}
