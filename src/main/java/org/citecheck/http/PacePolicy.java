package org.citecheck.http;

import java.time.Duration;

/**
 * How requests that share a key (a host, or one service) are paced.
 *
 * @param concurrency requests in flight at once at most
 * @param interval the least time between two request starts
 * @param adaptive true to widen the gap above the interval when the key's server refuses (429, 503,
 *     Retry-After) or slows down, and to narrow it back as it answers (see {@link AdaptiveGap})
 */
public record PacePolicy(int concurrency, Duration interval, boolean adaptive) {

  public PacePolicy {
    if (concurrency < 1 || interval.isNegative()) {
      throw new IllegalArgumentException(
          "concurrency must be at least 1 and the interval not negative");
    }
  }

  /** A fixed pace. */
  public PacePolicy(int concurrency, Duration interval) {
    this(concurrency, interval, false);
  }

  /** Spacing only, with no limit on requests in flight. */
  public static PacePolicy spacing(Duration interval) {
    return new PacePolicy(Integer.MAX_VALUE, interval);
  }

  /** A pace that starts at {@code floor} and slows down for a server that asks it to. */
  public static PacePolicy adaptive(int concurrency, Duration floor) {
    return new PacePolicy(concurrency, floor, true);
  }
}
