package org.citecheck.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * The one limiter of a metadata service (the DOI resolver, Crossref, DataCite): at most {@code
 * maxInFlight} requests at once (a slot is held until the body is closed), starts spaced by the
 * larger of the configured interval and what the service announces in {@code X-Rate-Limit-Limit}
 * and {@code X-Rate-Limit-Interval} ("50" per "1s" spaces starts by 20 ms), and after a 429 or 503
 * with {@code Retry-After} no request at all until that wait is over, whichever request asks next.
 */
public final class ServiceLimiter implements Interceptor {

  private static final Pattern INTERVAL = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|h)?");

  /** The longest announced spacing taken: a garbled header must not stall a run for hours. */
  private static final Duration MAX_SPACING = Duration.ofSeconds(10);

  private final Semaphore slots;
  private final Duration configured;
  private final Duration maxWait;
  private final TimeSource time;
  private final Clock clock;
  private long nextStart;
  private Duration announced = Duration.ZERO;

  /**
   * @param maxInFlight requests in flight at once at most
   * @param interval the least time between two starts, whatever the service announces
   * @param maxWait the longest Retry-After honoured for every request (a longer one is left to the
   *     retry policy, which gives up)
   */
  public ServiceLimiter(
      int maxInFlight, Duration interval, Duration maxWait, TimeSource time, Clock clock) {
    if (maxInFlight < 1 || interval.isNegative()) {
      throw new IllegalArgumentException("at least one request in flight, interval >= 0");
    }
    this.slots = new Semaphore(maxInFlight, true);
    this.configured = interval;
    this.maxWait = maxWait;
    this.time = time;
    this.clock = clock;
    this.nextStart = time.nanoTime();
  }

  /** The spacing between starts now in force: configured or announced, whichever is longer. */
  public synchronized Duration spacing() {
    return announced.compareTo(configured) > 0 ? announced : configured;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    acquire();
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            slots.release();
          }
        };
    try {
      waitForTurn();
      Response response = chain.proceed(chain.request());
      learn(response);
      return response.newBuilder().body(releasing(response.body(), release)).build();
    } catch (IOException | RuntimeException e) {
      release.run();
      throw e;
    }
  }

  private void acquire() throws IOException {
    try {
      if (!slots.tryAcquire(maxWait.toMillis() + 60_000, TimeUnit.MILLISECONDS)) {
        throw new InterruptedIOException("no free slot for the service in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the service");
    }
  }

  private void waitForTurn() throws IOException {
    long wait;
    synchronized (this) {
      long now = time.nanoTime();
      long start = Math.max(now, nextStart);
      nextStart = start + spacing().toNanos();
      wait = start - now;
    }
    if (wait > 0) {
      try {
        time.sleep(Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the service");
      }
    }
  }

  /** Takes the service's announced limit, and holds every request back after a Retry-After. */
  private void learn(Response response) {
    Optional<Duration> perRequest =
        perRequest(response.header("X-Rate-Limit-Limit"), response.header("X-Rate-Limit-Interval"));
    Optional<Duration> pause =
        response.code() == 429 || response.code() == 503
            ? RetryAfter.parse(response.header("Retry-After"), clock)
            : Optional.empty();
    synchronized (this) {
      perRequest.ifPresent(spacing -> announced = spacing);
      if (pause.isPresent() && pause.get().compareTo(maxWait) <= 0) {
        nextStart = Math.max(nextStart, time.nanoTime() + pause.get().toNanos());
      }
    }
  }

  /** "50" requests per "1s" is one every 20 ms; empty when either header is missing or garbled. */
  static Optional<Duration> perRequest(String limit, String interval) {
    if (limit == null || interval == null || limit.length() > 9 || interval.length() > 16) {
      return Optional.empty();
    }
    Matcher m = INTERVAL.matcher(interval.strip());
    if (!limit.strip().matches("\\d{1,9}") || !m.matches()) {
      return Optional.empty();
    }
    long count = Long.parseLong(limit.strip());
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration whole =
        switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
    if (count < 1) {
      return Optional.empty();
    }
    Duration spacing = whole.dividedBy(count);
    return Optional.of(spacing.compareTo(MAX_SPACING) > 0 ? MAX_SPACING : spacing);
  }

  private static ResponseBody releasing(ResponseBody body, Runnable release) {
    BufferedSource source =
        Okio.buffer(
            new ForwardingSource(body.source()) {
              @Override
              public void close() throws IOException {
                try {
                  super.close();
                } finally {
                  release.run();
                }
              }
            });
    return ResponseBody.create(source, body.contentType(), body.contentLength());
  }
}
