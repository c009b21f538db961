package org.citecheck.scholarly.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.citecheck.scholarly.service.Answer;
import org.citecheck.scholarly.service.MetadataService;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.scholarly.store.StoredAnswer;

/**
 * A service whose definite answers (2xx, 404, 406, 204) are kept in the store and reused within the
 * maximum age; a 429, a 5xx or no answer at all is never kept, so the next run asks again.
 */
final class CachedService {

  private final MetadataService service;
  private final String name;
  private final AnswerStore store;
  private final Duration maxAge;
  private final Clock clock;

  CachedService(
      MetadataService service, String name, AnswerStore store, Duration maxAge, Clock clock) {
    this.service = service;
    this.name = name;
    this.store = store;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  Answer get(String key, String url, String accept) {
    Instant now = clock.instant();
    Optional<StoredAnswer> kept = store.fresh(name, key, now, maxAge);
    if (kept.isPresent()) {
      StoredAnswer answer = kept.get();
      return new Answer(answer.status(), answer.body(), answer.url(), null, false);
    }
    Answer answer = service.get(url, accept);
    int status = answer.status();
    if (status == 200 || status == 204 || status == 404 || status == 406) {
      store.put(
          name,
          key,
          new StoredAnswer(status, answer.body(), answer.url(), now.toString(), now.toString()));
    }
    return answer;
  }
}
