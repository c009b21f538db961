package org.citecheck.archive.wayback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveFixture;
import org.citecheck.archive.FakeWaybackArchive;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.http.FakeTime;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WaybackLookupTest {

  static final String CDX = "/cdx/search/cdx";
  static final String AVAILABLE = "/wayback/available";
  static final String PAGE = "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/";
  static final CiteDate CITED = new CiteDate(LocalDate.of(2020, 11, 25), "accessed", "2020-11-25");

  final FakeWaybackArchive archive = new FakeWaybackArchive();
  final FakeTime time = new FakeTime();

  @RegisterExtension
  final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(archive))
          .build();

  @BeforeEach
  void serveTheArchive() {
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .atPriority(10)
            .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));
    server.stubFor(
        get(urlPathEqualTo(AVAILABLE))
            .atPriority(10)
            .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));
  }

  ArchiveEngine engine() {
    return ArchiveFixture.engine(ArchiveFixture.options(server), time);
  }

  @Test
  void choosesTheClosest2xxCaptureAtOrBeforeTheCiteDateNotTheCloserRedirect() {
    archive
        .capture(PAGE, "20190612080000", 200)
        .capture(
            "http://mirrorspectator.com:80/2020/11/02/why-negotiations-failed/",
            "20201105101500",
            200)
        .capture(PAGE, "20201120093000", 301)
        .revisit(PAGE, "20201124000000")
        .capture(PAGE, "20210105000000", 200);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("wayback", result.service());
    assertEquals("cdx", result.via());
    assertEquals("20201105101500", result.timestamp());
    assertEquals(200, result.captureStatus());
    assertEquals(-20L, result.distanceDays());
    assertEquals(
        server.baseUrl()
            + "/web/20201105101500/"
            + "http://mirrorspectator.com:80/2020/11/02/why-negotiations-failed/",
        result.url());
    assertEquals("2020-11-25", result.citeDate());
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo(CDX))
            .withQueryParam("url", equalTo(PAGE))
            .withQueryParam("output", equalTo("json"))
            .withQueryParam("filter", equalTo("statuscode:2.."))
            .withQueryParam("to", equalTo("20201125235959"))
            .withQueryParam("limit", equalTo("-1"))
            .withHeader("User-Agent", containing("citecheck")));
    server.verify(0, getRequestedFor(urlPathEqualTo(AVAILABLE)));
  }

  @Test
  void takesTheClosestCaptureAfterWhenNoneIsBefore() {
    archive.capture(PAGE, "20210301120000", 200).capture(PAGE, "20201201000000", 404);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals("20210301120000", result.timestamp());
    assertEquals(96L, result.distanceDays());
    server.verify(
        getRequestedFor(urlPathEqualTo(CDX))
            .withQueryParam("from", equalTo("20201125235959"))
            .withQueryParam("limit", equalTo("1")));
  }

  @Test
  void noCaptureIsNoneAndTheAvailabilityApiIsNotAskedToContradictCdx() {
    archive.capture("https://other.example/", "20200101000000", 200);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.NONE, result.status());
    assertEquals(null, result.url());
    server.verify(2, getRequestedFor(urlPathEqualTo(CDX)));
    server.verify(0, getRequestedFor(urlPathEqualTo(AVAILABLE)));
  }

  @Test
  void anEmptyCdxBodyMeansNoneLikeAnEmptyArray() {
    archive.emptyBodyForNone = true;

    assertEquals(ArchiveStatus.NONE, engine().lookup(PAGE, CITED, false).status());
  }

  @Test
  void onlyRedirectAndErrorCapturesAreNone() {
    archive.capture(PAGE, "20201120093000", 301).capture(PAGE, "20201201000000", 404);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.NONE, result.status());
  }

  @Test
  void aMirrorThatIgnoresTheFilterStillNeverYieldsARevisitOrRedirect() {
    archive.ignoreFilters = true;
    archive
        .revisit(PAGE, "20201101000000")
        .capture(PAGE, "20201210000000", 302)
        .capture(PAGE, "20201215000000", 200);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    // the mirror's "from" answer (limit=1) is the 302; no usable row, so none rather than a
    // redirect
    assertEquals(ArchiveStatus.NONE, result.status());
  }

  @Test
  void whenCdxFailsTheAvailabilityApiAnswersAndItsHttpLinkIsRebased() {
    server.stubFor(get(urlPathEqualTo(CDX)).atPriority(1).willReturn(aResponse().withStatus(503)));
    archive.capture(PAGE, "20201101000000", 200);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("availability", result.via());
    assertEquals(server.baseUrl() + "/web/20201101000000/" + PAGE, result.url());
    assertTrue(result.reason().contains("after CDX"), result.reason());
    server.verify(3, getRequestedFor(urlPathEqualTo(CDX)));
  }

  @Test
  void anEmptyAvailabilityAnswerForAnArchivedUrlIsAskedAgainWithoutTheScheme() {
    server.stubFor(get(urlPathEqualTo(CDX)).atPriority(1).willReturn(aResponse().withStatus(502)));
    archive.availabilityEmptyWithScheme = true;
    archive.capture(PAGE, "20201101000000", 200);

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    server.verify(
        getRequestedFor(urlPathEqualTo(AVAILABLE))
            .withQueryParam("url", equalTo(PAGE))
            .withQueryParam("timestamp", equalTo("20201125235959")));
    server.verify(
        getRequestedFor(urlPathEqualTo(AVAILABLE))
            .withQueryParam(
                "url", equalTo("mirrorspectator.com/2020/11/02/why-negotiations-failed/")));
  }

  @Test
  void anAvailabilityClosestCaptureThatIsA301OrA404IsNotTheCitedPage() {
    server.stubFor(get(urlPathEqualTo(CDX)).atPriority(1).willReturn(aResponse().withStatus(504)));
    archive.capture(PAGE, "20190101000000", 200).capture(PAGE, "20201124000000", 301);
    String other = "https://www.ipinst.org/2020/11/gone";
    archive.capture(other, "20201126000000", 404);

    ArchiveResult redirect = engine().lookup(PAGE, CITED, false);
    ArchiveResult error = engine().lookup(other, CITED, false);

    assertEquals(ArchiveStatus.NONE, redirect.status());
    assertTrue(redirect.reason().contains("HTTP 301"), redirect.reason());
    assertEquals(ArchiveStatus.NONE, error.status());
    assertTrue(error.reason().contains("HTTP 404"), error.reason());
  }

  @Test
  void answersAreRememberedForTheRun() {
    archive.capture(PAGE, "20201101000000", 200);
    ArchiveEngine engine = engine();

    engine.lookup(PAGE, CITED, false);
    ArchiveResult again = engine.lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, again.status());
    server.verify(1, getRequestedFor(urlPathEqualTo(CDX)));
  }

  @Test
  void requestsToOneServiceAreSpacedASecondApart() {
    ArchiveEngine engine = engine();
    for (int i = 0; i < 3; i++) {
      engine.lookup(PAGE + i, CITED, false);
    }
    server.verify(6, getRequestedFor(urlPathEqualTo(CDX)));
    assertEquals(5, time.slept().toSeconds());
    assertFalse(time.sleeps().isEmpty());
  }
}
