package org.citecheck.scholarly.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.citecheck.store.HistoryStore;

/**
 * The services' answers kept in the run's history store (its {@code lookups} table), SQLite or
 * PostgreSQL alike: a team sharing a store shares what the DOI resolver and Crossref said, and the
 * store's prune drops old answers with old checks. Each answer is written as it comes, in a
 * transaction of its own, so a run cut short keeps what it asked.
 */
public final class HistoryAnswerStore implements AnswerStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryStore history;

  public HistoryAnswerStore(HistoryStore history) {
    this.history = history;
  }

  @Override
  public Optional<StoredAnswer> fresh(String service, String key, Instant now, Duration maxAge) {
    return read(history.lookup(service, key, now.minus(maxAge)));
  }

  @Override
  public Optional<StoredAnswer> last(String service, String key) {
    return read(history.lookup(service, key, Instant.EPOCH));
  }

  @Override
  public void put(String service, String key, StoredAnswer answer) {
    try {
      history.remember(
          service, key, JSON.writeValueAsString(answer), Instant.parse(answer.fetchedAt()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer record always serialises", e);
    }
  }

  @Override
  public void save() {
    // Written as each answer came.
  }

  /** A row this version cannot read (written by another one) counts as not kept. */
  private static Optional<StoredAnswer> read(Optional<String> row) {
    if (row.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(row.get(), StoredAnswer.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
