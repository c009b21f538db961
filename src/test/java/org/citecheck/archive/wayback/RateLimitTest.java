package org.citecheck.archive.wayback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
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

class RateLimitTest {

  static final String CDX = "/cdx/search/cdx";
  static final String AVAILABLE = "/wayback/available";
  static final String PAGE = "http://kremlin.ru/events/president/news/64384";
  static final CiteDate CITED = new CiteDate(LocalDate.of(2020, 11, 10), "accessed", "2020-11-10");

  /** What the archive's front end sends with a 429. */
  static final String TOO_MANY = "<html><body><h1>429 Too Many Requests</h1></body></html>";

  final FakeWaybackArchive archive = new FakeWaybackArchive();
  final FakeTime time = new FakeTime();

  @RegisterExtension
  final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(archive))
          .build();

  @BeforeEach
  void serveTheArchive() {
    archive.capture(PAGE, "20201109120000", 200);
    server.stubFor(
        get(urlPathEqualTo(AVAILABLE))
            .atPriority(10)
            .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));
  }

  ArchiveEngine engine() {
    return ArchiveFixture.engine(ArchiveFixture.options(server), time);
  }

  @Test
  void a429WithRetryAfterIsWaitedOutThenTheAnswerIsUsed() {
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "7")
                    .withHeader("Content-Type", "text/html")
                    .withBody(TOO_MANY))
            .willSetStateTo("calm"));
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .inScenario("busy")
            .whenScenarioStateIs("calm")
            .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("cdx", result.via());
    assertTrue(time.sleeps().contains(Duration.ofSeconds(7)), time.sleeps().toString());
    server.verify(2, getRequestedFor(urlPathEqualTo(CDX)));
  }

  @Test
  void a429WithoutRetryAfterBacksOffExponentially() {
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429))
            .willSetStateTo("still"));
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .inScenario("busy")
            .whenScenarioStateIs("still")
            .willReturn(aResponse().withStatus(429))
            .willSetStateTo("calm"));
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .inScenario("busy")
            .whenScenarioStateIs("calm")
            .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals(java.util.List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void persistent429sStopTheRunFromAskingAndTheRestAreReportedRateLimited() {
    server.stubFor(get(urlPathEqualTo(CDX)).willReturn(aResponse().withStatus(429)));
    server.stubFor(
        get(urlPathEqualTo(AVAILABLE))
            .atPriority(1)
            .willReturn(aResponse().withStatus(429).withBody(TOO_MANY)));
    ArchiveEngine engine = engine();

    ArchiveResult first = engine.lookup(PAGE, CITED, false);
    ArchiveResult second =
        engine.lookup("http://kremlin.ru/events/president/news/64431", CITED, false);
    ArchiveResult third = engine.lookup("https://regnum.ru/news/polit/3089582.html", CITED, false);

    assertEquals(ArchiveStatus.ERROR, first.status());
    assertTrue(first.reason().startsWith("archive rate-limited"), first.reason());
    assertEquals(ArchiveStatus.ERROR, second.status());
    assertTrue(second.reason().startsWith("archive rate-limited"), second.reason());
    assertTrue(third.reason().contains("not asked again in this run"), third.reason());
    // three attempts at each service for the first URL, then nothing more
    server.verify(3, getRequestedFor(urlPathEqualTo(CDX)));
    server.verify(3, getRequestedFor(urlPathEqualTo(AVAILABLE)));
  }

  @Test
  void aRetryAfterLongerThanTheRunWillWaitStopsTheServiceAtOnce() {
    server.stubFor(
        get(urlPathEqualTo(CDX))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    ArchiveResult result = engine().lookup(PAGE, CITED, false);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("availability", result.via());
    server.verify(1, getRequestedFor(urlPathEqualTo(CDX)));
    assertTrue(time.slept().compareTo(Duration.ofMinutes(2)) < 0, time.slept().toString());
  }
}
