package org.citecheck.archive.http;

import java.time.Duration;
import org.citecheck.http.BreakerPolicy;
import org.citecheck.http.RetryPolicy;

/**
 * How one archive service is retried and when it is given up on for the rest of a run, as the
 * archive options hold it; {@link #retry()} and {@link #breaker()} are the shared interceptors'
 * policies made from it.
 *
 * @param retries extra attempts for one request after a 429, a 502-504, a timeout or a reset
 * @param maxConsecutive429 429 answers in a row (across requests) after which the service is not
 *     asked again
 * @param maxWait the longest Retry-After (or backoff) honoured; a longer one stops the service
 * @param maxConsecutiveFailures connection failures and 5xx answers in a row after which the
 *     service is taken as unreachable
 * @param backoffBase the first backoff when a 429 or 5xx comes without Retry-After; doubled each
 *     time
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

  /**
   * How one request to a service is retried: exact doubling steps from the backoff base (one client
   * pacing itself to one service needs no jitter), waits up to {@code maxWait}, and no run budget,
   * since the consecutive-failure limits already stop a failing service.
   */
  public RetryPolicy retry() {
    return new RetryPolicy(retries, backoffBase, maxWait, maxWait, false, Integer.MAX_VALUE, 0);
  }

  /** When the service is given up on. */
  public BreakerPolicy breaker() {
    return new BreakerPolicy(maxConsecutive429, maxWait, maxConsecutiveFailures);
  }
}
