package org.citecheck.check.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.citecheck.CitecheckException;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.io.Json;
import org.citecheck.store.CheckRecord;
import org.citecheck.store.HistoryStore;
import org.citecheck.verdict.Verdict;

/**
 * The check stage's view of the history store: reusable outcomes and verdict histories are read
 * from it per URL, and this run's fresh outcomes are written to it together when the run saves (one
 * transaction: a run killed before then adds nothing, never half).
 */
public final class DatabaseStore implements ResultStore {

  private final HistoryStore store;
  private final Consumer<String> warnings;
  private final Map<String, UrlOutcome> pending = new LinkedHashMap<>();

  /**
   * The stored checks of the URLs the run announced, read together; other URLs are asked singly.
   */
  private final Map<String, List<CheckRecord>> prepared = new ConcurrentHashMap<>();

  private final Set<String> announced = ConcurrentHashMap.newKeySet();

  public DatabaseStore(HistoryStore store, Consumer<String> warnings) {
    this.store = store;
    this.warnings = warnings;
  }

  @Override
  public void prepare(Collection<String> urls) {
    prepared.putAll(store.recent(urls, MemoryStore.MAX_HISTORY));
    announced.addAll(urls);
  }

  /** The URL's stored checks, oldest first: from the prepared ones when announced. */
  private List<CheckRecord> stored(String url) {
    if (announced.contains(url)) {
      return prepared.getOrDefault(url, List.of());
    }
    return store.recent(url, MemoryStore.MAX_HISTORY);
  }

  @Override
  public Optional<UrlOutcome> reusable(String url, Instant now, Duration maxAge) {
    List<CheckRecord> checks = stored(url);
    Optional<CheckRecord> latest =
        checks.isEmpty() ? Optional.empty() : Optional.of(checks.get(checks.size() - 1));
    if (latest.isEmpty() || latest.get().outcome() == null) {
      return Optional.empty();
    }
    CheckRecord check = latest.get();
    Verdict verdict = check.verdict();
    if (verdict == Verdict.OFFLINE
        || verdict == Verdict.UNREACHABLE
        || verdict == Verdict.SKIPPED
        || check.checkedAt().isAfter(now)
        || Duration.between(check.checkedAt(), now).compareTo(maxAge) > 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(check.outcome(), UrlOutcome.class));
    } catch (JsonProcessingException e) {
      return Optional.empty(); // written by another version and unreadable here: check it again
    }
  }

  @Override
  public List<HistoryEntry> history(String url) {
    List<HistoryEntry> history = new ArrayList<>();
    for (CheckRecord check : stored(url)) {
      history.add(new HistoryEntry(check.checkedAt().toString(), check.verdict()));
    }
    UrlOutcome mine;
    synchronized (this) {
      mine = pending.get(url);
    }
    if (mine != null) {
      history.add(new HistoryEntry(mine.checkedAt(), mine.verdict()));
    }
    return history;
  }

  @Override
  public synchronized void record(UrlOutcome outcome) {
    pending.put(outcome.url(), outcome);
  }

  @Override
  public void save() {
    List<CheckRecord> records;
    synchronized (this) {
      records = pending.values().stream().map(DatabaseStore::recordOf).toList();
      pending.clear();
    }
    try {
      store.record(records);
    } catch (CitecheckException e) {
      warnings.accept("this run's checks were not kept: " + e.getMessage());
    }
  }

  /** An outcome as the store keeps it: the columns people query, and the whole as JSON. */
  static CheckRecord recordOf(UrlOutcome outcome) {
    UrlOutcome kept = MemoryStore.entryOf(outcome).latest();
    String title =
        outcome.page() == null || outcome.page().candidates().isEmpty()
            ? null
            : outcome.page().candidates().get(0);
    return new CheckRecord(
        outcome.url(),
        Instant.parse(outcome.checkedAt()),
        outcome.verdict(),
        outcome.httpStatus(),
        outcome.finalUrl(),
        outcome.failure() == null ? null : outcome.failure().id(),
        outcome.elapsedMs(),
        title,
        Json.write(kept).strip());
  }
}
