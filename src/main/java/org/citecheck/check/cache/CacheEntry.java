package org.citecheck.check.cache;

import java.util.List;
import org.citecheck.check.outcome.UrlOutcome;

/**
 * What the cache knows about one URL.
 *
 * @param latest the most recent check's outcome
 * @param history every kept check's verdict, oldest first
 */
public record CacheEntry(UrlOutcome latest, List<HistoryEntry> history) {

  public CacheEntry {
    history = history == null ? List.of() : List.copyOf(history);
  }
}
