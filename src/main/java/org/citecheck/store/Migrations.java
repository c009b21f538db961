package org.citecheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.CitecheckException;

/**
 * The store's schema, versioned: numbered SQL files ({@code V1__history.sql}, {@code V2__...})
 * applied in order on open, and a one-row table holding the version reached.
 *
 * <p>Why numbered files and not Flyway: the schema is a handful of tables written once for both
 * SQLite and PostgreSQL, and the one thing a migration tool would add, a history table of applied
 * scripts, is not needed; what is needed is a store made by a newer citecheck refused with one
 * clear line (Flyway's validation errors name its own concepts), and no 1 MB dependency whose
 * community edition keeps dropping database versions.
 */
final class Migrations {

  /** The scripts in order; script N brings the schema from version N - 1 to N. */
  private static final List<String> SCRIPTS = List.of("V1__history.sql");

  /** The newest schema this citecheck knows. */
  static final int LATEST = SCRIPTS.size();

  /** Taken by every migrating PostgreSQL session, so that two runners never migrate at once. */
  private static final long LOCK_KEY = 0x636974650017L;

  private Migrations() {}

  /**
   * Brings the store to {@link #LATEST} in one transaction (a killed migration leaves the old
   * schema whole), or refuses a store of a newer version.
   */
  static void migrate(Connection connection, StoreAddress address) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      if (address.isPostgresql()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
      }
      // In SQLite the transaction is IMMEDIATE: this first write takes the database's write lock.
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int current = 0;
      try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
        if (rows.next()) {
          current = rows.getInt(1);
        }
      }
      if (current > LATEST) {
        throw CitecheckException.store(
            "the history store "
                + address.describe()
                + " has schema version "
                + current
                + ", newer than this citecheck knows ("
                + LATEST
                + "): upgrade citecheck, or name another store",
            null);
      }
      for (int version = current + 1; version <= LATEST; version++) {
        for (String sql : statements(script(version))) {
          statement.execute(sql);
        }
      }
      if (current < LATEST) {
        statement.execute("DELETE FROM schema_version");
        statement.execute("INSERT INTO schema_version (version) VALUES (" + LATEST + ")");
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String script(int version) {
    String name = SCRIPTS.get(version - 1);
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the store's migration " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The script's statements: comment lines dropped, split at the semicolons ending lines. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
