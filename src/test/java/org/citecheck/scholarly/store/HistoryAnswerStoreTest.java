package org.citecheck.scholarly.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' answers in the history store: fresh within the age, kept across runs. */
class HistoryAnswerStoreTest {

  @TempDir Path dir;

  @Test
  void anAnswerIsFreshWithinItsAgeAndOutlivesTheRun() {
    Instant fetched = Instant.parse("2026-03-01T10:00:00Z");
    StoredAnswer answer =
        new StoredAnswer(
            404,
            "{\"responseCode\":100}",
            "https://doi.org/api/handles/10.1/x",
            fetched.toString(),
            fetched.toString());
    Path db = dir.resolve("citecheck.db");
    try (HistoryStore history = HistoryStore.open(StoreAddress.sqlite(db), null)) {
      new HistoryAnswerStore(history).put("doi", "10.1/x", answer);
    }
    try (HistoryStore history = HistoryStore.open(StoreAddress.sqlite(db), null)) {
      HistoryAnswerStore store = new HistoryAnswerStore(history);
      Duration day = Duration.ofDays(1);
      assertEquals(
          answer,
          store.fresh("doi", "10.1/x", fetched.plus(Duration.ofHours(23)), day).orElseThrow());
      assertTrue(store.fresh("doi", "10.1/x", fetched.plus(Duration.ofHours(25)), day).isEmpty());
      assertEquals(answer, store.last("doi", "10.1/x").orElseThrow());
      assertTrue(store.last("crossref", "10.1/x").isEmpty(), "kept per service");
    }
  }
}
