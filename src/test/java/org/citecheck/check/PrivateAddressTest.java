package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import org.citecheck.http.FakeTime;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The private-address rules with the guard really on: FakeDns gives public-looking addresses, the
 * loopback socket factory lands them on WireMock, and redirects try to lead the checker inside.
 */
class PrivateAddressTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeTime time = new FakeTime();
  private final FakeDns dns =
      new FakeDns()
          .map("news.example", "203.0.113.10")
          .map("intranet.example", "10.1.2.3")
          .map("mixed.example", "203.0.113.11", "192.168.1.20")
          .map("metadata.example", "169.254.169.254");

  private String at(String host, String path) {
    return "http://" + host + ":" + server.getPort() + path;
  }

  private UrlResult check(CheckOptions options, String url) {
    VerificationReport report = TestOptions.run(options, TestReferences.of(url));
    return report.results().get(0);
  }

  private void redirect(String path, String location) {
    server.stubFor(
        any(urlEqualTo(path))
            .willReturn(aResponse().withStatus(302).withHeader("Location", location)));
  }

  @Test
  void aPublicLookingHostIsCheckedNormally() {
    server.stubFor(
        any(urlEqualTo("/story"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    assertEquals(
        Verdict.ALIVE,
        check(TestOptions.guarded(dns, time), at("news.example", "/story")).verdict());
  }

  @Test
  void aRedirectToLoopbackIsRefused() {
    redirect("/to-loopback", "http://127.0.0.1:" + server.getPort() + "/admin");
    server.stubFor(any(urlEqualTo("/admin")).willReturn(aResponse().withStatus(200)));
    UrlResult result = check(TestOptions.guarded(dns, time), at("news.example", "/to-loopback"));
    assertEquals(Verdict.INVALID, result.verdict());
    assertTrue(result.reason().contains("127.0.0.1"), result.reason());
    assertTrue(result.reason().contains("--allow-private-hosts"), result.reason());
    assertEquals(
        1, occurrences(result.reason(), "refused"), "one 'refused' in: " + result.reason());
    server.verify(0, anyRequestedFor(urlEqualTo("/admin")));
  }

  @Test
  void aRedirectToTheCloudMetadataAddressIsRefused() {
    redirect("/to-metadata", "http://169.254.169.254:" + server.getPort() + "/latest/meta-data/");
    redirect("/to-metadata-name", at("metadata.example", "/latest/meta-data/"));
    server.stubFor(any(urlEqualTo("/latest/meta-data/")).willReturn(aResponse().withStatus(200)));
    assertEquals(
        Verdict.INVALID,
        check(TestOptions.guarded(dns, time), at("news.example", "/to-metadata")).verdict());
    assertEquals(
        Verdict.INVALID,
        check(TestOptions.guarded(dns, time), at("news.example", "/to-metadata-name")).verdict());
    server.verify(0, anyRequestedFor(urlEqualTo("/latest/meta-data/")));
  }

  @Test
  void namesResolvingToPrivateAddressesAreRefusedEvenWhenMixedWithPublicOnes() {
    server.stubFor(any(urlEqualTo("/wiki")).willReturn(aResponse().withStatus(200)));
    UrlResult intranet = check(TestOptions.guarded(dns, time), at("intranet.example", "/wiki"));
    assertEquals(Verdict.INVALID, intranet.verdict());
    assertTrue(intranet.reason().contains("10.1.2.3"), intranet.reason());
    assertEquals(
        Verdict.INVALID,
        check(TestOptions.guarded(dns, time), at("mixed.example", "/wiki")).verdict());
    server.verify(0, anyRequestedFor(urlEqualTo("/wiki")));
  }

  @Test
  void literalPrivateAddressesInEveryNotationAreRefused() {
    server.stubFor(any(urlEqualTo("/x")).willReturn(aResponse().withStatus(200)));
    int port = server.getPort();
    for (String host :
        new String[] {
          "127.0.0.1", "2130706433", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0", "[::]"
        }) {
      UrlResult result =
          check(TestOptions.guarded(dns, time), "http://" + host + ":" + port + "/x");
      assertEquals(Verdict.INVALID, result.verdict(), host + ": " + result.reason());
      assertEquals(
          1, occurrences(result.reason(), "refused"), "one 'refused' in: " + result.reason());
    }
    server.verify(0, anyRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void allowPrivateHostsLiftsTheRule() {
    redirect("/to-loopback-ok", "http://127.0.0.1:" + server.getPort() + "/inside");
    server.stubFor(
        any(urlEqualTo("/inside"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    CheckOptions allowed =
        TestOptions.options(true, dns, new LoopbackSocketFactory(), time, Clock.systemUTC());
    UrlResult result = check(allowed, at("news.example", "/to-loopback-ok"));
    assertEquals(Verdict.ALIVE, result.verdict(), result.reason());
    server.verify(1, anyRequestedFor(urlEqualTo("/inside")));
  }

  private static int occurrences(String text, String word) {
    return text.split(word, -1).length - 1;
  }
}
