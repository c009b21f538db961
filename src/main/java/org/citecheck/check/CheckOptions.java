package org.citecheck.check;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.citecheck.http.HttpSettings;
import org.citecheck.store.StoreAccess;
import org.citecheck.store.StoreAddress;

/**
 * Everything a check run needs to know.
 *
 * @param http how to talk HTTP
 * @param urlDeadline the total time one URL's check may take, retries and redirects included
 * @param maxConcurrency URLs checked at once, over all hosts
 * @param excludes URLs matching any of these (found anywhere in the URL) are skipped
 * @param probeUrl fetched to tell "the checker is offline" from "these sites are down"
 * @param store the history store (cached results, dead-link confirmation), or null for none
 * @param maxAge how old a cached outcome may be and still be reused
 * @param clock the run's time (dates in the report, cache ages, dead confirmation)
 */
public record CheckOptions(
    HttpSettings http,
    Duration urlDeadline,
    int maxConcurrency,
    List<Pattern> excludes,
    String probeUrl,
    StoreAccess store,
    Duration maxAge,
    Clock clock) {

  public static final String DEFAULT_PROBE_URL = "https://web.archive.org/";

  /** The time one URL may take when not set: several retries of a slow site, redirects included. */
  public static final Duration DEFAULT_URL_DEADLINE = Duration.ofSeconds(30);

  /** URLs checked at once over all hosts when not set. */
  public static final int DEFAULT_MAX_CONCURRENCY = 64;

  /** How old a cached outcome may be and still be reused, when not set. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(1);

  public CheckOptions {
    excludes = List.copyOf(excludes);
    if (maxConcurrency < 1 || http.hostConcurrency() < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  public static CheckOptions defaults(HttpSettings http) {
    return new CheckOptions(
        http,
        DEFAULT_URL_DEADLINE,
        DEFAULT_MAX_CONCURRENCY,
        List.of(),
        DEFAULT_PROBE_URL,
        null,
        DEFAULT_MAX_AGE,
        Clock.systemUTC());
  }

  public CheckOptions withHttp(HttpSettings settings) {
    return new CheckOptions(
        settings, urlDeadline, maxConcurrency, excludes, probeUrl, store, maxAge, clock);
  }

  public CheckOptions withUrlDeadline(Duration deadline) {
    return new CheckOptions(
        http, deadline, maxConcurrency, excludes, probeUrl, store, maxAge, clock);
  }

  public CheckOptions withExcludes(List<Pattern> patterns) {
    return new CheckOptions(
        http, urlDeadline, maxConcurrency, patterns, probeUrl, store, maxAge, clock);
  }

  public CheckOptions withProbeUrl(String url) {
    return new CheckOptions(http, urlDeadline, maxConcurrency, excludes, url, store, maxAge, clock);
  }

  public CheckOptions withStore(StoreAccess access, Duration age) {
    return new CheckOptions(
        http, urlDeadline, maxConcurrency, excludes, probeUrl, access, age, clock);
  }

  /** A SQLite store named as {@code --cache} names it (a .json name means the .db beside it). */
  public CheckOptions withCache(Path file, Duration age) {
    return withStore(file == null ? null : StoreAccess.of(StoreAddress.forCacheFile(file)), age);
  }

  public CheckOptions withClock(Clock runClock) {
    return new CheckOptions(
        http, urlDeadline, maxConcurrency, excludes, probeUrl, store, maxAge, runClock);
  }

  public CheckOptions withMaxConcurrency(int max) {
    return new CheckOptions(http, urlDeadline, max, excludes, probeUrl, store, maxAge, clock);
  }
}
