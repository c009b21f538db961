package org.citecheck.archive.memento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import java.util.List;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveFixture;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.archive.ArchiveService;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.http.FakeTime;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MementoLookupTest {

  static final String PAGE = "https://oc-media.org/features/analysis-can-new-armenia/";
  static final CiteDate CITED = new CiteDate(LocalDate.of(2020, 11, 1), "accessed", "2020-11-01");

  final FakeTime time = new FakeTime();

  @RegisterExtension
  final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void waybackHasNothing() {
    server.stubFor(get(urlPathEqualTo("/cdx/search/cdx")).willReturn(okJson("[]")));
  }

  ArchiveEngine engine(boolean timegate) {
    String base = server.baseUrl();
    ArchiveOptions options =
        ArchiveFixture.options(server, ArchiveService.WAYBACK, ArchiveService.MEMENTO)
            .withBases(base, base + "/tt", timegate ? List.of(base + "/timegate/") : List.of());
    return ArchiveFixture.engine(options, time);
  }

  @Test
  void aTimeGateRedirectToAMementoBeforeTheCiteDateIsTaken() {
    String memento = server.baseUrl() + "/20201030101010/" + PAGE;
    server.stubFor(
        get(urlEqualTo("/timegate/" + PAGE))
            .withHeader("Accept-Datetime", equalTo("Sun, 01 Nov 2020 23:59:59 GMT"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Vary", "accept-datetime")
                    .withHeader("Location", memento)
                    .withHeader(
                        "Link",
                        "<"
                            + PAGE
                            + ">; rel=\"original\", <"
                            + server.baseUrl()
                            + "/timemap/"
                            + PAGE
                            + ">; rel=\"timemap\"; type=\"application/link-format\"")));
    server.stubFor(
        get(urlPathEqualTo("/tt/api/json/20201101235959/" + PAGE))
            .willReturn(aResponse().withStatus(404)));

    ArchiveResult result = engine(true).lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("memento:localhost", result.service());
    assertEquals("timegate", result.via());
    assertEquals(memento, result.url());
    assertEquals(-2L, result.distanceDays());
    assertEquals(null, result.captureStatus());
    server.verify(0, getRequestedFor(urlPathEqualTo("/tt/api/json/20201101235959/" + PAGE)));
  }

  @Test
  void theServicesAreAskedInTheOrderArchiveNamesThem() {
    String memento = server.baseUrl() + "/20201030101010/" + PAGE;
    server.stubFor(
        get(urlEqualTo("/timegate/" + PAGE))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", memento)
                    .withHeader("Link", "<" + PAGE + ">; rel=\"original\"")));
    String base = server.baseUrl();
    ArchiveOptions mementoFirst =
        ArchiveFixture.options(server, ArchiveService.MEMENTO, ArchiveService.WAYBACK)
            .withBases(base, base + "/tt", List.of(base + "/timegate/"));

    ArchiveResult result = ArchiveFixture.engine(mementoFirst, time).lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("timegate", result.via());
    server.verify(0, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
  }

  @Test
  void whenTheTimeGatesChoiceIsAfterTheCiteDateTheTimeMapWithCombinedRelsGivesTheOneBefore() {
    String after = server.baseUrl() + "/20201105000000/" + PAGE;
    server.stubFor(
        get(urlEqualTo("/timegate/" + PAGE))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", after)
                    .withHeader(
                        "Link",
                        "<"
                            + PAGE
                            + ">; rel=\"original\", </timemap/"
                            + PAGE
                            + ">; rel=\"timemap\"; type=\"application/link-format\", <"
                            + after
                            + ">; rel=\"last memento\"; datetime=\"Thu, 05 Nov 2020 00:00:00 GMT\"")));
    server.stubFor(
        get(urlEqualTo("/timemap/" + PAGE))
            .withHeader("Accept", equalTo("application/link-format"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/link-format")
                    .withBody(
                        "<"
                            + PAGE
                            + ">; rel=\"original\",\n"
                            + "<"
                            + server.baseUrl()
                            + "/timemap/"
                            + PAGE
                            + ">; rel=\"self\"; type=\"application/link-format\",\n"
                            + "<"
                            + server.baseUrl()
                            + "/20190301000000/"
                            + PAGE
                            + ">; rel=\"first memento\"; datetime=\"Fri, 01 Mar 2019 00:00:00 GMT\",\n"
                            + "<"
                            + server.baseUrl()
                            + "/20200921120000/"
                            + PAGE
                            + ">; rel=\"memento\"; datetime=\"Mon, 21 Sep 2020 12:00:00 GMT\",\n"
                            + "<"
                            + after
                            + ">; rel=\"last memento\"; datetime=\"Thu, 05 Nov 2020 00:00:00 GMT\",\n")));

    ArchiveResult result = engine(true).lookup(PAGE, CITED, false);

    assertEquals("timemap", result.via());
    assertEquals("20200921120000", result.timestamp());
    assertEquals(server.baseUrl() + "/20200921120000/" + PAGE, result.url());
    assertEquals(-41L, result.distanceDays());
  }

  @Test
  void timeTravelJsonClosestAfterTheCiteDateGivesWayToPrev() {
    server.stubFor(
        get(urlEqualTo("/tt/api/json/20201101235959/" + PAGE))
            .willReturn(
                okJson(
                    """
        {"original_uri": "%s",
         "mementos": {
           "closest": {"datetime": "2020-11-03T08:00:00Z", "uri": ["http://archive.today/20201103080000/%s"]},
           "prev": {"datetime": "2020-10-12T10:09:53Z", "uri": ["http://archive.today/20201012100953/%s"]},
           "next": {"datetime": "2020-12-01T00:00:00Z", "uri": ["http://web.archive.org/web/20201201000000/%s"]},
           "first": {"datetime": "2019-01-15T10:09:53Z", "uri": ["http://arquivo.pt/wayback/20190115100953/%s"]},
           "last": {"datetime": "2024-01-15T10:09:53Z", "uri": ["http://web.archive.org/web/20240115100953/%s"]}},
         "timegate_uri": "http://timetravel.mementoweb.org/timegate/%s",
         "timemap_uri": {"json_format": "http://timetravel.mementoweb.org/timemap/json/%s",
                         "link_format": "http://timetravel.mementoweb.org/timemap/link/%s"}}
        """
                        .formatted(PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE, PAGE))));

    ArchiveResult result = engine(false).lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("memento:archive.today", result.service());
    assertEquals("timetravel", result.via());
    assertEquals("http://archive.today/20201012100953/" + PAGE, result.url());
    assertEquals(-20L, result.distanceDays());
  }

  @Test
  void aTimeTravelWaybackMementoIsRebasedAndNamedWayback() {
    server.stubFor(
        get(urlEqualTo("/tt/api/json/20201101235959/" + PAGE))
            .willReturn(
                okJson(
                    """
        {"original_uri": "%s", "mementos": {"closest": {"datetime": "2020-10-30T00:00:00Z",
         "uri": ["http://web.archive.org/web/20201030000000/%s"]}}}
        """
                        .formatted(PAGE, PAGE))));

    ArchiveResult result = engine(false).lookup(PAGE, CITED, false);

    assertEquals("wayback", result.service());
    assertEquals(server.baseUrl() + "/web/20201030000000/" + PAGE, result.url());
    assertEquals(PAGE, result.original());
  }

  @Test
  void nothingAnywhereIsNoneWithEveryServicesReason() {
    server.stubFor(get(urlEqualTo("/timegate/" + PAGE)).willReturn(aResponse().withStatus(404)));
    server.stubFor(
        get(urlEqualTo("/tt/api/json/20201101235959/" + PAGE))
            .willReturn(aResponse().withStatus(404)));

    ArchiveResult result = engine(true).lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.NONE, result.status());
    assertTrue(
        result.reason().contains("CDX")
            && result.reason().contains("TimeGate")
            && result.reason().contains("Time Travel"),
        result.reason());
  }

  @Test
  void aTimeTravelAnswerThatIsNotJsonIsAnError() {
    server.stubFor(
        get(urlEqualTo("/tt/api/json/20201101235959/" + PAGE))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>maintenance</html>")));

    ArchiveResult result = engine(false).lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.ERROR, result.status());
    assertTrue(
        result.reason().contains("Time Travel: answered something other than JSON"),
        result.reason());
  }
}
