package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.references.Source;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real citecheck process (a JVM of its own, since the line comes from a shutdown hook):
 * it exits 130 and says in one line which files it wrote, leaving no temporary file.
 */
class InterruptedRunTest {

  /**
   * SIGINT's bit in /proc's SigIgn mask: a shell's background job ignores it, and its children too.
   */
  private static final long SIGINT_BIT = 1L << 1;

  @TempDir Path folder;

  /** A server that accepts connections and never answers: every URL on it hangs. */
  private final ServerSocket silent = new ServerSocket(0);

  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private Process process;

  InterruptedRunTest() throws IOException {
    Thread acceptor =
        new Thread(
            () -> {
              while (!silent.isClosed()) {
                try {
                  held.add(silent.accept());
                } catch (IOException closed) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    if (process != null) {
      process.destroyForcibly();
    }
    silent.close();
    for (Socket socket : held) {
      socket.close();
    }
  }

  private String hanging(String path) {
    return "http://127.0.0.1:" + silent.getLocalPort() + path;
  }

  private Path references(String url) throws IOException {
    Source source = SourceFixture.source().title("A page").url(url).text("A page").build();
    Note note = new Note(1, false, false, 3, "A page.", null, List.of(source));
    return Files.writeString(
        folder.resolve("references.json"),
        ReferencesJson.write(
            new ReferenceSet(
                new DocumentInfo("Report", List.of(), null, "report.txt", null, null),
                List.of(note))));
  }

  private Process start(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(folder.resolve("stdout.txt").toFile())
            .redirectError(folder.resolve("stderr.txt").toFile())
            .start();
    return process;
  }

  private String stderr() throws IOException {
    return Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8);
  }

  private void awaitStderr(String text) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!stderr().contains(text)) {
      assertTrue(process.isAlive(), "the run ended early: " + stderr());
      assertTrue(System.nanoTime() < deadline, "never printed '" + text + "': " + stderr());
      Thread.sleep(50);
    }
  }

  /** Ctrl-C: SIGINT, or SIGTERM where this test's shell made every child ignore SIGINT. */
  private int interrupt() throws IOException, InterruptedException {
    boolean ignored = sigintIgnored();
    // The shell's own kill: no procps package needed.
    new ProcessBuilder("sh", "-c", "kill -" + (ignored ? "TERM" : "INT") + " " + process.pid())
        .inheritIO()
        .start()
        .waitFor();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process ends: " + stderr());
    return ignored ? 128 + 15 : 128 + 2;
  }

  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & SIGINT_BIT) != 0;
      }
    }
    return false;
  }

  private List<String> filesUnder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private String lastLine() throws IOException {
    List<String> lines = stderr().lines().filter(line -> !line.isBlank()).toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void interruptedWhileAUrlHangsItSaysNoFileWasWritten() throws Exception {
    Path input = references(hanging("/page"));
    start(
        "check",
        input.toString(),
        "--reports",
        "reports",
        "--no-cache",
        "--allow-private-hosts",
        "--archive",
        "none",
        "--timeout",
        "120",
        "--read-timeout",
        "120",
        "--probe-url",
        hanging("/probe"));
    awaitStderr("citecheck: checking 1 cited URL");
    awaitConnection();
    int expected = interrupt();
    assertEquals(expected, process.exitValue(), stderr());
    assertEquals(
        "citecheck: interrupted; no file was written (existing files are as they were)",
        lastLine(),
        stderr());
    assertEquals(List.of(), filesUnder(folder.resolve("reports")));
  }

  @Test
  void interruptedInTheArchiveStageItNamesTheCacheItSavedAndNothingElse() throws Exception {
    HttpServer page = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    page.createContext(
        "/",
        exchange -> {
          byte[] body =
              "<html><title>A page</title><body>text</body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    page.start();
    try {
      interruptDuringTheArchiveStage(
          references("http://127.0.0.1:" + page.getAddress().getPort() + "/page"));
    } finally {
      page.stop(0);
    }
  }

  private void interruptDuringTheArchiveStage(Path input) throws Exception {
    start(
        "check",
        input.toString(),
        "--reports",
        "reports",
        "--cache",
        "cache/cache.json",
        "--allow-private-hosts",
        "--wayback-base",
        hanging(""),
        "--archive-interval",
        "0",
        "--timeout",
        "5",
        "--probe-url",
        hanging("/probe"));
    awaitStderr("looking up archived snapshots");
    awaitConnection();
    int expected = interrupt();
    assertEquals(expected, process.exitValue(), stderr());
    // The store's path is made absolute when the check starts; the reports' paths are as given.
    // "--cache cache/cache.json" names the SQLite store cache/cache.db.
    assertEquals(
        "citecheck: interrupted after writing "
            + folder.resolve("cache/cache.db").toAbsolutePath()
            + "; no other file was written",
        lastLine(),
        stderr());
    assertTrue(filesUnder(folder.resolve("cache")).contains("cache.db"), stderr());
    assertEquals(List.of(), filesUnder(folder.resolve("reports")));
  }

  private void awaitConnection() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (held.isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "the run never connected");
      Thread.sleep(20);
    }
  }
}
