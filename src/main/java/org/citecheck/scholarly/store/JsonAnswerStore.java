package org.citecheck.scholarly.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.citecheck.io.AtomicFile;
import org.citecheck.io.Json;

/**
 * The answers as one JSON object (service and key to answer) in a file beside the check cache,
 * replaced whole by {@link AtomicFile} at the end of a run: what exists today, until the run's
 * store holds them. Answers older than {@link #FORGET_AFTER} are dropped when it is written.
 */
public final class JsonAnswerStore extends MemoryAnswerStore {

  static final Duration FORGET_AFTER = Duration.ofDays(400);

  private final Path file;
  private final Clock clock;
  private boolean changed;

  /**
   * @param warnings told once when the file exists but cannot be read (it is then rewritten)
   */
  public JsonAnswerStore(Path file, Clock clock, Consumer<String> warnings) {
    this.file = file.toAbsolutePath();
    this.clock = clock;
    try {
      answers.putAll(
          Json.mapper()
              .readValue(
                  Files.readAllBytes(this.file),
                  new TypeReference<Map<String, StoredAnswer>>() {}));
    } catch (NoSuchFileException e) {
      // A first run.
    } catch (IOException | RuntimeException e) {
      warnings.accept("the metadata cache " + this.file + " is unreadable and will be rewritten");
    }
  }

  /** The answers file that goes with a check cache file: cache.json gives cache.answers.json. */
  public static Path besides(Path cacheFile) {
    String name = cacheFile.getFileName().toString().replaceFirst("\\.(json|db)$", "");
    return cacheFile.resolveSibling(name + ".answers.json");
  }

  @Override
  public synchronized void put(String service, String key, StoredAnswer answer) {
    super.put(service, key, answer);
    changed = true;
  }

  @Override
  public synchronized void save() {
    if (!changed) {
      return;
    }
    Instant horizon = clock.instant().minus(FORGET_AFTER);
    Map<String, StoredAnswer> kept = new TreeMap<>();
    new HashMap<>(answers)
        .forEach(
            (key, answer) -> {
              if (Instant.parse(answer.fetchedAt()).isAfter(horizon)) {
                kept.put(key, answer);
              }
            });
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      return; // the run's results stand without a cache; the check cache says the same
    }
    AtomicFile.write(file, Json.write(kept));
    changed = false;
  }
}
