package org.citecheck.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.citecheck.CitecheckException;

/**
 * Where the history store is: a SQLite file on this machine, or a database on a PostgreSQL server
 * shared by a team's runners. The address holds no password: that comes from PGPASSWORD or a
 * .pgpass file, so it is never in a command line, a report or a log line.
 *
 * @param file the SQLite file, or null for PostgreSQL
 * @param host the PostgreSQL server's host, or null for SQLite
 * @param port its port
 * @param database the database's name
 * @param user the role to connect as, or null for the driver's default (PGUSER, else the OS user)
 */
public record StoreAddress(Path file, String host, int port, String database, String user) {

  public static final int DEFAULT_PORT = 5432;

  public static StoreAddress sqlite(Path file) {
    return new StoreAddress(file.toAbsolutePath(), null, 0, null, null);
  }

  /**
   * The SQLite store {@code --cache FILE} names: the file itself, or for a name ending in .json
   * (the JSON cache of earlier versions, which is then imported) the .db file beside it.
   */
  public static StoreAddress forCacheFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (name.endsWith(".json")) {
      return sqlite(file.resolveSibling(name.substring(0, name.length() - 5) + ".db"));
    }
    return sqlite(file);
  }

  /**
   * Reads {@code postgresql://[user@]host[:port]/database} or a file path (a SQLite store). A
   * password in the address is refused: it would end up in shell histories and CI logs.
   */
  public static StoreAddress parse(String text) {
    if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
      if (text.contains("://")) {
        throw usage(
            "'"
                + text
                + "' is not a store: give postgresql://host:port/database or a SQLite file's path");
      }
      return sqlite(Path.of(text));
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw usage("'" + text + "' is not a valid postgresql:// address: " + e.getReason());
    }
    String user = uri.getUserInfo();
    if (user != null && user.contains(":")) {
      throw usage(
          "the store address must not hold a password: set PGPASSWORD or use a .pgpass file");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (uri.getHost() == null || path.isEmpty() || path.contains("/") || uri.getQuery() != null) {
      throw usage(
          "'"
              + text
              + "' is not a store address: write postgresql://host:port/database (the user may come"
              + " before the host: postgresql://user@host/database)");
    }
    return new StoreAddress(
        null, uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user);
  }

  public boolean isPostgresql() {
    return host != null;
  }

  /** How users see it: the file, or the server and database, never a password. */
  public String describe() {
    return isPostgresql()
        ? "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database
        : file.toString();
  }

  String jdbcUrl() {
    return isPostgresql()
        ? "jdbc:postgresql://" + host + ":" + port + "/" + database
        : "jdbc:sqlite:" + file;
  }

  private static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }
}
