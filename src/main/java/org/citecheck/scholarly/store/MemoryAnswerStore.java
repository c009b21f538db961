package org.citecheck.scholarly.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Answers kept for one run only: a run still asks each thing once. */
final class MemoryAnswerStore implements AnswerStore {

  private final Map<String, StoredAnswer> answers = new ConcurrentHashMap<>();

  static String key(String service, String key) {
    return service + " " + key;
  }

  @Override
  public Optional<StoredAnswer> fresh(String service, String key, Instant now, Duration maxAge) {
    return last(service, key)
        .filter(answer -> !Instant.parse(answer.fetchedAt()).plus(maxAge).isBefore(now));
  }

  @Override
  public Optional<StoredAnswer> last(String service, String key) {
    return Optional.ofNullable(answers.get(key(service, key)));
  }

  @Override
  public void put(String service, String key, StoredAnswer answer) {
    answers.put(key(service, key), answer);
  }

  @Override
  public void save() {}
}
