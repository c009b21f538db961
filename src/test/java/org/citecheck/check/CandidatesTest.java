package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.citecheck.http.FakeTime;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** URL readings a PDF broke, deduplication, and which sources produce results. */
class CandidatesTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeTime time = new FakeTime();

  private String url(String path) {
    return server.getRuntimeInfo().getHttpBaseUrl() + path;
  }

  @BeforeEach
  void stubs() {
    server.stubFor(any(urlEqualTo("/files/report-2019")).willReturn(aResponse().withStatus(404)));
    server.stubFor(
        any(urlEqualTo("/files/report-2019.pdf"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    server.stubFor(any(urlEqualTo("/files/report-20")).willReturn(aResponse().withStatus(404)));
    server.stubFor(
        any(urlEqualTo("/shared"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
  }

  @Test
  void aLaterReadingThatAnswersWinsAndTheReasonSaysSo() {
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time),
            new TestReferences()
                .note(
                    TestReferences.web(
                        "Report",
                        url("/files/report-2019"),
                        url("/files/report-20"),
                        url("/files/report-2019.pdf")))
                .build());
    UrlResult result = report.results().get(0);
    assertEquals(Verdict.ALIVE, result.verdict());
    assertEquals(url("/files/report-2019.pdf"), result.url());
    assertTrue(result.reason().contains("reading 3 of 3 answered"), result.reason());
    assertTrue(result.reason().contains("was dead"), result.reason());
  }

  @Test
  void whenNoReadingAnswersTheBestReadingsVerdictStands() {
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time),
            new TestReferences()
                .note(
                    TestReferences.web(
                        "Report", url("/files/report-2019"), url("/files/report-20")))
                .build());
    UrlResult result = report.results().get(0);
    assertEquals(Verdict.DEAD, result.verdict());
    assertEquals(url("/files/report-2019"), result.url());
  }

  @Test
  void anAliveBestReadingNeverTriesTheOthers() {
    TestOptions.run(
        TestOptions.loopback(time),
        new TestReferences()
            .note(
                TestReferences.web(
                    "Report", url("/files/report-2019.pdf"), url("/files/report-20")))
            .build());
    server.verify(0, anyRequestedFor(urlEqualTo("/files/report-20")));
  }

  @Test
  void eachDistinctUrlIsFetchedOnceButEveryCitationGetsItsResult() {
    VerificationReport report =
        TestOptions.run(
            TestOptions.loopback(time),
            new TestReferences()
                .note(
                    TestReferences.web("A", url("/shared")),
                    TestReferences.web("B", url("/shared")))
                .note(TestReferences.crossReference(1))
                .note(TestReferences.web("C", url("/shared")))
                .build());
    assertEquals(3, report.results().size());
    assertEquals(1, report.results().get(0).note());
    assertEquals(0, report.results().get(0).source());
    assertEquals(1, report.results().get(1).source());
    assertEquals(3, report.results().get(2).note());
    server.verify(1, anyRequestedFor(urlEqualTo("/shared")));
  }
}
