package org.citecheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.citecheck.check.cache.DeadConfirmation;
import org.citecheck.check.cache.FileStore;
import org.citecheck.check.cache.ResultStore;
import org.citecheck.check.http.Fetcher;
import org.citecheck.check.http.HostClients;
import org.citecheck.check.http.NetworkEvidence;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.check.page.PageTitles;
import org.citecheck.http.HttpClients;
import org.citecheck.http.UrlPolicy;
import org.citecheck.references.ReferenceSet;
import org.citecheck.text.TitleSimilarity;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.TitleMatch;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/** The check engine: verifies every cited URL of a reference set and returns the report. */
public final class Checker {

  private final CheckOptions options;
  private final CheckListener listener;
  private final HttpClients http;

  /**
   * @param http the run's clients, built from {@code options.http()}; the checker reads cited pages
   *     with {@link HttpClients#pages()} and asks the probe with {@link HttpClients#probe()}
   */
  public Checker(CheckOptions options, CheckListener listener, HttpClients http) {
    this.options = options;
    this.listener = listener;
    this.http = http;
  }

  /**
   * Checks every (note, source) pair with a URL, each distinct URL once.
   *
   * @param input the input's name, recorded in the report
   */
  public VerificationReport check(ReferenceSet references, String input) {
    List<Citation> citations = Citation.of(references);
    listener.started(citations.size());
    ResultStore store =
        options.cacheFile() == null
            ? ResultStore.none()
            : new FileStore(options.cacheFile(), options.clock(), listener::warning);
    NetworkEvidence evidence = new NetworkEvidence();
    HostClients clients = new HostClients(http.pages(), options.http().hostConcurrency());
    Fetcher fetcher =
        new Fetcher(
            clients, http.pagePace(), new UrlPolicy(options.http().allowPrivateHosts()), evidence);
    NetworkProbe probe = new NetworkProbe(http.probe(), options.probeUrl());
    OfflineWatch offlineWatch = new OfflineWatch(evidence, probe);
    try (HostScheduler scheduler =
        new HostScheduler(options.http().hostConcurrency(), options.maxConcurrency())) {
      UrlChecks checks = new UrlChecks(fetcher, scheduler, offlineWatch, store, options, listener);
      Settlement settlement = new Settlement(checks);
      List<CompletableFuture<Settlement.Settled>> pending = new ArrayList<>();
      scheduler.hold(); // queue everything first: the threads would otherwise starve this one
      for (Citation citation : citations) {
        pending.add(
            settlement
                .settle(citation)
                .whenComplete(
                    (settled, error) -> {
                      if (settled != null) {
                        listener.settled(settled.outcome().verdict());
                      }
                    }));
      }
      scheduler.release();
      List<Settlement.Settled> settled = joinAll(pending);
      boolean offline = offlineWatch.offlineAtEnd();
      for (UrlOutcome outcome : checks.freshOutcomes()) {
        if (!offline && outcome.verdict() != Verdict.OFFLINE) {
          store.record(outcome);
        }
      }
      List<UrlResult> results = new ArrayList<>();
      for (Settlement.Settled one : settled) {
        UrlOutcome outcome =
            offline && checks.isFresh(one.url())
                ? offlineVersion(one.outcome(), probe)
                : one.outcome();
        results.add(
            result(one, outcome, store, checks.isCached(one.url()) ? outcome.checkedAt() : null));
      }
      store.save();
      listener.finished();
      return new VerificationReport(
          VerificationReport.SCHEMA_VERSION,
          options.clock().instant().toString(),
          input,
          offline,
          null,
          results);
    } finally {
      clients.close();
    }
  }

  private static List<Settlement.Settled> joinAll(
      List<CompletableFuture<Settlement.Settled>> pending) {
    List<Settlement.Settled> settled = new ArrayList<>();
    for (CompletableFuture<Settlement.Settled> future : pending) {
      try {
        settled.add(future.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw e;
      }
    }
    return settled;
  }

  /** When the checker is offline nothing it failed to reach says anything about the page. */
  private static UrlOutcome offlineVersion(UrlOutcome outcome, NetworkProbe probe) {
    Failure failure = outcome.failure();
    if (failure == null || failure == Failure.INVALID_URL || failure == Failure.REFUSED_ADDRESS) {
      return outcome;
    }
    return outcome.withVerdict(
        Verdict.OFFLINE,
        "not verified: the checker has no network (no site answered, nor did " + probe.url() + ")");
  }

  /**
   * @param cachedAt when the outcome was reused from the cache, the instant of that earlier check;
   *     null when this run fetched it
   */
  private static UrlResult result(
      Settlement.Settled settled, UrlOutcome outcome, ResultStore store, String cachedAt) {
    Citation citation = settled.citation();
    Boolean confirmed = null;
    String reason = outcome.reason();
    if (outcome.verdict() == Verdict.DEAD) {
      confirmed = DeadConfirmation.confirmed(store.history(settled.url()));
      reason +=
          confirmed
              ? "; confirmed: it failed in checks at least a day apart"
              : "; not yet confirmed: it needs a second failing check a day or more later";
    }
    return new UrlResult(
        citation.note(),
        citation.source(),
        settled.url(),
        outcome.verdict(),
        reason,
        confirmed,
        outcome.httpStatus(),
        outcome.finalUrl(),
        outcome.redirects(),
        outcome.elapsedMs(),
        titleMatch(citation.citedTitle(), outcome.page()),
        null,
        null,
        outcome.failure(),
        cachedAt,
        outcome.page() == null ? null : outcome.page().metadata());
  }

  static TitleMatch titleMatch(String cited, PageTitles page) {
    List<String> live = page == null ? List.of() : page.candidates();
    if (live.isEmpty()) {
      return cited == null ? null : new TitleMatch(cited, null, null);
    }
    if (cited == null || cited.isBlank()) {
      return new TitleMatch(cited, live.get(0), null);
    }
    String best = live.get(0);
    double bestScore = -1;
    for (String candidate : live) {
      double score = TitleSimilarity.score(cited, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return new TitleMatch(cited, best, bestScore);
  }
}
