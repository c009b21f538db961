package org.citecheck.scholarly.doi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.citecheck.http.FakeTime;
import org.citecheck.references.ReferenceSet;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyFixture;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.scholarly.store.HistoryAnswerStore;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAddress;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The DOI stage against a stand-in handle API answering with the real shapes. */
class DoiVerificationTest {

  static final String FOUND =
      """
      {"responseCode": 1, "handle": "10.5771/9783748922339-06", "values": [
        {"index": 100, "type": "HS_ADMIN", "data": {"format": "admin", "value": {"handle": "0.na/10.5771", "index": 200, "permissions": "111111110000"}}, "ttl": 86400, "timestamp": "2021-03-01T10:00:00Z"},
        {"index": 1, "type": "URL", "data": {"format": "string", "value": "https://www.nomos-elibrary.de/10.5771/9783748922339-06"}, "ttl": 86400, "timestamp": "2021-03-01T10:00:00Z"}]}""";

  static final String NOT_FOUND = "{\"responseCode\": 100, \"handle\": \"10.9999/missing\"}";

  static final String REGISTERED = "10.5771/9783748922339-06";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final FakeTime time = new FakeTime();

  Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  DoiVerification.Outcome verify(
      Clock clock, AnswerStore store, ReferenceSet references, List<UrlResult> results) {
    ScholarlyOptions options = ScholarlyFixture.options(server, clock, time);
    MetadataServices services = ScholarlyFixture.services(options, store);
    return new DoiVerification(services.handles()).verify(references, results, false);
  }

  static void stubHandle(String doiPath, int status, String body) {
    server.stubFor(
        get(urlEqualTo("/api/handles/" + doiPath))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withBody(body)));
  }

  @Test
  void aRegisteredDoiWhosePublisherRefusesRobotsIsAlive() {
    stubHandle(REGISTERED, 200, FOUND);
    String url = "https://doi.org/" + REGISTERED;
    ReferenceSet references =
        ScholarlyFixture.references(SourceFixture.source().url(url).doi(REGISTERED).build());
    UrlResult blocked =
        UrlResultFixture.result(1, 0, url, Verdict.BLOCKED)
            .reason("HTTP 403: the server refuses automated access")
            .status(403)
            .build();

    DoiVerification.Outcome outcome =
        verify(at("2026-12-02T10:00:00Z"), AnswerStore.none(), references, List.of(blocked));

    UrlResult result = outcome.results().get(0);
    assertEquals(Verdict.ALIVE, result.verdict());
    assertTrue(result.reason().startsWith(DoiVerification.REGISTERED_BUT_REFUSED), result.reason());
    assertTrue(result.reason().contains("HTTP 403"), "the landing page's answer is kept");
    assertEquals(1, outcome.asked());
    server.verify(
        getRequestedFor(urlEqualTo("/api/handles/" + REGISTERED))
            .withHeader("User-Agent", containing("mailto:lead@example.org"))
            .withHeader("Accept", containing("application/json")));
  }

  @Test
  void aDoiPrintedBesideAPublisherUrlIsLookedUpToo() {
    stubHandle(REGISTERED, 200, FOUND);
    String url = "https://www.nomos-elibrary.de/10.5771/9783748922339-06";
    ReferenceSet references =
        ScholarlyFixture.references(
            SourceFixture.source().url(url).doi("https://doi.org/" + REGISTERED).build());
    UrlResult blocked = UrlResultFixture.result(1, 0, url, Verdict.BLOCKED).reason("bot").build();

    UrlResult result =
        verify(at("2026-12-02T10:00:00Z"), AnswerStore.none(), references, List.of(blocked))
            .results()
            .get(0);

    assertEquals(Verdict.ALIVE, result.verdict());
  }

  @Test
  void anUnregisteredDoiIsDeadAndConfirmedADayLater(@TempDir Path folder) {
    stubHandle("10.9999/missing", 404, NOT_FOUND);
    String url = "https://doi.org/10.9999/missing";
    ReferenceSet references = ScholarlyFixture.references(SourceFixture.source().url(url).build());
    UrlResult landing =
        UrlResultFixture.result(1, 0, url, Verdict.DEAD)
            .reason("HTTP 404 Not Found; not yet confirmed")
            .confirmed(false)
            .status(404)
            .build();
    Path file = folder.resolve("citecheck.db");

    Clock first = at("2026-12-01T09:00:00Z");
    AnswerStore store = answers(file);
    UrlResult once = verify(first, store, references, List.of(landing)).results().get(0);
    store.save();
    assertEquals(Verdict.DEAD, once.verdict());
    assertFalse(once.confirmed());
    assertTrue(once.reason().contains("is not registered"), once.reason());

    Clock dayLater = at("2026-12-02T10:00:00Z");
    UrlResult twice =
        verify(dayLater, answers(file), references, List.of(landing)).results().get(0);
    assertEquals(Verdict.DEAD, twice.verdict());
    assertTrue(twice.confirmed(), twice.reason());
    server.verify(2, getRequestedFor(urlEqualTo("/api/handles/10.9999/missing")));
  }

  @Test
  void aKeptAnswerIsReusedWithinTheMaximumAge(@TempDir Path folder) {
    stubHandle(REGISTERED, 200, FOUND);
    String url = "https://doi.org/" + REGISTERED;
    ReferenceSet references = ScholarlyFixture.references(SourceFixture.source().url(url).build());
    UrlResult blocked = UrlResultFixture.result(1, 0, url, Verdict.BLOCKED).reason("403").build();
    Path file = folder.resolve("citecheck.db");
    Clock clock = at("2026-12-02T10:00:00Z");
    AnswerStore store = answers(file);
    verify(clock, store, references, List.of(blocked));
    store.save();

    Clock hourLater = at("2026-12-02T11:00:00Z");
    UrlResult again =
        verify(hourLater, answers(file), references, List.of(blocked)).results().get(0);

    assertEquals(Verdict.ALIVE, again.verdict());
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/handles/" + REGISTERED)));
  }

  @Test
  void a429WithRetryAfterIsWaitedOut() {
    server.stubFor(
        get(urlEqualTo("/api/handles/" + REGISTERED))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
            .willSetStateTo("calm"));
    server.stubFor(
        get(urlEqualTo("/api/handles/" + REGISTERED))
            .inScenario("busy")
            .whenScenarioStateIs("calm")
            .willReturn(aResponse().withStatus(200).withBody(FOUND)));
    String url = "https://doi.org/" + REGISTERED;
    ReferenceSet references = ScholarlyFixture.references(SourceFixture.source().url(url).build());
    UrlResult blocked = UrlResultFixture.result(1, 0, url, Verdict.BLOCKED).reason("403").build();

    UrlResult result =
        verify(at("2026-12-02T10:00:00Z"), AnswerStore.none(), references, List.of(blocked))
            .results()
            .get(0);

    assertEquals(Verdict.ALIVE, result.verdict());
    assertTrue(
        time.sleeps().stream().anyMatch(wait -> wait.compareTo(Duration.ofSeconds(3)) >= 0),
        "Retry-After honoured: " + time.sleeps());
  }

  @Test
  void aServerErrorChangesNothingAndSaysSo() {
    stubHandle(REGISTERED, 500, "{\"responseCode\": 2}");
    String url = "https://doi.org/" + REGISTERED;
    ReferenceSet references = ScholarlyFixture.references(SourceFixture.source().url(url).build());
    UrlResult blocked = UrlResultFixture.result(1, 0, url, Verdict.BLOCKED).reason("403").build();

    DoiVerification.Outcome outcome =
        verify(at("2026-12-02T10:00:00Z"), AnswerStore.none(), references, List.of(blocked));

    assertEquals(Verdict.BLOCKED, outcome.results().get(0).verdict());
    assertTrue(outcome.notices().get(0).contains("no usable answer"), outcome.notices().toString());
  }

  @Test
  void offlineNothingIsAskedAndNothingChanges() {
    String url = "https://doi.org/" + REGISTERED;
    ReferenceSet references = ScholarlyFixture.references(SourceFixture.source().url(url).build());
    UrlResult offline =
        UrlResultFixture.result(1, 0, url, Verdict.OFFLINE).reason("no net").build();
    ScholarlyOptions options = ScholarlyFixture.options(server, at("2026-12-02T10:00:00Z"), time);

    DoiVerification.Outcome outcome =
        new DoiVerification(ScholarlyFixture.services(options, AnswerStore.none()).handles())
            .verify(references, List.of(offline), true);

    assertEquals(List.of(offline), outcome.results());
    assertTrue(outcome.notices().get(0).contains("offline"));
    assertEquals(0, server.getAllServeEvents().size());
  }

  @Test
  void doisAreReadAndEncodedForTheHandlePath() {
    assertEquals("10.1000/182", Doi.parse("DOI: 10.1000/182").orElseThrow().value());
    assertEquals("10.1000/a#b", Doi.parse("https://doi.org/10.1000/A%23B").orElseThrow().value());
    assertEquals("10.1000/a%23b%3Fc%25d%20e", new Doi("10.1000/a#b?c%d e").path());
    assertTrue(Doi.parse("https://example.org/10.1000/182").isEmpty());
  }

  private final java.util.List<HistoryStore> opened = new java.util.ArrayList<>();

  /** The answers kept in a history store at {@code file}, opened as a new run opens it. */
  private AnswerStore answers(Path file) {
    HistoryStore history = HistoryStore.open(StoreAddress.sqlite(file), null);
    opened.add(history);
    return new HistoryAnswerStore(history);
  }

  @org.junit.jupiter.api.AfterEach
  void closeStores() {
    opened.forEach(HistoryStore::close);
  }
}
