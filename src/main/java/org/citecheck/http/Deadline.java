package org.citecheck.http;

import java.time.Duration;

/**
 * The moment by which one URL's check must end, carried as a request tag so that every interceptor
 * that waits (retries, host throttling) can stop waiting in time.
 */
public final class Deadline {

  private final long deadlineNanos;

  private Deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  public static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** Time left, never negative. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  public boolean expired() {
    return deadlineNanos - System.nanoTime() <= 0;
  }
}
