package org.citecheck.check.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citecheck.check.outcome.UrlOutcome;

/** Outcomes and verdict histories kept between runs, keyed by the exact URL. */
public interface ResultStore {

  /**
   * Told every URL the run may ask about before it asks, so that a store on a server can fetch them
   * together rather than one round trip each.
   */
  default void prepare(Collection<String> urls) {}

  /** The latest outcome when it is recent enough to reuse; offline and unreachable never are. */
  Optional<UrlOutcome> reusable(String url, Instant now, Duration maxAge);

  /** The URL's verdicts, oldest first, this run's included once recorded. */
  List<HistoryEntry> history(String url);

  /** Keeps a fresh outcome of this run. */
  void record(UrlOutcome outcome);

  /** Writes what this run recorded, merged with what other runs wrote meanwhile. */
  void save();

  /** A store that keeps nothing, for --no-cache. */
  static ResultStore none() {
    return new MemoryStore();
  }
}
