package org.citecheck.archive.wayback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citecheck.archive.snapshot.Capture;
import org.junit.jupiter.api.Test;

class WaybackEndpointsTest {

  @Test
  void theDefaultsAreArchiveOrgForAvailabilityAndWebArchiveOrgForTheRest() {
    WaybackEndpoints endpoints = WaybackEndpoints.of(null);
    assertEquals("https://archive.org/wayback/available", endpoints.availability().toString());
    assertEquals("https://web.archive.org/cdx/search/cdx", endpoints.cdx().toString());
    assertEquals(
        "https://web.archive.org/save/status/spn2-abc",
        endpoints.saveStatus("spn2-abc").toString());
  }

  @Test
  void aBaseReplacesBothOriginsAndKeepsThePaths() {
    WaybackEndpoints mirror = WaybackEndpoints.of("http://mirror.example:8080/ia/");
    assertEquals(
        "http://mirror.example:8080/ia/wayback/available", mirror.availability().toString());
    assertEquals("http://mirror.example:8080/ia/cdx/search/cdx", mirror.cdx().toString());
    assertEquals(
        "http://mirror.example:8080/ia/web/20201101000000id_/http://a.example/",
        mirror.raw("20201101000000", "http://a.example/"));
  }

  @Test
  void httpReplayLinksFromTheServicesAreRebasedOnHttps() {
    WaybackEndpoints endpoints = WaybackEndpoints.of(null);
    WaybackEndpoints.Replay replay =
        endpoints.parseReplay("http://web.archive.org/web/20060101213916/http://example.com:80/");
    assertEquals(new WaybackEndpoints.Replay("20060101213916", "http://example.com:80/"), replay);
    assertEquals(
        "https://web.archive.org/web/20060101213916/http://example.com:80/",
        endpoints.snapshot(replay.timestamp(), replay.original()));
    assertEquals(
        "http://a.example/x?y=1",
        endpoints
            .parseReplay("https://web.archive.org/web/20200101000000id_/http://a.example/x?y=1")
            .original());
    assertEquals(
        null, endpoints.parseReplay("https://archive.today/20200101000000/http://a.example/"));
    assertTrue(endpoints.isWaybackLink("http://web.archive.org/web/2020/http://a.example/"));
  }

  @Test
  void cdxRowsAreReadByTheirHeaderAndRevisitsAreSkipped() throws Exception {
    String body =
        """
        [["urlkey","timestamp","original","mimetype","statuscode","digest","length"],
         ["org,archive)/", "19970126045828", "http://www.archive.org:80/", "text/html", "200", "Q4YU", "1415"],
         ["org,archive)/", "19970201000000", "http://www.archive.org:80/", "warc/revisit", "-", "Q4YU", "500"]]
        """;
    List<Capture> captures =
        CdxClient.parse(body.getBytes(StandardCharsets.UTF_8), WaybackEndpoints.of(null));
    assertEquals(1, captures.size());
    assertEquals(
        "https://web.archive.org/web/19970126045828/http://www.archive.org:80/",
        captures.get(0).snapshotUrl());
    assertEquals(
        List.of(),
        CdxClient.parse("[]".getBytes(StandardCharsets.UTF_8), WaybackEndpoints.of(null)));
    assertEquals(
        List.of(),
        CdxClient.parse(" \n".getBytes(StandardCharsets.UTF_8), WaybackEndpoints.of(null)));
    assertThrows(
        CdxClient.CdxFormatException.class,
        () ->
            CdxClient.parse(
                "<html>Wayback Machine is down</html>".getBytes(StandardCharsets.UTF_8),
                WaybackEndpoints.of(null)));
  }
}
