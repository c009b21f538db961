package org.citecheck.scholarly.service;

import java.time.Duration;

/**
 * How one metadata service is asked.
 *
 * @param maxInFlight requests in flight at once at most (Crossref asks for one or two)
 * @param interval the least time between two request starts, whatever the service announces
 * @param retries extra attempts after a 429, a 502-504, a timeout or a reset
 * @param maxWait the longest Retry-After honoured; a longer one stops the service for the run
 * @param maxRedirects redirects followed (content negotiation goes from doi.org to an agency)
 * @param maxBytes the most of one answer read
 */
public record ServicePolicy(
    int maxInFlight,
    Duration interval,
    int retries,
    Duration maxWait,
    int maxRedirects,
    long maxBytes) {

  /** The DOI resolver: handle look-ups are cheap, a few at once. */
  public static ServicePolicy doiResolver() {
    return new ServicePolicy(4, Duration.ofMillis(50), 2, Duration.ofMinutes(1), 5, 1 << 20);
  }

  /** Crossref: two in flight, spaced further when its X-Rate-Limit headers ask. */
  public static ServicePolicy crossref() {
    return new ServicePolicy(2, Duration.ofMillis(100), 2, Duration.ofMinutes(1), 2, 2 << 20);
  }

  /** DataCite's REST API. */
  public static ServicePolicy datacite() {
    return new ServicePolicy(2, Duration.ofMillis(100), 2, Duration.ofMinutes(1), 2, 1 << 20);
  }

  /** The same policy without waits between starts, for tests that must not sleep. */
  public ServicePolicy withInterval(Duration newInterval) {
    return new ServicePolicy(maxInFlight, newInterval, retries, maxWait, maxRedirects, maxBytes);
  }
}
