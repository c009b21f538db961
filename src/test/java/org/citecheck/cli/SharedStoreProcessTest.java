package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.store.CheckRecord;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAccess;
import org.citecheck.testing.CliProcess;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.TestStores;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole citecheck processes sharing one store, SQLite or a real PostgreSQL server: runs at once
 * lose no row, and a run killed mid-check leaves the store whole and usable.
 */
class SharedStoreProcessTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path folder;

  static List<String> kinds() {
    return TestStores.kinds().toList();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  private Path references(String name, List<String> urls) throws IOException {
    List<Note> notes = new ArrayList<>();
    for (String url : urls) {
      notes.add(
          new Note(
              notes.size() + 1,
              false,
              false,
              notes.size() + 1,
              "text",
              null,
              List.of(SourceFixture.source().title("A page").url(url).text("text").build())));
    }
    Path file = folder.resolve(name);
    Files.writeString(
        file,
        ReferencesJson.write(
            new ReferenceSet(
                new DocumentInfo("Report", List.of(), null, name, null, null), notes)));
    return file;
  }

  private static String[] checkArgs(StoreAccess store, Path input, String reports) {
    return new String[] {
      "check",
      input.toString(),
      "--store",
      store.address().describe(),
      "--reports",
      reports,
      "--allow-private-hosts",
      "--archive",
      "none",
      "--max-age",
      "0",
      "--probe-url",
      ClosedPort.url(),
      "--quiet"
    };
  }

  private static Map<String, String> environment(StoreAccess store) {
    return store.address().isPostgresql() ? TestStores.environment() : Map.of();
  }

  private static CheckRecord past(String url) {
    return new CheckRecord(
        url, Instant.parse("2026-03-01T00:00:00Z"), Verdict.ALIVE, 200, null, null, 5, null, null);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void runsInParallelProcessesLoseNoRow(String kind) throws Exception {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withFixedDelay(20)));
    server.stubFor(
        any(urlPathMatching("/run\\d/slow"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withFixedDelay(3000)));
    StoreAccess store = TestStores.fresh(kind, folder);
    int processes = 2;
    int perProcess = 30;
    List<Process> running = new ArrayList<>();
    List<Path> errors = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < perProcess; i++) {
        // Half the URLs are cited by every report, as the same sites are; one answers slowly, so
        // the runs overlap however long each takes to start.
        urls.add(url(i % 2 == 0 ? "/shared/" + i : "/run" + p + "/" + i));
      }
      urls.set(1, url("/run" + p + "/slow"));
      Path input = references("report" + p + ".json", urls);
      Path stderr = folder.resolve("run" + p + ".err");
      errors.add(stderr);
      running.add(
          CliProcess.start(
              folder,
              stderr,
              environment(store),
              checkArgs(store, input, folder.resolve("reports" + p).toString())));
    }
    for (int p = 0; p < processes; p++) {
      // Generous: a loaded CI machine starts a JVM slowly.
      assertTrue(running.get(p).waitFor(240, TimeUnit.SECONDS), "run " + p + " did not end");
      assertEquals(0, running.get(p).exitValue(), Files.readString(errors.get(p)));
    }
    try (HistoryStore history = store.open()) {
      assertEquals((long) processes * perProcess, history.countChecks());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aRunKilledMidCheckLeavesTheStoreWholeAndUsable(String kind) throws Exception {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    server.stubFor(
        any(urlPathMatching("/slow/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withFixedDelay(30_000)));
    StoreAccess store = TestStores.fresh(kind, folder);
    try (HistoryStore history = store.open()) { // an earlier run's history
      history.record(List.of(past(url("/a")), past(url("/b"))));
    }

    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      urls.add(url("/fast/" + i));
    }
    urls.add(url("/slow/1"));
    Path killed = references("killed.json", urls);
    Path stderr = folder.resolve("killed.err");
    Process process =
        CliProcess.start(folder, stderr, environment(store), checkArgs(store, killed, "r2"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                urlPathMatching("/slow/.*")))
        .isEmpty()) {
      assertTrue(process.isAlive(), "the run ended early: " + Files.readString(stderr));
      assertTrue(System.nanoTime() < deadline, "the run never reached the slow URL");
      Thread.sleep(50);
    }
    process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));

    if (!store.address().isPostgresql()) {
      try (Connection connection =
              DriverManager.getConnection("jdbc:sqlite:" + store.address().file());
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
        rows.next();
        assertEquals("ok", rows.getString(1));
      }
    }
    try (HistoryStore history = store.open()) {
      assertEquals(2, history.countChecks(), "the first run's rows, none of the killed run's");
    }
    try (HistoryStore history = store.open()) {
      history.record(List.of(past(url("/c"))));
      assertEquals(3, history.countChecks(), "the store takes the next run's checks");
    }
  }
}
