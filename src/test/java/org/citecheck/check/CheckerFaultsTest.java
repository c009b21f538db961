package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.citecheck.http.FakeTime;
import org.citecheck.http.RetryPolicy;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every network fault the issue names, and the retry rules, through the engine against WireMock.
 */
class CheckerFaultsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().gzipDisabled(true))
          .build();

  private static byte[] gzipBomb;
  private final FakeTime time = new FakeTime();

  @BeforeAll
  static void makeBomb() throws IOException {
    // 256 MB of spaces after a title compress to a few hundred kilobytes.
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)) {
      gzip.write(
          "<html><head><title>Bomb</title></head><body>".getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 256; i++) {
        gzip.write(spaces);
      }
    }
    gzipBomb = compressed.toByteArray();
  }

  private String url(String path) {
    return server.getRuntimeInfo().getHttpBaseUrl() + path;
  }

  private UrlResult check(CheckOptions options, String url) {
    return TestOptions.run(
            options, new TestReferences().note(TestReferences.web("Title", url)).build())
        .results()
        .get(0);
  }

  private UrlResult check(String url) {
    return check(TestOptions.loopback(time), url);
  }

  private static ResponseDefinitionBuilder page(String title) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/html")
        .withBody("<html><head><title>" + title + "</title></head><body><p>text</p></body></html>");
  }

  private CheckOptions withTimeouts(Duration read, Duration deadline, int retries) {
    CheckOptions base = TestOptions.loopback(time);
    return base.withUrlDeadline(deadline)
        .withHttp(
            base.http().toBuilder()
                .readTimeout(read)
                .maxRetries(retries)
                .allowPrivateHosts(true)
                .build());
  }

  @Test
  void aServerErrorThenSuccessIsAliveAfterOneRetry() {
    server.stubFor(
        any(urlEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    server.stubFor(
        any(urlEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(page("Recovered")));
    UrlResult result = check(url("/flaky"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertEquals(1, time.sleeps().size());
    assertEquals("Recovered", result.title().live());
  }

  @Test
  void aConnectionResetThenSuccessIsAlive() {
    server.stubFor(
        any(urlEqualTo("/reset-once"))
            .inScenario("reset")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("fine"));
    server.stubFor(
        any(urlEqualTo("/reset-once"))
            .inScenario("reset")
            .whenScenarioStateIs("fine")
            .willReturn(page("Fine")));
    UrlResult result = check(url("/reset-once"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertTrue(time.sleeps().size() >= 1);
  }

  @Test
  void aServerThatAlwaysResetsIsUnreachable() {
    server.stubFor(
        any(urlEqualTo("/reset"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    UrlResult result = check(url("/reset"));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    assertTrue(result.reason().contains("reset"), result.reason());
  }

  @Test
  void anEmptyResponseIsUnreachable() {
    server.stubFor(
        any(urlEqualTo("/empty")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    UrlResult result = check(url("/empty"));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    assertTrue(result.reason().contains("broken"), result.reason());
  }

  @Test
  void randomDataThenCloseIsUnreachable() {
    server.stubFor(
        any(urlEqualTo("/garbage"))
            .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    assertEquals(Verdict.UNREACHABLE, check(url("/garbage")).verdict());
  }

  @Test
  void aDelayWithinTheReadTimeoutIsAlive() {
    server.stubFor(any(urlEqualTo("/slow")).willReturn(page("Slow but fine").withFixedDelay(300)));
    assertEquals(Verdict.ALIVE, check(url("/slow")).verdict());
  }

  @Test
  void aDelayBeyondTheReadTimeoutIsUnreachable() {
    server.stubFor(any(urlEqualTo("/stuck")).willReturn(page("Too slow").withFixedDelay(1500)));
    UrlResult result =
        check(withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(10), 1), url("/stuck"));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    assertTrue(result.reason().contains("timed out"), result.reason());
    assertEquals(Failure.TIMEOUT, result.failure());
  }

  @Test
  void aChunkedDribbleWithinTheTimeoutsIsReadWhole() {
    server.stubFor(
        head(urlEqualTo("/dribble"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")));
    server.stubFor(
        get(urlEqualTo("/dribble"))
            .willReturn(page("Dribbled title").withChunkedDribbleDelay(8, 800)));
    UrlResult result = check(url("/dribble"));
    assertEquals(Verdict.ALIVE, result.verdict());
    assertEquals("Dribbled title", result.title().live());
  }

  @Test
  void aBodyThatNeverFinishesIsCutAtTheUrlDeadline() {
    server.stubFor(
        head(urlEqualTo("/endless"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")));
    String start = "<html><head><title>Endless</title></head><body>" + "x".repeat(20_000);
    server.stubFor(
        get(urlEqualTo("/endless"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(start)
                    .withChunkedDribbleDelay(200, 20_000)));
    UrlResult result =
        check(withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500), 0), url("/endless"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertTrue(result.reason().contains("stopped arriving"), result.reason());
    assertEquals("Endless", result.title().live());
    assertTrue(
        result.elapsedMs() < 10_000, "the deadline cut the body: " + result.elapsedMs() + " ms");
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.stubFor(
        any(urlEqualTo("/limited"))
            .inScenario("limit")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
            .willSetStateTo("open"));
    server.stubFor(
        any(urlEqualTo("/limited"))
            .inScenario("limit")
            .whenScenarioStateIs("open")
            .willReturn(page("Open again")));
    assertEquals(Verdict.ALIVE, check(url("/limited")).verdict());
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String when =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            TestOptions.START.plusSeconds(7).atZone(ZoneOffset.UTC));
    server.stubFor(
        any(urlEqualTo("/dated"))
            .inScenario("dated")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", when))
            .willSetStateTo("open"));
    server.stubFor(
        any(urlEqualTo("/dated"))
            .inScenario("dated")
            .whenScenarioStateIs("open")
            .willReturn(page("Back")));
    assertEquals(Verdict.ALIVE, check(url("/dated")).verdict());
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void aRetryAfterBeyondTheCapIsNotWaitedFor() {
    server.stubFor(
        any(urlEqualTo("/hour"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    UrlResult result = check(url("/hour"));
    assertEquals(Verdict.BLOCKED, result.verdict());
    assertTrue(time.sleeps().isEmpty());
    server.verify(1, anyRequestedFor(urlEqualTo("/hour")));
  }

  @Test
  void backoffGrowsBetweenRetries() {
    server.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(502)));
    CheckOptions options = withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), 3);
    assertEquals(Verdict.UNREACHABLE, check(options, url("/down")).verdict());
    // One GET with three retries: 200 ms, 400 ms, 800 ms steps, half of each fixed.
    assertEquals(3, time.sleeps().size());
    assertTrue(time.sleeps().get(0).toMillis() >= 100 && time.sleeps().get(0).toMillis() <= 200);
    assertTrue(time.sleeps().get(2).toMillis() >= 400 && time.sleeps().get(2).toMillis() <= 800);
  }

  @Test
  void anExhaustedRetryBudgetStopsRetrying() {
    server.stubFor(any(urlEqualTo("/budget")).willReturn(aResponse().withStatus(503)));
    CheckOptions base = TestOptions.loopback(time);
    RetryPolicy stingy =
        new RetryPolicy(
            5, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), true, 1, 0);
    CheckOptions options =
        base.withHttp(
            base.http().toBuilder()
                .retry(stingy)
                .hostConcurrency(4)
                .hostInterval(Duration.ZERO)
                .allowPrivateHosts(true)
                .time(time)
                .build());
    assertEquals(Verdict.UNREACHABLE, check(options, url("/budget")).verdict());
    assertEquals(1, time.sleeps().size());
    server.verify(2, anyRequestedFor(urlEqualTo("/budget"))); // GET and its one retry
  }

  @Test
  void aGzipBombDecodedByOkHttpCostsOnlyTheCap() {
    server.stubFor(
        any(urlEqualTo("/bomb"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzipBomb)));
    UrlResult result = check(url("/bomb"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertEquals("Bomb", result.title().live());
  }

  @Test
  void aGzipBombAskedForByTheUserIsDecodedHereWithTheSameCap() {
    server.stubFor(
        any(urlEqualTo("/bomb2"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzipBomb)));
    CheckOptions base = TestOptions.loopback(time);
    CheckOptions options =
        base.withHttp(
            base.http().toBuilder()
                .hostConcurrency(4)
                .hostInterval(Duration.ZERO)
                .allowPrivateHosts(true)
                .headers(List.of(Map.entry("Accept-Encoding", "gzip")))
                .time(time)
                .build());
    UrlResult result = check(options, url("/bomb2"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertEquals("Bomb", result.title().live());
  }

  @Test
  void oversizedHeadersAndLocationsAreRefusedAndLongTitlesCut() {
    server.stubFor(
        any(urlEqualTo("/fat-header"))
            .willReturn(
                aResponse().withStatus(200).withHeader("X-Padding", "x".repeat(300 * 1024))));
    server.stubFor(
        any(urlEqualTo("/long-location"))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "/" + "a".repeat(9000))));
    server.stubFor(any(urlEqualTo("/long-title")).willReturn(page("T".repeat(100_000))));
    UrlResult fat = check(url("/fat-header"));
    assertEquals(Verdict.UNREACHABLE, fat.verdict(), fat.reason());
    UrlResult location = check(url("/long-location"));
    assertEquals(Verdict.UNREACHABLE, location.verdict());
    assertTrue(location.reason().contains("too long"), location.reason());
    UrlResult title = check(url("/long-title"));
    assertEquals(Verdict.ALIVE, title.verdict());
    assertEquals(
        300,
        title.title().live().length()); // 299 characters and an ellipsis: at most MAX_TITLE in all
  }
}
