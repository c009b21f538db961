package org.citecheck.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Paces requests that share a key: at most the policy's number in flight, their starts spaced by a
 * gap, fixed or adaptive ({@link AdaptiveGap}). A slot is held until the response body is closed.
 * Waiting for a slot stops at the request's {@link Deadline}, and a start the gap would put past it
 * fails at once ({@link PaceException}). Cited pages are paced per host; an archive service as a
 * whole.
 *
 * <p>Under an adaptive pace a retry is not spaced again: it has waited its own backoff, or the
 * server's Retry-After. A fixed pace (an archive service's) spaces retries like any request.
 *
 * <p>A caller can wait for its turn before its URL's time starts ({@link #awaitTurn}) and tag the
 * request with the {@link Turn}: a host's pace is then no part of the time allowed for one URL.
 */
public final class PaceInterceptor implements Interceptor {

  private final PacePolicy policy;
  private final Function<Request, String> key;
  private final TimeSource time;
  private final Function<HttpUrl, Duration> crawlDelay;
  private final Clock clock;
  private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();

  private PaceInterceptor(
      PacePolicy policy,
      Function<Request, String> key,
      TimeSource time,
      Function<HttpUrl, Duration> crawlDelay,
      Clock clock) {
    this.policy = policy;
    this.key = key;
    this.time = time;
    this.crawlDelay = crawlDelay;
    this.clock = clock;
  }

  /** One pace per host, as a polite crawler keeps. */
  public static PaceInterceptor perHost(PacePolicy policy, TimeSource time) {
    return perHost(policy, time, url -> Duration.ZERO, Clock.systemUTC());
  }

  /**
   * One pace per host, whose floor is raised to the host's crawl delay, asked once per host before
   * its first request.
   */
  public static PaceInterceptor perHost(
      PacePolicy policy, TimeSource time, Function<HttpUrl, Duration> crawlDelay, Clock clock) {
    return new PaceInterceptor(policy, request -> hostKey(request.url()), time, crawlDelay, clock);
  }

  /** One pace for every request through this interceptor: one service, whatever its hosts. */
  public static PaceInterceptor together(PacePolicy policy, TimeSource time) {
    return new PaceInterceptor(
        policy, request -> "", time, url -> Duration.ZERO, Clock.systemUTC());
  }

  private static String hostKey(HttpUrl url) {
    return url.host().toLowerCase(Locale.ROOT);
  }

  /** A start already waited for: the request carrying it skips the spacing once. */
  public static final class Turn {
    private final AtomicBoolean used = new AtomicBoolean();

    boolean take() {
      return used.compareAndSet(false, true);
    }
  }

  /**
   * Waits until a request to the URL's host may start, and books that start: tag the request with
   * the returned turn. Only for a per-host pace.
   */
  public Turn awaitTurn(HttpUrl url) throws InterruptedException {
    Gate gate = gate(hostKey(url), url);
    long wait;
    synchronized (gate) {
      long now = time.nanoTime();
      long start = Math.max(now, gate.nextStart);
      gate.nextStart = start + gate.gap.gap();
      wait = start - now;
    }
    if (wait > 0) {
      time.sleep(Duration.ofNanos(wait));
    }
    return new Turn();
  }

  /** The current gap of a host, for tests and the docs' figures. */
  Duration gapOf(String host) {
    Gate gate = gates.get(host.toLowerCase(Locale.ROOT));
    return gate == null ? Duration.ZERO : Duration.ofNanos(gate.gap.gap());
  }

  private Gate gate(String k, HttpUrl url) {
    Gate gate = gates.computeIfAbsent(k, x -> new Gate());
    gate.learnCrawlDelay(url);
    return gate;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Gate gate = gate(key.apply(request), request.url());
    Turn turn = request.tag(Turn.class);
    boolean waited =
        (turn != null && turn.take())
            || (policy.adaptive() && request.tag(RetryInterceptor.Retried.class) != null);
    gate.enter(request.tag(Deadline.class), waited);
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            gate.slots.release();
          }
        };
    try {
      Response response = chain.proceed(request);
      gate.answered(response);
      return response.newBuilder().body(releasing(response.body(), release)).build();
    } catch (IOException | RuntimeException e) {
      release.run();
      throw e;
    }
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

  /** One key's slots, its gap and the earliest time its next request may start. */
  private final class Gate {
    final Semaphore slots = new Semaphore(policy.concurrency(), true);
    final AdaptiveGap gap = new AdaptiveGap(policy.adaptive(), policy.interval().toNanos());
    long nextStart = time.nanoTime();
    private boolean crawlDelayKnown;

    /** Asks the crawl delay once, before the key's first request; later callers wait for it. */
    synchronized void learnCrawlDelay(HttpUrl url) {
      if (!crawlDelayKnown) {
        crawlDelayKnown = true;
        gap.raiseFloor(crawlDelay.apply(url).toNanos());
      }
    }

    void answered(Response response) {
      long now = time.nanoTime();
      if (gap.answered(response.code(), now)) {
        // the host asked for a pause: the next start waits a whole gap from now
        synchronized (this) {
          nextStart = Math.max(nextStart, now + gap.gap());
        }
      }
      if (policy.adaptive()) {
        Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock);
        if (asked.isPresent()) {
          long until = now + Math.min(asked.get().toNanos(), AdaptiveGap.MAX_GAP);
          synchronized (this) {
            nextStart = Math.max(nextStart, until);
          }
        }
      }
    }

    void enter(Deadline deadline, boolean prepaid) throws IOException {
      try {
        long waitMillis = deadline == null ? Long.MAX_VALUE : deadline.remaining().toMillis();
        if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
          throw new InterruptedIOException(
              "deadline reached while waiting for a free slot on the host");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the host");
      }
      if (prepaid) {
        return;
      }
      long wait;
      synchronized (this) {
        long now = time.nanoTime();
        long start = Math.max(now, nextStart);
        wait = start - now;
        if (deadline != null && wait > 0 && wait >= deadline.remaining().toNanos()) {
          slots.release();
          throw new PaceException(
              "the host's pace (its Crawl-delay, or a slow-down after it refused) leaves"
                  + " no time for this request within the time allowed for the URL");
        }
        nextStart = start + gap.gap();
      }
      try {
        if (wait > 0) {
          time.sleep(Duration.ofNanos(wait));
        }
      } catch (InterruptedException e) {
        slots.release();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the host");
      }
    }
  }
}
