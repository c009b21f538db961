package org.citecheck.archive.drift;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveFixture;
import org.citecheck.http.FakeTime;
import org.citecheck.testing.ArchiveResultFixture;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.DriftVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DriftProbeTest {

  static final String ORIGINAL = "https://peace.example/news/statement-ceasefire";
  static final String TS = "20201111083000";

  @RegisterExtension
  final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  ArchiveEngine engine() {
    return ArchiveFixture.engine(ArchiveFixture.options(server), new FakeTime());
  }

  ArchiveResult found(String service, long distance, boolean saved) {
    return ArchiveResultFixture.archive(ArchiveStatus.FOUND)
        .service(service)
        .url(server.baseUrl() + "/web/" + TS + "/" + ORIGINAL)
        .timestamp(TS)
        .captureStatus(200)
        .distanceDays(distance)
        .saved(saved)
        .citeDate("2020-11-12")
        .reason("CDX")
        .via(saved ? "save" : "cdx")
        .original(ORIGINAL)
        .citeDateBasis("accessed")
        .build();
  }

  void serve(String path, String type, String body) {
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
  }

  @Test
  void comparesTheRawSnapshotWithTheLivePageItFetches() throws Exception {
    serve(
        "/web/" + TS + "id_/" + ORIGINAL, "text/html; charset=utf-8", DriftPages.page("snapshot"));
    serve("/live/statement", "text/html", DriftPages.page("replaced"));

    DriftResult result =
        engine()
            .drift(
                server.baseUrl() + "/live/statement",
                null,
                found("wayback", -1, false),
                DriftPages.CITED);

    assertEquals(DriftVerdict.CHANGED, result.verdict());
    assertEquals(0.0, result.scores().get("shingleJaccard"));
    server.verify(getRequestedFor(urlEqualTo("/web/" + TS + "id_/" + ORIGINAL)));
  }

  @Test
  void followsTheArchivesRedirectToTheNearestCaptureAndUsesHtmlTheCallerHolds() throws Exception {
    server.stubFor(
        get(urlEqualTo("/web/" + TS + "id_/" + ORIGINAL))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "/web/20201111083001id_/" + ORIGINAL)));
    serve("/web/20201111083001id_/" + ORIGINAL, "text/html", DriftPages.page("snapshot"));

    DriftResult result =
        engine()
            .drift(
                server.baseUrl() + "/never-fetched",
                DriftPages.page("boilerplate"),
                found("wayback", -1, false),
                DriftPages.CITED);

    assertEquals(DriftVerdict.UNCHANGED, result.verdict());
    server.verify(0, getRequestedFor(urlEqualTo("/never-fetched")));
  }

  @Test
  void everyReasonNotToCompareIsAnUnknownThatSaysWhy() {
    serve("/web/" + TS + "id_/" + ORIGINAL, "application/pdf", "%PDF-1.7");
    ArchiveEngine engine = engine();
    String live = server.baseUrl() + "/live";

    assertReason(engine.drift(live, null, found("wayback", -1, false), null), "application/pdf");
    assertReason(engine.drift(live, null, found("wayback", -1, true), null), "made by this run");
    assertReason(
        engine.drift(live, null, found("memento:archive.today", -1, false), null), "no raw form");
    assertReason(engine.drift(live, null, found("wayback", 400, false), null), "400 days");
    assertReason(engine.drift(live, null, ArchiveResult.skipped("x"), null), "no snapshot");
  }

  @Test
  void livePagesAreReadWithThePageClientAndArchivesWithTheArchiveClient() {
    serve("/web/" + TS + "id_/" + ORIGINAL, "text/html", DriftPages.page("snapshot"));
    serve("/live", "text/html", DriftPages.page("edited"));
    okhttp3.OkHttpClient pages =
        ArchiveFixture.client()
            .newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("Cookie", "site-session=1").build()))
            .build();
    ArchiveEngine engine =
        new ArchiveEngine(
            ArchiveFixture.client(),
            pages,
            ArchiveFixture.options(server),
            ArchiveFixture.TODAY,
            new FakeTime());

    DriftResult result =
        engine.drift(
            server.baseUrl() + "/live", null, found("wayback", -1, false), DriftPages.CITED);

    assertEquals(DriftVerdict.UNCHANGED, result.verdict());
    server.verify(
        getRequestedFor(urlEqualTo("/live")).withHeader("Cookie", equalTo("site-session=1")));
    server.verify(
        getRequestedFor(urlEqualTo("/web/" + TS + "id_/" + ORIGINAL)).withoutHeader("Cookie"));
  }

  @Test
  void aLivePageThatFailsIsUnknown() throws Exception {
    serve("/web/" + TS + "id_/" + ORIGINAL, "text/html", DriftPages.page("snapshot"));
    server.stubFor(get(urlEqualTo("/live")).willReturn(aResponse().withStatus(500)));

    assertReason(
        engine().drift(server.baseUrl() + "/live", null, found("wayback", 0, false), null),
        "live page answered HTTP 500");
  }

  static void assertReason(DriftResult result, String expected) {
    assertEquals(DriftVerdict.UNKNOWN, result.verdict());
    assertTrue(result.reason().contains(expected), result.reason());
  }
}
