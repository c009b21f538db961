package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.SocketFactory;
import okhttp3.Dns;
import org.citecheck.check.cache.DatabaseStore;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.http.FakeTime;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAccess;
import org.citecheck.store.StoreAddress;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The cache between runs, and dead-link confirmation across runs a day apart. */
class CacheTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path folder;

  private final FakeTime time = new FakeTime();
  private final MutableClock clock = new MutableClock(TestOptions.START);

  private String url(String path) {
    return server.getRuntimeInfo().getHttpBaseUrl() + path;
  }

  private CheckOptions options(Duration maxAge) {
    return TestOptions.options(true, Dns.SYSTEM, SocketFactory.getDefault(), time, clock)
        .withCache(folder.resolve("cache.json"), maxAge);
  }

  private UrlResult run(Duration maxAge, String url) {
    return TestOptions.run(options(maxAge), TestReferences.of(url)).results().get(0);
  }

  private void serve(String path, int status) {
    server.stubFor(
        any(urlEqualTo(path))
            .willReturn(
                aResponse().withStatus(status).withHeader("Content-Type", "application/pdf")));
  }

  @Test
  void aRecentResultIsReusedAndSaysSo() {
    serve("/doc.pdf", 200);
    UrlResult first = run(Duration.ofDays(1), url("/doc.pdf"));
    assertEquals(Verdict.ALIVE, first.verdict());
    assertNull(first.cached());
    clock.advance(Duration.ofHours(3));
    UrlResult second = run(Duration.ofDays(1), url("/doc.pdf"));
    assertEquals(Verdict.ALIVE, second.verdict());
    assertEquals("2026-03-02T10:00:00Z", second.cached(), "the earlier check's instant is a field");
    assertFalse(second.reason().contains("cached"), "and no longer prose: " + second.reason());
    server.verify(1, anyRequestedFor(urlEqualTo("/doc.pdf")));
  }

  @Test
  void anOldResultIsCheckedAgain() {
    serve("/doc.pdf", 200);
    run(Duration.ofDays(1), url("/doc.pdf"));
    clock.advance(Duration.ofDays(2));
    UrlResult again = run(Duration.ofDays(1), url("/doc.pdf"));
    assertFalse(again.reason().contains("cached"));
    assertNull(again.cached());
    server.verify(2, anyRequestedFor(urlEqualTo("/doc.pdf")));
  }

  @Test
  void aCacheWrittenBeforeFailureKindsHadIdsIsReadWithItsFailureKinds() throws IOException {
    String gone = "https://gone.example/report";
    Files.writeString(
        folder.resolve("cache.json"),
        """
        {"version": 1, "urls": {"%s": {
          "latest": {"url": "%s", "verdict": "dead", "reason": "the domain gone.example does not resolve",
            "httpStatus": null, "finalUrl": null, "redirects": [], "elapsedMs": 12, "page": null,
            "failure": "DNS", "checkedAt": "2026-03-02T09:00:00Z"},
          "history": [{"at": "2026-03-02T09:00:00Z", "verdict": "dead"}]}}}
        """
            .formatted(gone, gone));
    RecordingListener listener = new RecordingListener();
    UrlResult result =
        TestOptions.run(options(Duration.ofDays(1)), TestReferences.of(gone), listener)
            .results()
            .get(0);
    assertEquals(1, listener.warnings.size(), "the one-time import is announced");
    assertTrue(
        listener.warnings.get(0).startsWith("imported the history of 1 URL from the old cache "),
        listener.warnings.get(0));
    assertEquals(Verdict.DEAD, result.verdict());
    assertEquals(Failure.DNS, result.failure());
    assertEquals("2026-03-02T09:00:00Z", result.cached());
  }

  @Test
  void unreachableResultsAreNeverReused() {
    serve("/flaky", 500);
    assertEquals(Verdict.UNREACHABLE, run(Duration.ofDays(1), url("/flaky")).verdict());
    serve("/flaky", 200);
    assertEquals(Verdict.ALIVE, run(Duration.ofDays(1), url("/flaky")).verdict());
  }

  @Test
  void deadIsConfirmedOnlyByASecondFailureADayOrMoreLater() {
    serve("/removed", 404);
    UrlResult first = run(Duration.ofHours(1), url("/removed"));
    assertEquals(Boolean.FALSE, first.confirmed());
    clock.advance(Duration.ofHours(5));
    UrlResult sameDay = run(Duration.ofHours(1), url("/removed"));
    assertEquals(Verdict.DEAD, sameDay.verdict());
    assertEquals(Boolean.FALSE, sameDay.confirmed());
    clock.advance(Duration.ofHours(19));
    UrlResult nextDay = run(Duration.ofHours(1), url("/removed"));
    assertEquals(Boolean.TRUE, nextDay.confirmed());
    assertTrue(nextDay.reason().contains("confirmed"), nextDay.reason());
    server.verify(3, anyRequestedFor(urlEqualTo("/removed"))); // three checks, one GET each
  }

  @Test
  void aRecoveryBetweenFailuresRestartsTheCount() {
    serve("/wobbly", 404);
    run(Duration.ofHours(1), url("/wobbly"));
    clock.advance(Duration.ofDays(1));
    serve("/wobbly", 200);
    assertEquals(Verdict.ALIVE, run(Duration.ofHours(1), url("/wobbly")).verdict());
    clock.advance(Duration.ofDays(1));
    serve("/wobbly", 404);
    assertEquals(Boolean.FALSE, run(Duration.ofHours(1), url("/wobbly")).confirmed());
  }

  @Test
  void withoutACacheNothingIsKeptOrConfirmed() {
    serve("/removed2", 404);
    CheckOptions noCache = options(Duration.ofDays(1)).withCache(null, Duration.ofDays(1));
    TestOptions.run(noCache, TestReferences.of(url("/removed2")));
    clock.advance(Duration.ofDays(2));
    assertEquals(
        Boolean.FALSE,
        TestOptions.run(noCache, TestReferences.of(url("/removed2"))).results().get(0).confirmed());
    assertFalse(Files.exists(folder.resolve("cache.json")));
    assertFalse(Files.exists(folder.resolve("cache.db")));
  }

  @Test
  void concurrentRunsOnOneStoreLoseNoRow() throws Exception {
    StoreAccess access = StoreAccess.of(StoreAddress.sqlite(folder.resolve("shared.db")));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      int run = i;
      runs.add(
          pool.submit(
              () -> {
                try (HistoryStore history = access.open()) {
                  DatabaseStore store =
                      new DatabaseStore(
                          history,
                          message -> {
                            throw new AssertionError(message);
                          });
                  store.record(
                      new UrlOutcome(
                          "https://site.example/" + run,
                          Verdict.ALIVE,
                          "HTTP 200",
                          200,
                          null,
                          List.of(),
                          5,
                          null,
                          null,
                          clock.instant().toString()));
                  store.save();
                }
              }));
    }
    for (Future<?> future : runs) {
      future.get();
    }
    pool.shutdown();
    try (HistoryStore history = access.open()) {
      assertEquals(16, history.countChecks());
    }
  }

  @Test
  void aDamagedOldCacheIsReportedOnceAndTheRunGoesOn() throws IOException {
    Files.writeString(folder.resolve("cache.json"), "{ not json");
    serve("/doc.pdf", 200);
    RecordingListener listener = new RecordingListener();
    TestOptions.run(options(Duration.ofDays(1)), TestReferences.of(url("/doc.pdf")), listener);
    assertEquals(1, listener.warnings.size());
    assertTrue(listener.warnings.get(0).contains("damaged"), listener.warnings.get(0));
    RecordingListener again = new RecordingListener();
    TestOptions.run(options(Duration.ofDays(1)), TestReferences.of(url("/doc.pdf")), again);
    assertEquals(List.of(), again.warnings, "said once");
    try (HistoryStore history =
        StoreAccess.of(StoreAddress.sqlite(folder.resolve("cache.db"))).open()) {
      assertEquals(1, history.countChecks(), "the second run reused the first one's result");
    }
  }
}
