package org.citecheck.scholarly.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the metadata services' answers are kept, so that the next run asks nothing again within
 * {@code --max-age}. Small on purpose: {@link HistoryAnswerStore} keeps them in the run's history
 * store, {@link #none()} for one run only.
 */
public interface AnswerStore {

  /** The answer kept for the key when it is at most {@code maxAge} old. */
  Optional<StoredAnswer> fresh(String service, String key, Instant now, Duration maxAge);

  /** The answer kept for the key, however old. */
  Optional<StoredAnswer> last(String service, String key);

  /** Keeps an answer (replacing the key's last one). */
  void put(String service, String key, StoredAnswer answer);

  /** Writes what this run added; a no-op for a store that writes as it goes. */
  void save();

  /** A store that keeps nothing (--no-cache). */
  static AnswerStore none() {
    return new MemoryAnswerStore();
  }
}
