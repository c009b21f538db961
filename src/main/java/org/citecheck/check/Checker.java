package org.citecheck.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.citecheck.check.cache.DatabaseStore;
import org.citecheck.check.cache.DeadConfirmation;
import org.citecheck.check.cache.JsonCacheImport;
import org.citecheck.check.cache.ResultStore;
import org.citecheck.check.http.Fetcher;
import org.citecheck.check.http.HostClients;
import org.citecheck.check.http.NetworkEvidence;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.check.page.PageTitles;
import org.citecheck.http.HttpClients;
import org.citecheck.http.UrlPolicy;
import org.citecheck.references.ReferenceSet;
import org.citecheck.store.HistoryStore;
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
    if (options.store() == null) {
      return check(references, input, ResultStore.none());
    }
    try (HistoryStore history = options.store().open()) {
      importOldCache(history, options, listener);
      return check(references, input, new DatabaseStore(history, listener::warning));
    }
  }

  /**
   * Brings in the JSON cache of earlier versions the first time a SQLite store is opened beside it,
   * and says so.
   */
  public static void importOldCache(
      HistoryStore history, CheckOptions options, CheckListener listener) {
    JsonCacheImport.run(history, history.address(), options.clock().instant())
        .forEach(listener::warning);
  }

  /**
   * Checks every (note, source) pair with a URL, each distinct URL once, reading and keeping
   * history in the store given (which the caller opened and closes).
   */
  public VerificationReport check(ReferenceSet references, String input, ResultStore store) {
    return checkAll(List.of(new Document(input, references)), store).get(0);
  }

  /**
   * A document of a run that checks several.
   *
   * @param name the input's name, recorded in its report
   * @param references its notes
   */
  public record Document(String name, ReferenceSet references) {}

  /**
   * Checks several documents in one run: each distinct URL once across all of them, under one
   * politeness schedule per host, and one report per document, in the order given.
   */
  public List<VerificationReport> checkAll(List<Document> documents, ResultStore store) {
    List<List<Citation>> citations = new ArrayList<>();
    int total = 0;
    for (Document document : documents) {
      List<Citation> mine = Citation.of(document.references());
      citations.add(mine);
      total += mine.size();
    }
    listener.started(total);
    Set<String> urls = new LinkedHashSet<>();
    citations.forEach(mine -> mine.forEach(citation -> urls.addAll(citation.candidates())));
    store.prepare(urls);
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
      List<List<CompletableFuture<Settlement.Settled>>> pending = new ArrayList<>();
      scheduler.hold(); // queue everything first: the threads would otherwise starve this one
      for (List<Citation> mine : citations) {
        List<CompletableFuture<Settlement.Settled>> futures = new ArrayList<>();
        for (Citation citation : mine) {
          futures.add(
              settlement
                  .settle(citation)
                  .whenComplete(
                      (settled, error) -> {
                        if (settled != null) {
                          listener.settled(settled.outcome().verdict());
                        }
                      }));
        }
        pending.add(futures);
      }
      scheduler.release();
      List<List<Settlement.Settled>> settled = new ArrayList<>();
      for (List<CompletableFuture<Settlement.Settled>> futures : pending) {
        settled.add(joinAll(futures));
      }
      boolean offline = offlineWatch.offlineAtEnd();
      for (UrlOutcome outcome : checks.freshOutcomes()) {
        if (!offline && outcome.verdict() != Verdict.OFFLINE) {
          store.record(outcome);
        }
      }
      List<VerificationReport> reports = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        List<UrlResult> results = new ArrayList<>();
        for (Settlement.Settled one : settled.get(d)) {
          UrlOutcome outcome =
              offline && checks.isFresh(one.url())
                  ? offlineVersion(one.outcome(), probe)
                  : one.outcome();
          results.add(
              result(one, outcome, store, checks.isCached(one.url()) ? outcome.checkedAt() : null));
        }
        reports.add(
            new VerificationReport(
                VerificationReport.SCHEMA_VERSION,
                options.clock().instant().toString(),
                documents.get(d).name(),
                offline,
                null,
                results));
      }
      store.save();
      listener.finished();
      return reports;
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
