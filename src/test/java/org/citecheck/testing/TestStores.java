package org.citecheck.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.citecheck.store.StoreAccess;
import org.citecheck.store.StoreAddress;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The history stores tests run against: SQLite in a temporary folder, and a real PostgreSQL server
 * that {@code .ci/run} starts ({@code .ci/postgres.sh}) and names in {@value #VARIABLE}. Each call
 * gives a fresh, empty database, so tests never see each other's rows.
 *
 * <p>Without a server a PostgreSQL test is skipped with the reason, except when {@value #REQUIRED}
 * is set (as {@code .ci/run} sets it): then it fails, so CI never passes by skipping them.
 */
public final class TestStores {

  /** postgresql://user@host:port/database of the test server. */
  public static final String VARIABLE = "CITECHECK_TEST_STORE";

  /** Its password. */
  public static final String PASSWORD = "CITECHECK_TEST_PGPASSWORD";

  /** Set: a missing server fails the PostgreSQL tests instead of skipping them. */
  public static final String REQUIRED = "CITECHECK_REQUIRE_POSTGRES";

  private TestStores() {}

  /** The kinds a parameterized test runs on. */
  public static Stream<String> kinds() {
    return Stream.of("sqlite", "postgresql");
  }

  /** A fresh store of that kind ("sqlite" in {@code folder}, or "postgresql"). */
  public static StoreAccess fresh(String kind, Path folder) {
    return kind.equals("sqlite")
        ? StoreAccess.of(StoreAddress.sqlite(folder.resolve("store-" + UUID.randomUUID() + ".db")))
        : freshPostgresql();
  }

  /** A new, empty database on the test server. */
  public static StoreAccess freshPostgresql() {
    String server = System.getenv(VARIABLE);
    if (server == null || server.isBlank()) {
      String reason =
          VARIABLE
              + " is not set: no PostgreSQL server to test against (.ci/run starts one with"
              + " .ci/postgres.sh)";
      if (System.getenv(REQUIRED) != null) {
        Assertions.fail(reason + ", and " + REQUIRED + " says one is required");
      }
      Assumptions.abort(reason);
    }
    StoreAddress base = StoreAddress.parse(server);
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    Properties login = new Properties();
    login.setProperty("user", base.user());
    login.setProperty("password", password());
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + base.host() + ":" + base.port() + "/" + base.database(),
                login);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      Assertions.fail("the PostgreSQL test server at " + server + " cannot be used: " + e);
    }
    return new StoreAccess(
        new StoreAddress(null, base.host(), base.port(), name, base.user()), password());
  }

  /** The environment a citecheck process needs to open a PostgreSQL test store. */
  public static Map<String, String> environment() {
    return Map.of("PGPASSWORD", password());
  }

  private static String password() {
    String password = System.getenv(PASSWORD);
    return password == null ? "" : password;
  }
}
