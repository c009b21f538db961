package org.citecheck.http;

import java.time.Duration;

/**
 * How transient failures are retried.
 *
 * @param maxRetries retries after the first attempt, per request
 * @param baseDelay the first backoff; each later one doubles
 * @param maxDelay the largest backoff
 * @param retryAfterCap the longest Retry-After honoured; a server asking for more is given up on
 * @param jitter true to randomise each backoff between half and all of its step (many clients
 *     retrying one site spread out); false for exact steps (one client pacing itself to a service)
 * @param budgetFloor retries the whole run may always spend
 * @param budgetRatio further retries allowed per request made (0.2 = one retry per five requests)
 */
public record RetryPolicy(
    int maxRetries,
    Duration baseDelay,
    Duration maxDelay,
    Duration retryAfterCap,
    boolean jitter,
    int budgetFloor,
    double budgetRatio) {

  public static RetryPolicy defaults() {
    return new RetryPolicy(
        2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), true, 20, 0.2);
  }

  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(
        retries, baseDelay, maxDelay, retryAfterCap, jitter, budgetFloor, budgetRatio);
  }

  public RetryPolicy withDelays(Duration base, Duration max) {
    return new RetryPolicy(maxRetries, base, max, retryAfterCap, jitter, budgetFloor, budgetRatio);
  }
}
