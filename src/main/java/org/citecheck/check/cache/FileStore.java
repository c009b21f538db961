package org.citecheck.check.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.io.AtomicFile;
import org.citecheck.io.FileProblem;
import org.citecheck.io.Json;

/**
 * The cache as one JSON file. Readers never lock: the file is only ever replaced whole by a rename
 * ({@link AtomicFile}), so a reader sees a complete old or new version. Writers take an exclusive
 * lock on a sibling ".lock" file, re-read the file, merge in their own run's outcomes and replace
 * it: concurrent runs neither corrupt the file nor lose each other's history.
 *
 * <p>Why a JSON file rather than an embedded database: a run writes once, at its end, a few
 * megabytes at most (the latest outcome and 20 verdicts per URL), which needs no random access; no
 * dependency is added (H2's MVStore admits one process at a time, SQLite brings native code for
 * every platform); and a user can read or delete the file.
 */
public final class FileStore extends MemoryStore {

  /** Entries whose latest check is older than this are dropped when the file is written. */
  static final Duration FORGET_AFTER = Duration.ofDays(400);

  private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final Consumer<String> warnings;
  private final Clock clock;
  private final Map<String, CacheEntry> recorded = new HashMap<>();

  public FileStore(Path file, Clock clock, Consumer<String> warnings) {
    this.file = file.toAbsolutePath();
    this.warnings = warnings;
    this.clock = clock;
    entries.putAll(read(warnings).urls());
  }

  @Override
  public synchronized void record(UrlOutcome outcome) {
    super.record(outcome);
    recorded.put(outcome.url(), merge(recorded.get(outcome.url()), entryOf(outcome)));
  }

  @Override
  public void save() {
    Map<String, CacheEntry> mine;
    synchronized (this) {
      if (recorded.isEmpty()) {
        return;
      }
      mine = new HashMap<>(recorded);
    }
    synchronized (IN_PROCESS.computeIfAbsent(file, f -> new Object())) {
      try {
        Files.createDirectories(file.getParent());
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          // Damage found now was already reported when the run started; the rewrite repairs it.
          Map<String, CacheEntry> merged = new HashMap<>(read(message -> {}).urls());
          mine.forEach((url, entry) -> merged.merge(url, entry, MemoryStore::merge));
          Instant horizon = clock.instant().minus(FORGET_AFTER);
          merged
              .values()
              .removeIf(
                  entry ->
                      entry.latest() == null
                          || Instant.parse(entry.latest().checkedAt()).isBefore(horizon));
          AtomicFile.write(file, Json.write(new CacheData(CacheData.VERSION, merged)));
          lock.release();
        }
      } catch (IOException e) {
        warnings.accept("the cache " + file + " was not updated: " + FileProblem.describe(e, file));
      } catch (RuntimeException e) {
        warnings.accept("the cache " + file + " was not updated: " + e.getMessage());
      }
    }
  }

  private CacheData read(Consumer<String> warnings) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return CacheData.empty();
    } catch (IOException e) {
      warnings.accept(
          "the cache "
              + file
              + " cannot be read ("
              + FileProblem.describe(e, file)
              + "); starting without it");
      return CacheData.empty();
    }
    try {
      CacheData data = Json.mapper().readValue(bytes, CacheData.class);
      if (data == null || data.version() != CacheData.VERSION) {
        warnings.accept("the cache " + file + " has another format; starting a new one");
        return CacheData.empty();
      }
      data.urls()
          .values()
          .removeIf(
              entry ->
                  entry == null || entry.latest() == null || entry.latest().checkedAt() == null);
      return data;
    } catch (JsonProcessingException | RuntimeException e) {
      warnings.accept("the cache " + file + " is damaged; starting a new one");
      return CacheData.empty();
    } catch (IOException e) {
      warnings.accept("the cache " + file + " cannot be read; starting without it");
      return CacheData.empty();
    }
  }
}
