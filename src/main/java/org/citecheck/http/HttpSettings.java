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
 * @param hostInterval the least time between two request starts on one host: a floor under the
 *     adaptive pace (see {@link AdaptiveGap}), which starts with no gap and slows a host down when
 *     it refuses (429, 503, Retry-After) or slows
 * @param respectRobots true to read each host's robots.txt once and keep its Crawl-delay
 * @param allowPrivateHosts true to allow loopback, private and link-local addresses (tests,
 *     intranets)
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
    boolean respectRobots,
    boolean allowPrivateHosts,
    String userAgent,
    List<Map.Entry<String, String>> headers,
    Dns dns,
    SocketFactory socketFactory,
    TimeSource time,
    Clock clock) {

  /** The longest wait for a connection when none is set. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The longest silence while reading an answer when none is set. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

  /** Requests in flight to one host at most when not set: polite to one site, quick over many. */
  public static final int DEFAULT_HOST_CONCURRENCY = 4;

  /**
   * The least time between two request starts on one host when not set: none, as the pace adapts to
   * each host (a fixed 100 ms, the default before, made a host of 100 cited URLs take 10 s however
   * fast it answered).
   */
  public static final Duration DEFAULT_HOST_INTERVAL = Duration.ZERO;

  public HttpSettings {
    headers = List.copyOf(headers);
  }

  /** Settings with every default: change what differs, then {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings, to change a few of them. */
  public Builder toBuilder() {
    return new Builder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .retry(retry)
        .hostConcurrency(hostConcurrency)
        .hostInterval(hostInterval)
        .respectRobots(respectRobots)
        .allowPrivateHosts(allowPrivateHosts)
        .userAgent(userAgent)
        .headers(headers)
        .dns(dns)
        .socketFactory(socketFactory)
        .time(time)
        .clock(clock);
  }

  /** Builds {@link HttpSettings} by name, each field starting at its default. */
  public static final class Builder {
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private RetryPolicy retry = RetryPolicy.defaults();
    private int hostConcurrency = DEFAULT_HOST_CONCURRENCY;
    private Duration hostInterval = DEFAULT_HOST_INTERVAL;
    private boolean respectRobots;
    private boolean allowPrivateHosts;
    private String userAgent = "citecheck";
    private List<Map.Entry<String, String>> headers = List.of();
    private Dns dns = Dns.SYSTEM;
    private SocketFactory socketFactory = SocketFactory.getDefault();
    private TimeSource time = TimeSource.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder retry(RetryPolicy value) {
      retry = value;
      return this;
    }

    /** Keeps the retry policy's delays and budget, with this many retries per request. */
    public Builder maxRetries(int value) {
      retry = retry.withMaxRetries(value);
      return this;
    }

    public Builder hostConcurrency(int value) {
      hostConcurrency = value;
      return this;
    }

    public Builder hostInterval(Duration value) {
      hostInterval = value;
      return this;
    }

    public Builder respectRobots(boolean value) {
      respectRobots = value;
      return this;
    }

    public Builder allowPrivateHosts(boolean value) {
      allowPrivateHosts = value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder headers(List<Map.Entry<String, String>> value) {
      headers = value;
      return this;
    }

    public Builder dns(Dns value) {
      dns = value;
      return this;
    }

    public Builder socketFactory(SocketFactory value) {
      socketFactory = value;
      return this;
    }

    public Builder time(TimeSource value) {
      time = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    public HttpSettings build() {
      return new HttpSettings(
          connectTimeout,
          readTimeout,
          retry,
          hostConcurrency,
          hostInterval,
          respectRobots,
          allowPrivateHosts,
          userAgent,
          headers,
          dns,
          socketFactory,
          time,
          clock);
    }
  }
}
