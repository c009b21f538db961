package org.citecheck.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.citecheck.CitecheckException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * How the history store connects to its database, SQLite or PostgreSQL, and what a failure says:
 * one line naming the file, or the host and port, never a driver's stack trace. Kept apart from
 * {@link HistoryStore}, which only reads and writes rows over the connection this gives it.
 */
final class StoreConnections {

  /** How long a SQLite writer waits for another run's transaction before giving up. */
  static final int BUSY_TIMEOUT_MS = 60_000;

  /** How long to wait for a PostgreSQL server to accept the connection, in seconds. */
  static final int CONNECT_TIMEOUT_S = 10;

  private StoreConnections() {}

  /** A connection to the store, the SQLite file's folder created when missing. */
  static Connection connect(StoreAddress address, String password) throws SQLException {
    return address.isPostgresql() ? postgresql(address, password) : sqlite(address);
  }

  private static Connection sqlite(StoreAddress address) throws SQLException {
    try {
      Files.createDirectories(address.file().toAbsolutePath().getParent());
    } catch (IOException e) {
      throw CitecheckException.store(
          "the history store " + address.describe() + " cannot be created: " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode: a power cut may lose the last transaction, never corrupt the file.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Every transaction takes the write lock when it begins, so two writers wait (busy timeout)
    // instead of failing midway when one upgrades a read lock.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return DriverManager.getConnection(address.jdbcUrl(), config.toProperties());
  }

  private static Connection postgresql(StoreAddress address, String password) throws SQLException {
    Properties properties = new Properties();
    if (address.user() != null) {
      properties.setProperty("user", address.user());
    }
    if (password != null && !password.isEmpty()) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_S));
    properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_S));
    properties.setProperty("ApplicationName", "citecheck");
    // One multi-row INSERT instead of a round trip per row: a run's results in one go.
    properties.setProperty("reWriteBatchedInserts", "true");
    return DriverManager.getConnection(address.jdbcUrl(), properties);
  }

  /** One line in words for a store that cannot be used: the file, or the host and port. */
  static CitecheckException problem(StoreAddress address, SQLException e) {
    String where =
        address.isPostgresql()
            ? "the PostgreSQL server at " + address.host() + ":" + address.port()
            : "the history store " + address.describe();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message;
    if (address.isPostgresql()) {
      Throwable cause = e.getCause();
      if (cause instanceof UnknownHostException) {
        message = "cannot connect to " + where + ": the host name does not resolve";
      } else if (cause instanceof ConnectException) {
        message = "cannot connect to " + where + ": the connection was refused (is it running?)";
      } else if (cause instanceof SocketTimeoutException) {
        message = "cannot connect to " + where + ": no answer in " + CONNECT_TIMEOUT_S + " s";
      } else if (state.startsWith("08")) {
        message = "cannot connect to " + where + ": " + firstLine(e.getMessage());
      } else if (state.startsWith("28")) {
        message =
            where
                + " refused the login"
                + (address.user() == null ? "" : " of '" + address.user() + "'")
                + ": set PGPASSWORD or add the password to ~/.pgpass";
      } else if (state.equals("3D000")) {
        message = where + " has no database '" + address.database() + "': create it first";
      } else {
        message = where + " failed: " + firstLine(e.getMessage());
      }
    } else if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
      message = where + " is not a SQLite database: name another file, or move this one away";
    } else if (e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code) {
      message =
          where + " stayed locked by another run for " + BUSY_TIMEOUT_MS / 1000 + " s; try again";
    } else {
      message = where + " cannot be used: " + firstLine(e.getMessage());
    }
    return CitecheckException.store(message, e);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
