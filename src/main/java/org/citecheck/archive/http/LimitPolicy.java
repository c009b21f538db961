package org.citecheck.archive.http;

import java.time.Duration;

/**
 * When a service is given up on for the rest of a run.
 *
 * @param retries extra attempts for one request after a 429, a 5xx or a connection failure
 * @param maxConsecutive429 429 answers in a row (across requests) after which the service is not
 *     asked again
 * @param maxWait the longest Retry-After (or backoff) honoured; a longer one stops the service
 * @param maxConsecutiveFailures connection failures and 5xx answers in a row after which the service
 *     is taken as unreachable
 * @param backoffBase the first backoff when a 429 or 5xx comes without Retry-After; doubled each time
 */
public record LimitPolicy(
    int retries,
    int maxConsecutive429,
    Duration maxWait,
    int maxConsecutiveFailures,
    Duration backoffBase) {

  /** Three 429s in a row stop a service; waits up to two minutes are honoured. */
  public static LimitPolicy defaults() {
    return new LimitPolicy(2, 3, Duration.ofMinutes(2), 5, Duration.ofSeconds(2));
  }

  public LimitPolicy {
    if (retries < 0 || maxConsecutive429 < 1 || maxConsecutiveFailures < 1) {
      throw new IllegalArgumentException("retries must be >= 0 and thresholds >= 1");
    }
  }
}
