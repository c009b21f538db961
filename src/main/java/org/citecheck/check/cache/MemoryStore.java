package org.citecheck.check.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.verdict.Verdict;

/**
 * Keeps one run's outcomes in memory only: what --no-cache gives, and the base of the file store.
 */
class MemoryStore implements ResultStore {

  /**
   * Per URL, how many history entries are kept; enough to see a streak, small enough to stay light.
   */
  static final int MAX_HISTORY = 20;

  protected final Map<String, CacheEntry> entries = new HashMap<>();

  @Override
  public synchronized Optional<UrlOutcome> reusable(String url, Instant now, Duration maxAge) {
    CacheEntry entry = entries.get(url);
    if (entry == null || entry.latest() == null || entry.latest().checkedAt() == null) {
      return Optional.empty();
    }
    Verdict verdict = entry.latest().verdict();
    if (verdict == Verdict.OFFLINE
        || verdict == Verdict.UNREACHABLE
        || verdict == Verdict.SKIPPED) {
      return Optional.empty();
    }
    Instant checked = Instant.parse(entry.latest().checkedAt());
    if (checked.isAfter(now) || Duration.between(checked, now).compareTo(maxAge) > 0) {
      return Optional.empty();
    }
    return Optional.of(entry.latest());
  }

  @Override
  public synchronized List<HistoryEntry> history(String url) {
    CacheEntry entry = entries.get(url);
    return entry == null ? List.of() : entry.history();
  }

  @Override
  public synchronized void record(UrlOutcome outcome) {
    entries.put(outcome.url(), merge(entries.get(outcome.url()), entryOf(outcome)));
  }

  @Override
  public void save() {}

  static CacheEntry entryOf(UrlOutcome outcome) {
    UrlOutcome kept =
        outcome.page() == null
            ? outcome
            : new UrlOutcome(
                outcome.url(),
                outcome.verdict(),
                outcome.reason(),
                outcome.httpStatus(),
                outcome.finalUrl(),
                outcome.redirects(),
                outcome.elapsedMs(),
                outcome.page().withoutText(),
                outcome.failure(),
                outcome.checkedAt());
    return new CacheEntry(kept, List.of(new HistoryEntry(outcome.checkedAt(), outcome.verdict())));
  }

  /** Joins two entries for one URL: the newer latest outcome, the union of both histories. */
  static CacheEntry merge(CacheEntry older, CacheEntry newer) {
    if (older == null) {
      return newer;
    }
    if (newer == null) {
      return older;
    }
    List<HistoryEntry> history = new ArrayList<>(older.history());
    for (HistoryEntry entry : newer.history()) {
      if (!history.contains(entry)) {
        history.add(entry);
      }
    }
    history.sort((a, b) -> Instant.parse(a.at()).compareTo(Instant.parse(b.at())));
    if (history.size() > MAX_HISTORY) {
      history = new ArrayList<>(history.subList(history.size() - MAX_HISTORY, history.size()));
    }
    UrlOutcome latest = newerOf(older.latest(), newer.latest());
    return new CacheEntry(latest, history);
  }

  private static UrlOutcome newerOf(UrlOutcome a, UrlOutcome b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Instant.parse(b.checkedAt()).isBefore(Instant.parse(a.checkedAt())) ? a : b;
  }
}
