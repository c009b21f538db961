package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.regex.Pattern;
import org.citecheck.http.FakeTime;
import org.citecheck.testing.ClosedPort;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every verdict, reached through the engine against WireMock. */
class CheckerVerdictsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
          .build();

  private final FakeTime time = new FakeTime();

  private String url(String path) {
    return server.getRuntimeInfo().getHttpBaseUrl() + path;
  }

  private static String html(String title, String body) {
    return "<!doctype html><html><head><title>"
        + title
        + "</title></head><body>"
        + body
        + "</body></html>";
  }

  private UrlResult checkOne(String title, String url) {
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time),
            new TestReferences().note(TestReferences.web(title, url)).build());
    assertEquals(1, report.results().size());
    return report.results().get(0);
  }

  @Test
  void aPageAnsweringOkIsAliveWithItsTitleScored() {
    server.stubFor(
        any(urlEqualTo("/report"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        html(
                            "Annual Report 2019 | OSCE",
                            "<h1>Annual Report 2019</h1><p>Text</p>"))));
    UrlResult result = checkOne("Annual Report 2019", url("/report"));
    assertEquals(Verdict.ALIVE, result.verdict());
    assertEquals(200, result.httpStatus());
    assertEquals("Annual Report 2019 | OSCE", result.title().live());
    assertEquals(1.0, result.title().similarity());
    assertNull(result.confirmed());
    // one round trip: the GET's headers and the page's head settle it, no HEAD before
    server.verify(
        0, com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor(urlEqualTo("/report")));
    server.verify(
        1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/report")));
  }

  @Test
  void aPdfIsSettledByHeadAloneWithoutDownloadingIt() {
    server.stubFor(
        head(urlEqualTo("/paper.pdf"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withHeader("Content-Length", "50000000")));
    UrlResult result = checkOne("Paper", url("/paper.pdf"));
    assertEquals(Verdict.ALIVE, result.verdict());
    assertEquals("Paper", result.title().cited());
    assertNull(result.title().live());
    server.verify(
        0,
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/paper.pdf")));
  }

  @Test
  void aDocumentWithoutAFileNameIsSettledByOneGetClosedAfterItsHeaders() {
    // 4 MB sent over 20 s: reading the body would take the whole time
    server.stubFor(
        get(urlEqualTo("/download"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(new byte[4 * 1024 * 1024])
                    .withChunkedDribbleDelay(100, 20_000)));
    UrlResult result = checkOne("Paper", url("/download"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertNull(result.title().live());
    assertTrue(result.elapsedMs() < 10_000, "closed after the headers: " + result.elapsedMs());
    server.verify(
        0,
        com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor(urlEqualTo("/download")));
  }

  @Test
  void aLongPageIsReadOnlyToTheEndOfItsHeadAndTheStartOfItsBody() {
    // the body's first part holds the heading; the rest, 1 MB, would arrive over 20 s (random
    // text, which compression cannot shrink into one early chunk)
    byte[] noise = new byte[768 * 1024];
    new java.util.Random(16).nextBytes(noise);
    String page =
        "<!doctype html><html><head><title>Annual Report 2019</title></head><body>"
            + "<h1>Annual Report 2019</h1><p>"
            + java.util.Base64.getEncoder().encodeToString(noise)
            + "</p></body></html>";
    server.stubFor(
        get(urlEqualTo("/long"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(page)
                    .withChunkedDribbleDelay(200, 20_000)));
    UrlResult result = checkOne("Annual Report 2019", url("/long"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    assertEquals("Annual Report 2019", result.title().live(), result.reason() + result.title());
    assertTrue(!result.reason().contains("stopped arriving"), result.reason());
    assertTrue(
        result.elapsedMs() < 10_000, "stopped after the body's start: " + result.elapsedMs());
  }

  @Test
  void aPermanentRedirectIsRedirectedWithTheChainAndFinalUrl() {
    server.stubFor(
        any(urlEqualTo("/old"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/middle")));
    server.stubFor(
        any(urlEqualTo("/middle"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/new")));
    server.stubFor(
        any(urlEqualTo("/new"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("New home of the page", ""))));
    UrlResult result = checkOne(null, url("/old"));
    assertEquals(Verdict.REDIRECTED, result.verdict());
    assertEquals(url("/new"), result.finalUrl());
    assertEquals(
        List.of(new Redirect(url("/old"), 301), new Redirect(url("/middle"), 302)),
        result.redirects());
  }

  @Test
  void aTemporaryRedirectToAWorkingPageIsAlive() {
    server.stubFor(
        any(urlEqualTo("/today"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/2026/page")));
    server.stubFor(
        any(urlEqualTo("/2026/page"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Today's page", ""))));
    UrlResult result = checkOne(null, url("/today"));
    assertEquals(Verdict.ALIVE, result.verdict());
    assertTrue(result.reason().contains("temporary redirect"), result.reason());
  }

  @Test
  void notFoundAndGoneAreDeadButNotConfirmedOnAFirstRun() {
    server.stubFor(any(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(410)));
    assertEquals(Verdict.DEAD, checkOne(null, url("/missing")).verdict());
    UrlResult gone = checkOne(null, url("/gone"));
    assertEquals(Verdict.DEAD, gone.verdict());
    assertEquals(Boolean.FALSE, gone.confirmed());
    assertEquals(410, gone.httpStatus());
    assertNull(gone.failure(), "the server answered");
  }

  @Test
  void aRedirectToTheHomePageIsASoft404() {
    server.stubFor(
        any(urlEqualTo("/news/2019/article-123"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/")));
    server.stubFor(
        any(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Welcome", "<h1>Home</h1>"))));
    UrlResult result = checkOne(null, url("/news/2019/article-123"));
    assertEquals(Verdict.SOFT_404, result.verdict());
    assertTrue(result.reason().contains("home page"), result.reason());
  }

  @Test
  void aRedirectToANotFoundPathIsASoft404() {
    server.stubFor(
        any(urlEqualTo("/doc/7"))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "/errors/not-found?from=doc")));
    server.stubFor(
        any(urlEqualTo("/errors/not-found?from=doc"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Sorry", ""))));
    assertEquals(Verdict.SOFT_404, checkOne(null, url("/doc/7")).verdict());
  }

  @Test
  void anErrorPageAnsweringOkIsASoft404() {
    server.stubFor(
        any(urlEqualTo("/item/9"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Page not found – Ministry", "<p>Try the search.</p>"))));
    UrlResult result = checkOne("Statement on the ceasefire", url("/item/9"));
    assertEquals(Verdict.SOFT_404, result.verdict());
    assertTrue(result.reason().contains("error page"), result.reason());
  }

  @Test
  void aParkedDomainIsASoft404() {
    server.stubFor(
        any(urlEqualTo("/analysis"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        html(
                            "regional-studies.example",
                            "<p>This domain is for sale! Make an offer.</p>"))));
    assertEquals(Verdict.SOFT_404, checkOne(null, url("/analysis")).verdict());
  }

  @Test
  void aPageLoadingAParkingServiceScriptIsASoft404() {
    server.stubFor(
        any(urlEqualTo("/p"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        html(
                            "example",
                            "<script src=\"https://www.sedoparking.com/frmpark/x.js\"></script>"))));
    assertEquals(Verdict.SOFT_404, checkOne(null, url("/p")).verdict());
  }

  @Test
  void forbiddenAndBotChallengesAreBlockedNeverDead() {
    server.stubFor(any(urlEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)));
    server.stubFor(
        any(urlEqualTo("/challenge"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("cf-mitigated", "challenge")
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Just a moment...", ""))));
    server.stubFor(
        any(urlEqualTo("/challenge-page"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Just a moment...", "Checking your browser"))));
    server.stubFor(any(urlEqualTo("/linkedin")).willReturn(aResponse().withStatus(999)));
    assertEquals(Verdict.BLOCKED, checkOne(null, url("/forbidden")).verdict());
    assertEquals(Verdict.BLOCKED, checkOne(null, url("/challenge")).verdict());
    assertEquals(Verdict.BLOCKED, checkOne(null, url("/challenge-page")).verdict());
    assertEquals(Verdict.BLOCKED, checkOne(null, url("/linkedin")).verdict());
    server.verify(1, anyRequestedFor(urlEqualTo("/challenge")));
  }

  @Test
  void tooManyRequestsAfterEveryRetryIsBlocked() {
    server.stubFor(any(urlEqualTo("/busy")).willReturn(aResponse().withStatus(429)));
    UrlResult result = checkOne(null, url("/busy"));
    assertEquals(Verdict.BLOCKED, result.verdict());
    assertEquals(429, result.httpStatus());
    server.verify(3, anyRequestedFor(urlEqualTo("/busy")));
    assertEquals(2, time.sleeps().size());
  }

  @Test
  void aServerErrorAfterEveryRetryIsUnreachable() {
    server.stubFor(any(urlEqualTo("/broken")).willReturn(aResponse().withStatus(503)));
    server.stubFor(any(urlEqualTo("/crash")).willReturn(aResponse().withStatus(500)));
    UrlResult broken = checkOne(null, url("/broken"));
    assertEquals(Verdict.UNREACHABLE, broken.verdict());
    assertEquals(503, broken.httpStatus());
    UrlResult crash = checkOne(null, url("/crash"));
    assertEquals(Verdict.UNREACHABLE, crash.verdict());
    server.verify(1, anyRequestedFor(urlEqualTo("/crash"))); // 500 is not retried: one GET
  }

  @Test
  void redirectLoopsAndLongChainsAreUnreachable() {
    server.stubFor(
        any(urlEqualTo("/a")).willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
    server.stubFor(
        any(urlEqualTo("/b")).willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));
    for (int i = 0; i < 12; i++) {
      server.stubFor(
          any(urlEqualTo("/hop" + i))
              .willReturn(aResponse().withStatus(301).withHeader("Location", "/hop" + (i + 1))));
    }
    UrlResult loop = checkOne(null, url("/a"));
    assertEquals(Verdict.UNREACHABLE, loop.verdict());
    assertTrue(loop.reason().contains("loop"), loop.reason());
    assertEquals(Failure.REDIRECT_LOOP, loop.failure());
    UrlResult chain = checkOne(null, url("/hop0"));
    assertEquals(Verdict.UNREACHABLE, chain.verdict());
    assertTrue(chain.reason().contains("more than 10 redirects"), chain.reason());
    assertEquals(11, chain.redirects().size());
    assertEquals(Failure.TOO_MANY_REDIRECTS, chain.failure());
  }

  @Test
  void aSelfRedirectThatSetsACookieIsNoLoop() {
    server.stubFor(
        any(urlEqualTo("/gate"))
            .withCookie("seen", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Behind the gate", ""))));
    server.stubFor(
        any(urlEqualTo("/gate"))
            .atPriority(2)
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Set-Cookie", "seen=1; Path=/")
                    .withHeader("Location", "/gate")));
    assertEquals(Verdict.ALIVE, checkOne(null, url("/gate")).verdict());
  }

  @Test
  void aRedirectToAnotherSchemeIsUnreachableAndABadSchemeIsInvalidOrSkipped() {
    server.stubFor(
        any(urlEqualTo("/ftp"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", "ftp://files.example.org/report.pdf")));
    UrlResult ftp = checkOne(null, url("/ftp"));
    assertEquals(Verdict.UNREACHABLE, ftp.verdict());
    assertTrue(ftp.reason().contains("not an http(s) URL"), ftp.reason());
    assertEquals(Verdict.SKIPPED, checkOne(null, "ftp://files.example.org/report.pdf").verdict());
    assertEquals(Verdict.INVALID, checkOne(null, "javascript:alert(1)").verdict());
    assertEquals(Verdict.INVALID, checkOne(null, "http://").verdict());
    assertEquals(Verdict.INVALID, checkOne(null, "www.osce.org/files/report.pdf").verdict());
  }

  @Test
  void aConnectionRefusedWhileOtherSitesAnswerIsUnreachable() {
    server.stubFor(
        any(urlEqualTo("/up"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time), TestReferences.of(ClosedPort.url() + "page", url("/up")));
    UrlResult refused = report.results().get(0);
    assertEquals(Verdict.UNREACHABLE, refused.verdict(), refused.reason());
    assertTrue(refused.reason().contains("could not connect"), refused.reason());
    assertEquals(Verdict.ALIVE, report.results().get(1).verdict());
  }

  @Test
  void aRedirectToAPortThatRefusesKeepsItsHopsAndSaysItCouldNotConnect() {
    String closed = ClosedPort.url() + "moved-here";
    server.stubFor(
        any(urlEqualTo("/moved"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", closed)));
    UrlResult moved = checkOne(null, url("/moved"));
    assertEquals(Verdict.UNREACHABLE, moved.verdict(), moved.reason());
    assertTrue(moved.reason().contains("could not connect"), moved.reason());
    assertEquals(Failure.CONNECT, moved.failure());
    assertEquals(List.of(new Redirect(url("/moved"), 301)), moved.redirects());
  }

  @Test
  void aCertificateTheSystemDoesNotTrustIsUnreachable() {
    server.stubFor(any(urlEqualTo("/secure")).willReturn(aResponse().withStatus(200)));
    server.stubFor(
        any(urlEqualTo("/plain"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time),
            TestReferences.of(
                "https://localhost:" + server.getHttpsPort() + "/secure", url("/plain")));
    UrlResult secure = report.results().get(0);
    assertEquals(Verdict.UNREACHABLE, secure.verdict());
    assertTrue(secure.reason().contains("TLS"), secure.reason());
    assertEquals(Failure.TLS, secure.failure());
    server.verify(0, anyRequestedFor(urlEqualTo("/secure")));
  }

  @Test
  void excludedUrlsAreSkippedWithoutARequest() {
    server.stubFor(any(urlEqualTo("/private/area")).willReturn(aResponse().withStatus(200)));
    CheckOptions options =
        TestOptions.loopback(time).withExcludes(List.of(Pattern.compile("/private/")));
    VerificationReport report = TestOptions.run(options, TestReferences.of(url("/private/area")));
    assertEquals(Verdict.SKIPPED, report.results().get(0).verdict());
    server.verify(0, anyRequestedFor(urlEqualTo("/private/area")));
  }

  @Test
  void ftpUrlsAreSkippedAndOtherSchemesAreInvalid() {
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time),
            TestReferences.of(
                "ftp://ftp.example.org/pub/file.txt",
                "FTP://ftp.example.org/README",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "data:text/html,<b>x</b>",
                url("/after-ftp")));
    assertEquals(Verdict.SKIPPED, report.results().get(0).verdict());
    assertEquals("ftp is not checked", report.results().get(0).reason());
    assertEquals(Verdict.SKIPPED, report.results().get(1).verdict());
    for (int i = 2; i < 5; i++) {
      UrlResult result = report.results().get(i);
      assertEquals(Verdict.INVALID, result.verdict(), result.url() + ": " + result.reason());
    }
    // a skipped ftp URL neither stops nor spoils the check of the others
    assertEquals(Verdict.DEAD, report.results().get(5).verdict());
  }

  @Test
  void aDocumentFileWhoseHeadIsRefusedFallsBackToGet() {
    server.stubFor(head(urlEqualTo("/nohead.pdf")).willReturn(aResponse().withStatus(405)));
    server.stubFor(
        get(urlEqualTo("/nohead.pdf"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html("Works with GET", ""))));
    UrlResult result = checkOne("Works with GET", url("/nohead.pdf"));
    assertEquals(Verdict.ALIVE, result.verdict());
    assertEquals(1.0, result.title().similarity());
  }

  @Test
  void theUserAgentAndExtraHeadersAreSent() {
    server.stubFor(
        any(urlEqualTo("/ua"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    CheckOptions base = TestOptions.loopback(time);
    CheckOptions options =
        base.withHttp(
            base.http().toBuilder()
                .hostConcurrency(4)
                .allowPrivateHosts(true)
                .userAgent("my-bot/2 (+mailto:me@example.org)")
                .headers(List.of(java.util.Map.entry("X-Token", "abc")))
                .build());
    TestOptions.run(options, TestReferences.of(url("/ua")));
    server.verify(
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/ua"))
            .withHeader(
                "User-Agent",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                    "my-bot/2 (+mailto:me@example.org)"))
            .withHeader("X-Token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("abc")));
  }

  @Test
  void withRespectRobotsTheSitesCrawlDelaySpacesItsUrls() {
    server.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(aResponse().withStatus(200).withBody("User-agent: *\nCrawl-delay: 2\n")));
    server.stubFor(any(urlEqualTo("/one")).willReturn(aResponse().withStatus(404)));
    server.stubFor(any(urlEqualTo("/two")).willReturn(aResponse().withStatus(404)));
    CheckOptions base = TestOptions.loopback(time);
    CheckOptions polite =
        base.withHttp(base.http().toBuilder().hostConcurrency(1).respectRobots(true).build());
    TestOptions.run(polite, TestReferences.of(url("/one"), url("/two")));
    assertEquals(java.util.List.of(java.time.Duration.ofSeconds(2)), time.sleeps());
    server.verify(1, anyRequestedFor(urlEqualTo("/robots.txt")));
  }

  @Test
  void withoutRespectRobotsRobotsTxtIsNotReadAndNothingWaits() {
    server.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(aResponse().withStatus(200).withBody("User-agent: *\nCrawl-delay: 2\n")));
    server.stubFor(any(urlEqualTo("/three")).willReturn(aResponse().withStatus(404)));
    server.stubFor(any(urlEqualTo("/four")).willReturn(aResponse().withStatus(404)));
    TestOptions.run(TestOptions.loopback(time), TestReferences.of(url("/three"), url("/four")));
    assertEquals(java.util.List.of(), time.sleeps());
    server.verify(0, anyRequestedFor(urlEqualTo("/robots.txt")));
  }
}
