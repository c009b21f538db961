package org.citecheck.http;

import java.time.Duration;

/**
 * When a service is given up on for the rest of a run.
 *
 * @param maxConsecutive429 429 answers in a row (across requests) after which it is not asked again
 * @param maxWait the longest Retry-After accepted with a 429; a longer one stops the service at
 *     once
 * @param maxConsecutiveFailures connection failures and 5xx answers in a row after which it is
 *     taken as unreachable
 */
public record BreakerPolicy(int maxConsecutive429, Duration maxWait, int maxConsecutiveFailures) {

  public BreakerPolicy {
    if (maxConsecutive429 < 1 || maxConsecutiveFailures < 1) {
      throw new IllegalArgumentException("thresholds must be at least 1");
    }
  }
}
