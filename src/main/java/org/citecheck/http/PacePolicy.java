package org.citecheck.http;

import java.time.Duration;

/**
 * How requests that share a key (a host, or one service) are paced.
 *
 * @param concurrency requests in flight at once at most
 * @param interval the least time between two request starts
 */
public record PacePolicy(int concurrency, Duration interval) {

  public PacePolicy {
    if (concurrency < 1 || interval.isNegative()) {
      throw new IllegalArgumentException(
          "concurrency must be at least 1 and the interval not negative");
    }
  }

  /** Spacing only, with no limit on requests in flight. */
  public static PacePolicy spacing(Duration interval) {
    return new PacePolicy(Integer.MAX_VALUE, interval);
  }
}
