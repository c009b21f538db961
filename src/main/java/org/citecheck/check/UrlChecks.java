package org.citecheck.check;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.citecheck.check.cache.ResultStore;
import org.citecheck.check.http.Fetch;
import org.citecheck.check.http.Fetcher;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Verdict;

/**
 * Checks each distinct URL once per run: the first asker schedules the check on its host's lane (or
 * takes a fresh enough cached outcome), later askers share the same future.
 */
final class UrlChecks {

  private final Fetcher fetcher;
  private final CheckListener listener;
  private final HostScheduler scheduler;
  private final OfflineWatch offline;
  private final ResultStore store;
  private static final Pattern FTP = Pattern.compile("(?i)ftp://");

  private final List<Pattern> excludes;
  private final Duration deadline;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<String, CompletableFuture<UrlOutcome>> outcomes = new ConcurrentHashMap<>();
  private final Map<String, UrlOutcome> fresh = new ConcurrentHashMap<>();
  private final Set<String> cached = ConcurrentHashMap.newKeySet();

  UrlChecks(
      Fetcher fetcher,
      HostScheduler scheduler,
      OfflineWatch offline,
      ResultStore store,
      CheckOptions options,
      CheckListener listener) {
    this.fetcher = fetcher;
    this.listener = listener;
    this.scheduler = scheduler;
    this.offline = offline;
    this.store = store;
    this.excludes = options.excludes();
    this.deadline = options.urlDeadline();
    this.maxAge = options.maxAge();
    this.clock = options.clock();
  }

  /** The pattern that excludes the URL, if any. */
  Optional<Pattern> exclusion(String url) {
    return excludes.stream().filter(pattern -> pattern.matcher(url).find()).findFirst();
  }

  CompletableFuture<UrlOutcome> outcome(String url) {
    return outcomes.computeIfAbsent(url, this::start);
  }

  /** The outcomes this run fetched itself (not taken from the cache). */
  List<UrlOutcome> freshOutcomes() {
    return new ArrayList<>(fresh.values());
  }

  boolean isFresh(String url) {
    return fresh.containsKey(url);
  }

  /** True when the URL's outcome was reused from the cache rather than fetched by this run. */
  boolean isCached(String url) {
    return cached.contains(url);
  }

  private CompletableFuture<UrlOutcome> start(String url) {
    if (FTP.matcher(url).lookingAt()) {
      // An FTP server answers no HEAD or status code the verdicts are made of; saying nothing is
      // more honest than a guess, and the reader still sees the URL was cited.
      return CompletableFuture.completedFuture(
          new UrlOutcome(
              url,
              Verdict.SKIPPED,
              "ftp is not checked",
              null,
              null,
              List.of(),
              0,
              null,
              null,
              clock.instant().toString()));
    }
    Optional<Pattern> excluded = exclusion(url);
    if (excluded.isPresent()) {
      return CompletableFuture.completedFuture(
          new UrlOutcome(
              url,
              Verdict.SKIPPED,
              "excluded by the pattern '" + excluded.get().pattern() + "'",
              null,
              null,
              List.of(),
              0,
              null,
              null,
              clock.instant().toString()));
    }
    Optional<UrlOutcome> reusable = store.reusable(url, clock.instant(), maxAge);
    if (reusable.isPresent()) {
      cached.add(url);
      return CompletableFuture.completedFuture(reusable.get());
    }
    CompletableFuture<UrlOutcome> future = new CompletableFuture<>();
    HttpUrl parsed = HttpUrl.parse(url);
    scheduler.submit(
        parsed == null ? "" : parsed.host(),
        () -> {
          listener.fetching(url);
          try {
            UrlOutcome outcome = check(url);
            fresh.put(url, outcome);
            listener.fetched(url);
            future.complete(outcome);
          } catch (RuntimeException | Error e) {
            listener.fetched(url);
            future.completeExceptionally(e);
          }
        });
    return future;
  }

  private UrlOutcome check(String url) {
    String checkedAt = clock.instant().toString();
    if (offline.knownOffline()) {
      return new UrlOutcome(
          url,
          Verdict.OFFLINE,
          "not tried: the checker has no network",
          null,
          null,
          List.of(),
          0,
          null,
          Failure.CONNECT,
          checkedAt);
    }
    long started = System.nanoTime();
    Fetch fetch = fetcher.fetch(url, deadline);
    Classifier.Judgement judgement = Classifier.judge(url, fetch);
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    String finalUrl = fetch.redirects().isEmpty() ? null : fetch.finalUrl();
    return new UrlOutcome(
        url,
        judgement.verdict(),
        judgement.reason(),
        fetch.status(),
        finalUrl,
        fetch.redirects(),
        elapsed,
        judgement.page(),
        fetch.failure(),
        checkedAt);
  }
}
