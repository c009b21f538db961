package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.http.FakeTime;
import org.citecheck.testing.ClosedPort;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Offline detection: nothing is declared dead when the checker itself cannot reach anything. */
class OfflineTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeTime time = new FakeTime();

  @Test
  void noNameResolvingAndNoProbeMeansOfflineAndNothingDead() {
    FakeDns nothingResolves = new FakeDns();
    VerificationReport report =
        TestOptions.run(
            TestOptions.guarded(nothingResolves, time),
            TestReferences.of(
                "https://www.osce.org/minsk-group",
                "https://www.crisisgroup.org/report",
                "mailto:desk@osce.example"));
    assertTrue(report.offline());
    assertEquals(Verdict.OFFLINE, report.results().get(0).verdict());
    assertEquals(Verdict.OFFLINE, report.results().get(1).verdict());
    assertTrue(
        report.results().get(0).reason().contains("no network"), report.results().get(0).reason());
    assertEquals(Verdict.INVALID, report.results().get(2).verdict());
    assertEquals(0, report.summary().get("dead"));
  }

  @Test
  void manyUnreachableUrlsStopBeingTriedOnceTheProbeFails() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      urls.add("https://site" + i + ".example/page");
    }
    RecordingListener listener = new RecordingListener();
    VerificationReport report =
        TestOptions.run(
            TestOptions.guarded(new FakeDns(), time),
            TestReferences.of(urls.toArray(String[]::new)),
            listener);
    assertTrue(report.offline());
    assertEquals(40, report.summary().get("offline"));
    assertTrue(report.results().stream().anyMatch(r -> r.reason().startsWith("not")));
    assertEquals(40, listener.settled.size());
    assertTrue(listener.finished);
  }

  @Test
  void refusedConnectionsEverywhereAndNoProbeMeanOffline() {
    String closed = ClosedPort.url();
    VerificationReport report =
        TestOptions.run(TestOptions.loopback(time), TestReferences.of(closed + "a", closed + "b"));
    assertTrue(report.offline());
    assertEquals(2, report.summary().get("offline"));
  }

  @Test
  void aDomainThatDoesNotResolveWhileOthersAnswerIsDead() {
    server.stubFor(
        any(urlEqualTo("/up"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    FakeDns dns = new FakeDns().map("alive.example", "203.0.113.5");
    VerificationReport report =
        TestOptions.run(
            TestOptions.guarded(dns, time),
            TestReferences.of(
                "http://gone.example:" + server.getPort() + "/page",
                "http://alive.example:" + server.getPort() + "/up"));
    assertFalse(report.offline());
    UrlResult gone = report.results().get(0);
    assertEquals(Verdict.DEAD, gone.verdict());
    assertTrue(gone.reason().contains("gone.example does not resolve"), gone.reason());
    assertEquals(Failure.DNS, gone.failure());
    assertNull(report.results().get(1).failure());
    assertEquals(Verdict.ALIVE, report.results().get(1).verdict());
  }

  @Test
  void aDomainThatDoesNotResolveIsDeadWhenTheProbeAnswers() {
    server.stubFor(any(urlEqualTo("/probe")).willReturn(aResponse().withStatus(204)));
    CheckOptions options =
        TestOptions.guarded(new FakeDns(), time)
            .withProbeUrl("http://127.0.0.1:" + server.getPort() + "/probe");
    VerificationReport report =
        TestOptions.run(options, TestReferences.of("https://expired-domain.example/x"));
    assertFalse(report.offline());
    assertEquals(Verdict.DEAD, report.results().get(0).verdict());
  }
}
