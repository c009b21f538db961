package org.citecheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.citecheck.CitecheckException;
import org.citecheck.testing.TestStores;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's own contract, the same on SQLite and on a real PostgreSQL server. */
class HistoryStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path folder;

  static List<String> kinds() {
    return TestStores.kinds().toList();
  }

  private static CheckRecord check(String url, Instant at, Verdict verdict) {
    return new CheckRecord(
        url, at, verdict, 404, null, null, 12, "Title", "{\"url\":\"" + url + "\"}");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void checksComeBackOldestFirstWithEveryColumn(String kind) {
    StoreAccess access = TestStores.fresh(kind, folder);
    try (HistoryStore store = access.open()) {
      store.record(List.of(check("https://a.example/", T0, Verdict.DEAD)));
    }
    try (HistoryStore store = access.open()) { // a second run: migrating again changes nothing
      store.record(
          List.of(
              new CheckRecord(
                  "https://a.example/",
                  T0.plus(Duration.ofDays(1)),
                  Verdict.ALIVE,
                  null,
                  "https://a.example/new",
                  "dns",
                  7,
                  null,
                  null)));
      List<CheckRecord> checks = store.recent("https://a.example/", 20);
      assertEquals(2, checks.size());
      assertEquals(check("https://a.example/", T0, Verdict.DEAD), checks.get(0));
      CheckRecord second = checks.get(1);
      assertEquals(Verdict.ALIVE, second.verdict());
      assertNull(second.httpStatus(), "a missing status stays missing, not 0");
      assertEquals("https://a.example/new", second.finalUrl());
      assertEquals("dns", second.failure());
      assertEquals(Optional.of(second), store.latest("https://a.example/"));
      assertEquals(Optional.empty(), store.latest("https://never.example/"));
      assertEquals(1, store.recent("https://a.example/", 1).size());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void historyShowsTheSnapshotEachRunFound(String kind) {
    try (HistoryStore store = TestStores.fresh(kind, folder).open()) {
      store.record(List.of(check("https://a.example/", T0, Verdict.DEAD)));
      store.recordSnapshots(
          T0,
          List.of(
              new SnapshotRecord(
                  "https://a.example/",
                  "found",
                  "https://web.archive.org/web/20200101000000/https://a.example/",
                  "2020-01-01T00:00:00Z")));
      List<PastCheck> past = store.pastChecks("https://a.example/");
      assertEquals(1, past.size());
      assertEquals(
          "https://web.archive.org/web/20200101000000/https://a.example/",
          past.get(0).snapshotUrl());
      assertEquals(Verdict.DEAD, past.get(0).check().verdict());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void deadSinceListsTheCurrentStreaksWithTheirDocuments(String kind) {
    Instant day2 = T0.plus(Duration.ofDays(2));
    try (HistoryStore store = TestStores.fresh(kind, folder).open()) {
      store.record(
          List.of(
              check("https://old-dead.example/", T0.minus(Duration.ofDays(30)), Verdict.DEAD),
              check("https://new-dead.example/", T0.minus(Duration.ofDays(30)), Verdict.ALIVE),
              check("https://new-dead.example/", T0.plus(Duration.ofDays(1)), Verdict.DEAD),
              check("https://back.example/", T0.plus(Duration.ofDays(1)), Verdict.DEAD)));
      store.recordCitations("b.pdf", List.of("https://new-dead.example/"), T0);
      store.recordCitations("a.txt", List.of("https://new-dead.example/"), T0);
    }
    try (HistoryStore store = TestStores.fresh(kind, folder).open()) {
      assertEquals(List.of(), store.deadSince(T0), "a fresh store knows nothing");
    }
    StoreAccess access = TestStores.fresh(kind, folder);
    try (HistoryStore store = access.open()) {
      store.record(
          List.of(
              check("https://old-dead.example/", T0.minus(Duration.ofDays(30)), Verdict.DEAD),
              check("https://old-dead.example/", day2, Verdict.DEAD),
              check("https://new-dead.example/", T0.minus(Duration.ofDays(30)), Verdict.ALIVE),
              check("https://new-dead.example/", T0.plus(Duration.ofDays(1)), Verdict.DEAD),
              check("https://new-dead.example/", day2, Verdict.UNREACHABLE),
              check("https://back.example/", T0.plus(Duration.ofDays(1)), Verdict.DEAD),
              check("https://back.example/", day2, Verdict.ALIVE)));
      store.recordCitations(
          "b.pdf", List.of("https://new-dead.example/", "https://back.example/"), T0);
      store.recordCitations("a.txt", List.of("https://new-dead.example/"), T0);
      List<DeadLink> dead = store.deadSince(T0);
      assertEquals(1, dead.size(), dead.toString());
      assertEquals("https://new-dead.example/", dead.get(0).url());
      assertEquals(T0.plus(Duration.ofDays(1)), dead.get(0).deadSince());
      assertEquals(List.of("a.txt", "b.pdf"), dead.get(0).documents());
      assertEquals(2, store.deadSince(T0.minus(Duration.ofDays(31))).size());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void pruneDropsOnlyWhatIsOlder(String kind) {
    try (HistoryStore store = TestStores.fresh(kind, folder).open()) {
      store.record(
          List.of(
              check("https://a.example/", T0.minus(Duration.ofDays(800)), Verdict.DEAD),
              check("https://a.example/", T0, Verdict.DEAD)));
      store.remember("crossref", "10.1/old", "{}", T0.minus(Duration.ofDays(800)));
      HistoryStore.Pruned pruned = store.prune(T0.minus(Duration.ofDays(730)));
      assertEquals(new HistoryStore.Pruned(1, 0, 1), pruned);
      assertEquals(1, store.countChecks());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void otherStagesKeepAnswersByKey(String kind) {
    try (HistoryStore store = TestStores.fresh(kind, folder).open()) {
      store.remember("crossref", "10.1000/x", "{\"title\":\"A\"}", T0);
      store.remember("crossref", "10.1000/x", "{\"title\":\"B\"}", T0.plusSeconds(60));
      assertEquals(Optional.of("{\"title\":\"B\"}"), store.lookup("crossref", "10.1000/x", T0));
      assertEquals(
          Optional.empty(), store.lookup("crossref", "10.1000/x", T0.plusSeconds(61)), "too old");
      assertEquals(Optional.empty(), store.lookup("doi", "10.1000/x", T0), "kinds are apart");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anImportHappensOnce(String kind) {
    try (HistoryStore store = TestStores.fresh(kind, folder).open()) {
      List<CheckRecord> old = List.of(check("https://a.example/", T0, Verdict.DEAD));
      assertTrue(store.importOnce("/home/me/cache.json", old, 1, T0));
      assertFalse(store.importOnce("/home/me/cache.json", old, 1, T0));
      assertTrue(store.imported("/home/me/cache.json"));
      assertEquals(1, store.countChecks());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void runsInParallelThreadsLoseNoRow(String kind) throws Exception {
    StoreAccess access = TestStores.fresh(kind, folder);
    int runs = 8;
    int perRun = 200;
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    List<Future<?>> futures = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      int run = r;
      futures.add(
          pool.submit(
              () -> {
                try (HistoryStore store = access.open()) {
                  for (int batch = 0; batch < 4; batch++) {
                    List<CheckRecord> checks = new ArrayList<>();
                    for (int i = 0; i < perRun / 4; i++) {
                      // Half the URLs are shared by every run, as sites are between reports.
                      String url =
                          i % 2 == 0
                              ? "https://shared.example/" + batch + "/" + i
                              : "https://run" + run + ".example/" + batch + "/" + i;
                      checks.add(check(url, T0.plusMillis(run), Verdict.ALIVE));
                    }
                    store.record(checks);
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    try (HistoryStore store = access.open()) {
      assertEquals((long) runs * perRun, store.countChecks());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aStoreOfANewerSchemaIsRefusedInOneLine(String kind) throws Exception {
    StoreAccess access = TestStores.fresh(kind, folder);
    access.open().close();
    try (Connection connection = connect(access);
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE schema_version SET version = 99");
    }
    CitecheckException e = assertThrows(CitecheckException.class, access::open);
    assertEquals(CitecheckException.Kind.STORE, e.kind());
    assertEquals(
        "the history store "
            + access.address().describe()
            + " has schema version 99, newer than this citecheck knows ("
            + HistoryStore.schemaVersion()
            + "): upgrade citecheck, or name another store",
        e.getMessage());
  }

  @Test
  void aFileThatIsNotADatabaseIsSaidSo() throws Exception {
    Path file = folder.resolve("notes.db");
    java.nio.file.Files.writeString(file, "these are my notes, not a database\n".repeat(200));
    CitecheckException e =
        assertThrows(
            CitecheckException.class, () -> StoreAccess.of(StoreAddress.sqlite(file)).open());
    assertEquals(
        "the history store "
            + file
            + " is not a SQLite database: name another file, or move this"
            + " one away",
        e.getMessage());
  }

  @Test
  void aServerThatDoesNotAnswerIsNamedByHostAndPort() {
    String closed = org.citecheck.testing.ClosedPort.url(); // http://127.0.0.1:PORT/
    String port = closed.replaceAll(".*:(\\d+)/$", "$1");
    StoreAddress address = StoreAddress.parse("postgresql://127.0.0.1:" + port + "/citecheck");
    CitecheckException e =
        assertThrows(CitecheckException.class, () -> new StoreAccess(address, "secret").open());
    assertEquals(CitecheckException.Kind.STORE, e.kind());
    assertEquals(
        "cannot connect to the PostgreSQL server at 127.0.0.1:"
            + port
            + ": the connection was refused (is it running?)",
        e.getMessage());
  }

  @Test
  void addressesAreReadAndAPasswordInThemIsRefused() {
    StoreAddress address = StoreAddress.parse("postgresql://ci@db.example.org/citations");
    assertEquals("db.example.org", address.host());
    assertEquals(5432, address.port());
    assertEquals("citations", address.database());
    assertEquals("ci", address.user());
    assertEquals("postgresql://ci@db.example.org:5432/citations", address.describe());
    CitecheckException e =
        assertThrows(
            CitecheckException.class,
            () -> StoreAddress.parse("postgresql://ci:hunter2@db.example.org/citations"));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertThrows(CitecheckException.class, () -> StoreAddress.parse("mysql://db/x"));
    assertThrows(CitecheckException.class, () -> StoreAddress.parse("postgresql://db.example.org"));
    assertTrue(StoreAddress.parse("history.db").file().isAbsolute());
    assertEquals(
        "history.db",
        StoreAddress.forCacheFile(Path.of("history.json")).file().getFileName().toString());
    assertEquals(
        "secret-free",
        new StoreAccess(address, "hunter2").toString().contains("hunter2") ? "" : "secret-free");
  }

  private static Connection connect(StoreAccess access) throws Exception {
    StoreAddress address = access.address();
    if (!address.isPostgresql()) {
      return DriverManager.getConnection("jdbc:sqlite:" + address.file());
    }
    Properties login = new Properties();
    login.setProperty("user", address.user());
    login.setProperty("password", System.getenv(TestStores.PASSWORD));
    return DriverManager.getConnection(
        "jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database(),
        login);
  }
}
