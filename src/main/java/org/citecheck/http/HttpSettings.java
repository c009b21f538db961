package org.citecheck.http;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.SocketFactory;
import okhttp3.Dns;

/**
 * How the checker talks HTTP.
 *
 * @param connectTimeout the longest wait for a TCP (and TLS) connection
 * @param readTimeout the longest silence while reading an answer
 * @param retry how transient failures are retried
 * @param hostConcurrency requests in flight to one host at most
 * @param hostInterval the minimum time between two request starts on one host
 * @param allowPrivateHosts true to allow loopback, private and link-local addresses (tests, intranets)
 * @param userAgent the User-Agent header sent
 * @param headers extra headers sent with every request, in order
 * @param dns the resolver under the address guard (the system's, or a test's fake)
 * @param socketFactory how sockets are made (the default, or a test's redirecting fake)
 * @param time the clock and sleep every wait goes through (retries, pacing)
 * @param clock reads Retry-After dates
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retry,
    int hostConcurrency,
    Duration hostInterval,
    boolean allowPrivateHosts,
    String userAgent,
    List<Map.Entry<String, String>> headers,
    Dns dns,
    SocketFactory socketFactory,
    TimeSource time,
    Clock clock) {

  public HttpSettings {
    headers = List.copyOf(headers);
  }

  public static HttpSettings defaults(String userAgent) {
    return new HttpSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(15), RetryPolicy.defaults(), 4, Duration.ofMillis(100),
        false, userAgent, List.of(), Dns.SYSTEM, SocketFactory.getDefault(), TimeSource.SYSTEM, Clock.systemUTC());
  }
}
