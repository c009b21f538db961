package org.citecheck.archive.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.citecheck.http.TimeSource;

/**
 * One archive service's pace and health: requests are spaced at least {@code interval} apart,
 * Retry-After and backoff push the next slot back, and once the service keeps refusing (429s) or
 * failing it is stopped for the rest of the run, so that no further request reaches it.
 */
public final class ServiceLimiter {

  private final String name;
  private final long intervalNanos;
  private final LimitPolicy policy;
  private final TimeSource time;
  private long nextSlot;
  private int consecutive429;
  private int consecutiveFailures;
  private RateLimitedException stopped;

  public ServiceLimiter(String name, Duration interval, LimitPolicy policy, TimeSource time) {
    this.name = name;
    this.intervalNanos = interval.toNanos();
    this.policy = policy;
    this.time = time;
    this.nextSlot = time.nanoTime();
  }

  public String name() {
    return name;
  }

  public LimitPolicy policy() {
    return policy;
  }

  /** Waits for this service's next slot; throws at once when the service has been stopped. */
  public void acquire() throws IOException {
    long wait;
    synchronized (this) {
      throwIfStopped();
      long now = time.nanoTime();
      long slot = Math.max(now, nextSlot);
      nextSlot = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      try {
        time.sleep(Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for " + name);
      }
    }
    synchronized (this) {
      throwIfStopped();
    }
  }

  /** Learns from one answer: 429 and 5xx slow the service down and may stop it. */
  public synchronized void recordResponse(int code, Duration retryAfter) {
    if (code == 429) {
      consecutive429++;
      Duration delay = retryAfter != null ? retryAfter : backoff(consecutive429);
      if (consecutive429 >= policy.maxConsecutive429()) {
        stop("archive rate-limited: " + name + " answered 429 " + consecutive429
            + " times in a row; not asked again in this run", true);
      } else if (delay.compareTo(policy.maxWait()) > 0) {
        stop("archive rate-limited: " + name + " asked to wait " + delay.toSeconds()
            + " s; not asked again in this run", true);
      } else {
        pushBack(delay);
      }
      return;
    }
    consecutive429 = 0;
    if (code >= 500) {
      failed(code + " answer");
      Duration delay = retryAfter != null ? retryAfter : backoff(consecutiveFailures);
      pushBack(delay.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : delay);
    } else {
      consecutiveFailures = 0;
    }
  }

  /** Learns from a request that got no answer at all. */
  public synchronized void recordFailure(IOException e) {
    if (e instanceof RateLimitedException) {
      return;
    }
    failed(e.getClass().getSimpleName());
    pushBack(backoff(consecutiveFailures));
  }

  public synchronized boolean isStopped() {
    return stopped != null;
  }

  private void failed(String what) {
    consecutiveFailures++;
    if (consecutiveFailures >= policy.maxConsecutiveFailures()) {
      stop("archive unreachable: " + name + " failed " + consecutiveFailures
          + " times in a row (last: " + what + "); not asked again in this run", false);
    }
  }

  private Duration backoff(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 10);
    return policy.backoffBase().multipliedBy(1L << doublings);
  }

  private void pushBack(Duration delay) {
    nextSlot = Math.max(nextSlot, time.nanoTime() + delay.toNanos());
  }

  private void stop(String reason, boolean rateLimited) {
    if (stopped == null) {
      stopped = new RateLimitedException(reason, rateLimited);
    }
  }

  /** Throws the reason the service was stopped, if it was. */
  public synchronized void throwIfStopped() throws RateLimitedException {
    if (stopped != null) {
      throw new RateLimitedException(stopped.getMessage(), stopped.rateLimited());
    }
  }
}
