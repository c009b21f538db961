package org.citecheck.http;

import java.time.Duration;

/**
 * One host's gap between request starts, set the way crawlers set it (additive decrease,
 * multiplicative increase): none at first, doubled (from a first step of 250 ms) when the host
 * answers 429 or 503 or its answers grow slow, then eased back by 25 ms with each answer that is
 * neither. It never falls below its floor: the user's {@code --host-interval}, or the site's {@code
 * Crawl-delay} when larger.
 */
final class AdaptiveGap {

  static final long FIRST_STEP = Duration.ofMillis(250).toNanos();
  static final long EASE = Duration.ofMillis(25).toNanos();
  static final long MAX_GAP = Duration.ofSeconds(30).toNanos();

  /** Answers this slow compared with the host's fastest mean it is overloaded. */
  private static final double SLOW_FACTOR = 3;

  private static final long SLOW_MARGIN = Duration.ofMillis(500).toNanos();
  private static final int SAMPLES_BEFORE_JUDGING = 5;

  private final boolean adaptive;
  private long floor;
  private long gap;
  private long fastest = Long.MAX_VALUE;
  private double meanLatency = -1;
  private int samples;
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
   * @param latency the time from sending the request to its headers
   * @param now the time source's now, to slow down at most once per gap
   * @return true when this answer slowed the host down
   */
  synchronized boolean answered(int status, long latency, long now) {
    if (!adaptive) {
      return false;
    }
    samples++;
    fastest = Math.min(fastest, latency);
    meanLatency = meanLatency < 0 ? latency : 0.8 * meanLatency + 0.2 * latency;
    boolean refused = status == 429 || status == 503;
    boolean slow =
        samples >= SAMPLES_BEFORE_JUDGING
            && meanLatency > SLOW_FACTOR * fastest
            && meanLatency - fastest > SLOW_MARGIN;
    if (refused || slow) {
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
