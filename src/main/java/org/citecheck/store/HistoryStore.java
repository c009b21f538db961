package org.citecheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.citecheck.CitecheckException;
import org.citecheck.io.WriteJournal;
import org.citecheck.verdict.Verdict;

/**
 * The history store: every check of every URL, the snapshots runs found, which documents cite which
 * URLs, and other services' answers by key. One schema ({@link Migrations}) on SQLite (a file, WAL,
 * a busy timeout: concurrent runs on one machine wait for each other instead of losing rows) or on
 * PostgreSQL (a team's shared history).
 *
 * <p>One instance is one run: its rows carry the run's id, each write is one transaction (a run
 * killed mid-write leaves none of that write), and its methods are synchronized because a JDBC
 * connection serves one thread at a time.
 */
public final class HistoryStore implements AutoCloseable {

  private static final String CHECK_COLUMNS =
      "url, checked_at, verdict, http_status, final_url, failure, elapsed_ms, title, outcome";

  private final StoreAddress address;
  private final Connection connection;
  private final String runId = UUID.randomUUID().toString();

  private HistoryStore(StoreAddress address, Connection connection) {
    this.address = address;
    this.connection = connection;
  }

  /**
   * Opens the store, creating it (and a SQLite file's folder) when it does not exist, and migrates
   * its schema.
   *
   * @param password the PostgreSQL password (PGPASSWORD), or null to let the driver read .pgpass
   * @throws CitecheckException of kind STORE with one line naming the file or the host and port
   */
  public static HistoryStore open(StoreAddress address, String password) {
    Connection connection = null;
    try {
      connection = StoreConnections.connect(address, password);
      Migrations.migrate(connection, address);
      return new HistoryStore(address, connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw StoreConnections.problem(address, e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  public StoreAddress address() {
    return address;
  }

  /** The schema version this citecheck makes and reads. */
  public static int schemaVersion() {
    return Migrations.LATEST;
  }

  /** Adds this run's checks, all or none. */
  public synchronized void record(Collection<CheckRecord> checks) {
    if (checks.isEmpty()) {
      return;
    }
    inTransaction(
        () -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO checks (run_id, "
                      + CHECK_COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (CheckRecord check : checks) {
              bindCheck(insert, runId, check);
              insert.addBatch();
            }
            insert.executeBatch();
          }
        });
  }

  private static void bindCheck(PreparedStatement insert, String run, CheckRecord check)
      throws SQLException {
    insert.setString(1, run);
    insert.setString(2, check.url());
    insert.setLong(3, check.checkedAt().toEpochMilli());
    insert.setString(4, check.verdict().id());
    if (check.httpStatus() == null) {
      insert.setNull(5, Types.INTEGER);
    } else {
      insert.setInt(5, check.httpStatus());
    }
    insert.setString(6, check.finalUrl());
    insert.setString(7, check.failure());
    insert.setLong(8, check.elapsedMs());
    insert.setString(9, check.title());
    insert.setString(10, check.outcome());
  }

  /** The URL's latest check, or empty when it was never checked. */
  public synchronized Optional<CheckRecord> latest(String url) {
    List<CheckRecord> last = recent(url, 1);
    return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
  }

  /** The URL's last {@code max} checks, oldest first. */
  public synchronized List<CheckRecord> recent(String url, int max) {
    return query(
        () -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + CHECK_COLUMNS
                      + " FROM checks WHERE url = ? ORDER BY checked_at DESC LIMIT ?")) {
            select.setString(1, url);
            select.setInt(2, max);
            List<CheckRecord> checks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                checks.add(checkOf(rows));
              }
            }
            Collections.reverse(checks);
            return checks;
          }
        });
  }

  /** How many URLs one query asks for: well under SQLite's and PostgreSQL's parameter limits. */
  private static final int CHUNK = 1000;

  /**
   * The last {@code max} checks of each URL, oldest first, in a few queries for all of them: what a
   * run reads before it checks, instead of a round trip per URL.
   */
  public synchronized Map<String, List<CheckRecord>> recent(Collection<String> urls, int max) {
    List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(urls));
    Map<String, List<CheckRecord>> found = new java.util.HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      query(
          () -> {
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT "
                        + CHECK_COLUMNS
                        + " FROM checks WHERE url IN ("
                        + marks
                        + ") ORDER BY url, checked_at")) {
              for (int i = 0; i < chunk.size(); i++) {
                select.setString(i + 1, chunk.get(i));
              }
              try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                  CheckRecord check = checkOf(rows);
                  found.computeIfAbsent(check.url(), u -> new ArrayList<>()).add(check);
                }
              }
            }
            return null;
          });
    }
    found.replaceAll(
        (url, checks) ->
            checks.size() <= max
                ? checks
                : new ArrayList<>(checks.subList(checks.size() - max, checks.size())));
    return found;
  }

  /** Every check of the URL with the snapshot its run found, oldest first. */
  public synchronized List<PastCheck> pastChecks(String url) {
    return query(
        () -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT c.url, c.checked_at, c.verdict, c.http_status, c.final_url, c.failure,"
                      + " c.elapsed_ms, c.title, NULL, s.snapshot_url, s.snapshot_at"
                      + " FROM checks c LEFT JOIN snapshots s"
                      + " ON s.url = c.url AND s.run_id = c.run_id"
                      + " WHERE c.url = ? ORDER BY c.checked_at")) {
            select.setString(1, url);
            List<PastCheck> checks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                checks.add(new PastCheck(checkOf(rows), rows.getString(10), rows.getString(11)));
              }
            }
            return checks;
          }
        });
  }

  private static CheckRecord checkOf(ResultSet rows) throws SQLException {
    int status = rows.getInt(4);
    Integer httpStatus = rows.wasNull() ? null : status;
    return new CheckRecord(
        rows.getString(1),
        Instant.ofEpochMilli(rows.getLong(2)),
        Verdict.fromId(rows.getString(3)),
        httpStatus,
        rows.getString(5),
        rows.getString(6),
        rows.getLong(7),
        rows.getString(8),
        rows.getString(9));
  }

  /**
   * Keeps the snapshot this run found for each URL.
   *
   * @param snapshots per URL: the archive status id, the snapshot's URL and timestamp (or nulls)
   */
  public synchronized void recordSnapshots(Instant at, Collection<SnapshotRecord> snapshots) {
    if (snapshots.isEmpty()) {
      return;
    }
    inTransaction(
        () -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO snapshots (url, run_id, looked_up_at, status, snapshot_url,"
                      + " snapshot_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (SnapshotRecord snapshot : snapshots) {
              insert.setString(1, snapshot.url());
              insert.setString(2, runId);
              insert.setLong(3, at.toEpochMilli());
              insert.setString(4, snapshot.status());
              insert.setString(5, snapshot.snapshotUrl());
              insert.setString(6, snapshot.snapshotAt());
              insert.addBatch();
            }
            insert.executeBatch();
          }
        });
  }

  /** Notes that a document cites these URLs, as of this run. */
  public synchronized void recordCitations(String document, Collection<String> urls, Instant at) {
    if (urls.isEmpty()) {
      return;
    }
    inTransaction(
        () -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO citations (document, url, seen_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (document, url) DO UPDATE SET seen_at = excluded.seen_at")) {
            for (String url : urls) {
              upsert.setString(1, document);
              upsert.setString(2, url);
              upsert.setLong(3, at.toEpochMilli());
              upsert.addBatch();
            }
            upsert.executeBatch();
          }
        });
  }

  /**
   * The URLs whose current streak of failing checks (dead, with unreachable ones in between saying
   * nothing) began at or after {@code since}, newest first, each with the documents citing it.
   */
  public synchronized List<DeadLink> deadSince(Instant since) {
    return query(
        () -> {
          Map<String, Instant[]> dead = new LinkedHashMap<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT c.url, MIN(c.checked_at), MAX(c.checked_at) FROM checks c"
                      + " WHERE c.verdict = 'dead' AND NOT EXISTS (SELECT 1 FROM checks later"
                      + " WHERE later.url = c.url AND later.checked_at > c.checked_at"
                      + " AND later.verdict NOT IN ('dead', 'unreachable'))"
                      + " GROUP BY c.url HAVING MIN(c.checked_at) >= ?"
                      + " ORDER BY MIN(c.checked_at) DESC, c.url")) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                dead.put(
                    rows.getString(1),
                    new Instant[] {
                      Instant.ofEpochMilli(rows.getLong(2)), Instant.ofEpochMilli(rows.getLong(3))
                    });
              }
            }
          }
          List<DeadLink> links = new ArrayList<>();
          try (PreparedStatement documents =
              connection.prepareStatement(
                  "SELECT document FROM citations WHERE url = ? ORDER BY document")) {
            for (Map.Entry<String, Instant[]> entry : dead.entrySet()) {
              documents.setString(1, entry.getKey());
              List<String> names = new ArrayList<>();
              try (ResultSet rows = documents.executeQuery()) {
                while (rows.next()) {
                  names.add(rows.getString(1));
                }
              }
              links.add(
                  new DeadLink(entry.getKey(), entry.getValue()[0], entry.getValue()[1], names));
            }
          }
          return links;
        });
  }

  /** How many rows a prune dropped. */
  public record Pruned(long checks, long snapshots, long lookups) {}

  /** Drops the checks, snapshots and kept answers older than {@code before}, all or none. */
  public synchronized Pruned prune(Instant before) {
    long[] counts = new long[3];
    inTransaction(
        () -> {
          String[] deletes = {
            "DELETE FROM checks WHERE checked_at < ?",
            "DELETE FROM snapshots WHERE looked_up_at < ?",
            "DELETE FROM lookups WHERE fetched_at < ?"
          };
          for (int i = 0; i < deletes.length; i++) {
            try (PreparedStatement delete = connection.prepareStatement(deletes[i])) {
              delete.setLong(1, before.toEpochMilli());
              counts[i] = delete.executeUpdate();
            }
          }
        });
    return new Pruned(counts[0], counts[1], counts[2]);
  }

  /**
   * Another service's answer kept under a key (a DOI's metadata under "crossref"), when it was
   * fetched at or after {@code notBefore}.
   */
  public synchronized Optional<String> lookup(String kind, String key, Instant notBefore) {
    return query(
        () -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT answer FROM lookups WHERE kind = ? AND lookup_key = ?"
                      + " AND fetched_at >= ?")) {
            select.setString(1, kind);
            select.setString(2, key);
            select.setLong(3, notBefore.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** Keeps a service's answer under a key, replacing an older one. */
  public synchronized void remember(String kind, String key, String answer, Instant at) {
    inTransaction(
        () -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO lookups (kind, lookup_key, answer, fetched_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (kind, lookup_key) DO UPDATE SET answer = excluded.answer,"
                      + " fetched_at = excluded.fetched_at")) {
            upsert.setString(1, kind);
            upsert.setString(2, key);
            upsert.setString(3, answer);
            upsert.setLong(4, at.toEpochMilli());
            upsert.executeUpdate();
          }
        });
  }

  /**
   * Imports an old cache's checks unless that source was imported before, all or none.
   *
   * @return true when this call imported it
   */
  public synchronized boolean importOnce(
      String source, Collection<CheckRecord> checks, int urls, Instant at) {
    boolean[] imported = {false};
    inTransaction(
        () -> {
          try (PreparedStatement claim =
              connection.prepareStatement(
                  "INSERT INTO imports (source, imported_at, urls) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            claim.setString(1, source);
            claim.setLong(2, at.toEpochMilli());
            claim.setInt(3, urls);
            if (claim.executeUpdate() == 0) {
              return; // another run imported it, maybe a moment ago
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO checks (run_id, "
                      + CHECK_COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (CheckRecord check : checks) {
              bindCheck(insert, "import", check);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          imported[0] = true;
        });
    return imported[0];
  }

  /** True when that source was imported already. */
  public synchronized boolean imported(String source) {
    return query(
        () -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT 1 FROM imports WHERE source = ?")) {
            select.setString(1, source);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  /** How many checks the store holds. */
  public synchronized long countChecks() {
    return query(
        () -> {
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT COUNT(*) FROM checks");
              ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
  }

  private interface Work {
    void run() throws SQLException;
  }

  private interface Query<T> {
    T run() throws SQLException;
  }

  private void inTransaction(Work work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
        if (!address.isPostgresql()) {
          WriteJournal.process().updated(address.file());
        }
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw StoreConnections.problem(address, e);
    }
  }

  private <T> T query(Query<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw StoreConnections.problem(address, e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing after a failure: the failure is what the user needs to hear about.
    }
  }
}
