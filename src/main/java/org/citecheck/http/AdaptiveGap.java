package org.citecheck.http;

import java.time.Duration;

/**
 * One host's gap between request starts, set the way crawlers set it (additive decrease,
 * multiplicative increase): none at first, doubled (from a first step of 250 ms) when the host
 * answers 429 or 503, then eased back by 25 ms with each other answer. It never falls below its
 * floor: the user's {@code --host-interval}, or the site's {@code Crawl-delay} when larger.
 *
 * <p>Rising latency is not a signal here. It was one at first (a running mean three times the
 * host's fastest answer), and on a loaded machine it slowed every host down to gaps of seconds: the
 * latency the checker measures includes its own waiting for a core, which no host can fix.
 */
final class AdaptiveGap {

  static final long FIRST_STEP = Duration.ofMillis(250).toNanos();
  static final long EASE = Duration.ofMillis(25).toNanos();
  static final long MAX_GAP = Duration.ofSeconds(30).toNanos();

  private final boolean adaptive;
  private long floor;
  private long gap;
  private long lastIncrease = Long.MIN_VALUE;

  AdaptiveGap(boolean adaptive, long floor) {
    this.adaptive = adaptive;
    this.floor = floor;
    this.gap = floor;
  }

  synchronized long gap() {
    return gap;
  }

  synchronized void raiseFloor(long newFloor) {
    floor = Math.max(floor, newFloor);
    gap = Math.max(gap, floor);
  }

  /**
   * Learns from one answer.
   *
   * @param status the HTTP status
   * @param now the time source's now, to slow down at most once per gap
   * @return true when this answer slowed the host down
   */
  synchronized boolean answered(int status, long now) {
    if (!adaptive) {
      return false;
    }
    if (status == 429 || status == 503) {
      // Concurrent answers to the same overload count once: wait a gap before doubling again.
      if (lastIncrease != Long.MIN_VALUE && now - lastIncrease < Math.max(gap, FIRST_STEP)) {
        return false;
      }
      lastIncrease = now;
      gap = Math.min(MAX_GAP, Math.max(floor, Math.max(2 * gap, FIRST_STEP)));
      return true;
    }
    gap = Math.max(floor, gap - EASE);
    return false;
  }
}
