package org.citecheck.check.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.io.Json;
import org.citecheck.store.CheckRecord;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAddress;

/**
 * Brings the history of the JSON cache that earlier versions kept ({@code cache.json}) into the
 * store, once: its latest outcomes stay reusable and its verdicts keep counting towards dead-link
 * confirmation. The file is left where it is; the store remembers it was imported.
 */
public final class JsonCacheImport {

  private JsonCacheImport() {}

  /**
   * The JSON caches a SQLite store takes over: the file of the same name ending in .json ({@code
   * --cache history.json} names {@code history.db}), and {@code cache.json}, the old default,
   * beside it.
   */
  public static List<Path> candidates(StoreAddress address) {
    if (address.isPostgresql()) {
      return List.of();
    }
    Path file = address.file();
    String name = file.getFileName().toString();
    String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    List<Path> candidates = new ArrayList<>();
    candidates.add(file.resolveSibling(base + ".json"));
    Path old = file.resolveSibling("cache.json");
    if (!candidates.contains(old)) {
      candidates.add(old);
    }
    return candidates.stream().filter(Files::isRegularFile).toList();
  }

  /**
   * Imports each candidate not imported before.
   *
   * @return one sentence per file imported ("imported the history of 12 URLs from ..."), for the
   *     user to read
   */
  public static List<String> run(HistoryStore store, StoreAddress address, Instant now) {
    List<String> said = new ArrayList<>();
    for (Path json : candidates(address)) {
      String source = json.toAbsolutePath().toString();
      if (store.imported(source)) {
        continue;
      }
      Optional<CacheData> data = read(json);
      if (data.isEmpty()) {
        said.add("the old cache " + json + " is damaged or of another format; not imported");
        store.importOnce(source, List.of(), 0, now); // say it once, not on every run
        continue;
      }
      List<CheckRecord> records = records(data.get());
      if (store.importOnce(source, records, data.get().urls().size(), now)) {
        said.add(
            "imported the history of "
                + data.get().urls().size()
                + " URL"
                + (data.get().urls().size() == 1 ? "" : "s")
                + " from the old cache "
                + json
                + " into "
                + address.describe()
                + " (once; the JSON file is no longer read and may be deleted)");
      }
    }
    return said;
  }

  private static Optional<CacheData> read(Path json) {
    try {
      CacheData data = Json.mapper().readValue(Files.readAllBytes(json), CacheData.class);
      if (data == null || data.version() != CacheData.VERSION) {
        return Optional.empty();
      }
      return Optional.of(data);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Each kept verdict as a check; the latest with its whole outcome, so it can be reused. */
  static List<CheckRecord> records(CacheData data) {
    List<CheckRecord> records = new ArrayList<>();
    data.urls()
        .forEach(
            (url, entry) -> {
              if (entry == null || entry.latest() == null || entry.latest().checkedAt() == null) {
                return;
              }
              UrlOutcome latest = entry.latest();
              CheckRecord full = DatabaseStore.recordOf(latest);
              records.add(full);
              for (HistoryEntry past : entry.history()) {
                if (past.at() == null || past.verdict() == null) {
                  continue;
                }
                Instant at = Instant.parse(past.at());
                if (!at.equals(full.checkedAt())) {
                  records.add(
                      new CheckRecord(url, at, past.verdict(), null, null, null, 0, null, null));
                }
              }
            });
    return records;
  }
}
