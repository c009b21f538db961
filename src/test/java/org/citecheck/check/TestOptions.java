package org.citecheck.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.SocketFactory;
import okhttp3.Dns;
import org.citecheck.http.FakeTime;
import org.citecheck.http.HttpClients;
import org.citecheck.http.HttpSettings;
import org.citecheck.http.RetryPolicy;
import org.citecheck.references.ReferenceSet;
import org.citecheck.testing.ClosedPort;
import org.citecheck.verdict.VerificationReport;

/**
 * Check options for tests: short timeouts, recorded (instant) waits, no cache, a probe that fails.
 */
final class TestOptions {

  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  private TestOptions() {}

  /** Private hosts allowed: WireMock on 127.0.0.1 is checked directly. */
  static CheckOptions loopback(FakeTime time) {
    return options(
        true,
        Dns.SYSTEM,
        SocketFactory.getDefault(),
        time,
        Clock.fixed(START, java.time.ZoneOffset.UTC));
  }

  /** The address guard on: names resolve through the fake, sockets land on loopback. */
  static CheckOptions guarded(FakeDns dns, FakeTime time) {
    return options(
        false,
        dns,
        new LoopbackSocketFactory(),
        time,
        Clock.fixed(START, java.time.ZoneOffset.UTC));
  }

  static CheckOptions options(
      boolean allowPrivate, Dns dns, SocketFactory sockets, FakeTime time, Clock clock) {
    HttpSettings http =
        HttpSettings.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(2))
            .retry(RetryPolicy.defaults().withDelays(Duration.ofMillis(200), Duration.ofSeconds(2)))
            .hostConcurrency(4)
            .hostInterval(Duration.ZERO)
            .allowPrivateHosts(allowPrivate)
            .userAgent("citecheck-test/1.0")
            .dns(dns)
            .socketFactory(sockets)
            .time(time)
            .clock(clock)
            .build();
    return CheckOptions.defaults(http)
        .withUrlDeadline(Duration.ofSeconds(10))
        .withMaxConcurrency(8)
        .withProbeUrl(ClosedPort.url())
        .withClock(clock);
  }

  static VerificationReport run(CheckOptions options, ReferenceSet references) {
    return run(options, references, CheckListener.NONE);
  }

  /** The checker with the run's clients built as the composition root builds them. */
  static VerificationReport run(
      CheckOptions options, ReferenceSet references, CheckListener listener) {
    try (HttpClients http = HttpClients.create(options.http())) {
      return new Checker(options, listener, http).check(references, "test");
    }
  }
}
