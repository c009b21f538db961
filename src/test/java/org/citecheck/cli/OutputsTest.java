package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.references.Source;
import org.citecheck.testing.CliProcess;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.Documents;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where outputs go and how they land, through the real command line: a wrong target is a usage
 * error before any work (a live server proves no URL was asked), default outputs go to the current
 * folder, "-" in means standard output out, and a written file looks as if written in place.
 */
class OutputsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path folder;

  private Path references;

  @BeforeEach
  void referencesCitingTheServer() throws IOException {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><head><title>Page</title></head><body>text</body></html>")));
    String url = "http://127.0.0.1:" + server.getPort() + "/page";
    Source source = SourceFixture.source().title("Page").url(url).text("text").build();
    references =
        Files.writeString(
            folder.resolve("references.json"),
            ReferencesJson.write(
                new ReferenceSet(
                    new DocumentInfo("Report", List.of(), null, "report.txt", null, null),
                    List.of(new Note(1, false, false, 1, "text", null, List.of(source))))));
  }

  private CliRun check(String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "check",
                references.toString(),
                "--allow-private-hosts",
                "--no-cache",
                "--archive",
                "none",
                "--probe-url",
                "http://127.0.0.1:" + server.getPort() + "/probe"));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void assertUsageError(CliRun run, String line) {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals("citecheck: " + line + "\n", run.err());
    assertEquals("", run.out());
  }

  // Item 5: targets that cannot be written are usage errors, before any work.

  @Test
  void anOutputThatIsAFolderIsAUsageError() throws IOException {
    Path taken = Files.createDirectories(folder.resolve("taken"));
    assertUsageError(
        CliRun.of("extract", Documents.SEED, "-o", taken.toString()),
        "cannot write " + taken + ": " + taken + " is a folder, not a file");
    assertUsageError(
        CliRun.of("bib", references.toString(), "-o", taken.toString()),
        "cannot write " + taken + ": " + taken + " is a folder, not a file");
    try (Stream<Path> files = Files.list(taken)) {
      assertEquals(List.of(), files.toList());
    }
  }

  @Test
  void anEmptyOutputOrReportsFolderIsAUsageError() {
    assertUsageError(
        CliRun.of("extract", Documents.SEED, "-o", ""),
        "-o is empty: name a file, or - for standard output");
    assertUsageError(
        CliRun.of("bib", references.toString(), "-o", ""),
        "-o is empty: name a file, or - for standard output");
    assertUsageError(check("--reports", ""), "--reports is empty: name a folder");
    assertUsageError(
        CliRun.of("audit", Documents.SEED, "--reports", ""), "--reports is empty: name a folder");
    server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
  }

  @Test
  void aDeviceIsRefusedRatherThanReplacedByAFile() {
    Assumptions.assumeTrue(
        Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
    assertUsageError(
        CliRun.of("extract", Documents.SEED, "-o", "/dev/null"),
        "cannot write /dev/null: it is not a regular file (use - for standard output)");
    assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
  }

  @Test
  void aReportFileThatIsAFolderStopsCheckBeforeAnyUrl() throws IOException {
    Path reports = Files.createDirectories(folder.resolve("reports/verification.html"));
    assertUsageError(
        check("--reports", reports.getParent().toString()),
        "cannot write " + reports + ": " + reports + " is a folder, not a file");
    server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
  }

  @Test
  void anUnwritableReportsFolderStopsCheckAndAuditBeforeAnyWork() throws IOException {
    Path locked = unwritableFolder();
    Path reports = locked.resolve("reports");
    CliRun run = check("--reports", reports.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals(
        "citecheck: cannot write "
            + reports
            + ": no permission to create files in "
            + locked
            + "\n",
        run.err());
    server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    assertFalse(Files.exists(reports));

    CliRun audit = CliRun.of("audit", Documents.SEED, "--reports", reports.toString());
    assertEquals(
        "citecheck: cannot write "
            + reports
            + ": no permission to create files in "
            + locked
            + "\n",
        audit.err());
    assertEquals(ExitCodes.USAGE_OR_INPUT, audit.code());
    CliRun bib = CliRun.of("bib", references.toString(), "-o", locked.resolve("x.bib").toString());
    assertEquals(
        "citecheck: cannot write "
            + locked.resolve("x.bib")
            + ": no permission to create files in "
            + locked
            + "\n",
        bib.err());
  }

  /**
   * A folder this process cannot write into: one it takes the write permission from, or, for a root
   * user whom permissions do not stop, /sys, which refuses new files to everyone.
   */
  private Path unwritableFolder() throws IOException {
    Assumptions.assumeTrue(posix(), "POSIX permissions only");
    Path locked = Files.createDirectories(folder.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!canCreateIn(locked)) {
      return locked;
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path sys = Path.of("/sys");
    Assumptions.assumeTrue(
        Files.isDirectory(sys) && !canCreateIn(sys), "no folder this user cannot write");
    return sys;
  }

  private static boolean canCreateIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, ".probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  // Item 10: default outputs in the current folder; "-" in, standard output out.

  @Test
  void extractWritesItsDefaultIntoTheCurrentFolder() throws IOException {
    Path current = Files.createDirectories(folder.resolve("current"));
    Path document =
        Files.copy(
            Path.of(Documents.SEED),
            Files.createDirectories(folder.resolve("in")).resolve("d.txt"));
    CliRun run = CliProcess.run(current, new byte[0], "extract", document.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(Files.exists(current.resolve("references.json")));
    assertFalse(Files.exists(folder.resolve("in/references.json")));
    assertEquals("", run.out());
  }

  @Test
  void bibOfADocumentWritesIntoTheCurrentFolder() throws IOException {
    Path current = Files.createDirectories(folder.resolve("current"));
    Path document =
        Files.copy(
            Path.of(Documents.SEED),
            Files.createDirectories(folder.resolve("in")).resolve("d.txt"));
    CliRun run = CliProcess.run(current, new byte[0], "bib", document.toString(), "--style", "ris");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(Files.readString(current.resolve("references.ris")).startsWith("TY  - "));
    try (Stream<Path> files = Files.list(folder.resolve("in"))) {
      assertEquals(List.of(document), files.toList(), "nothing is written next to the input");
    }
  }

  @Test
  void extractFromStandardInputWritesToStandardOutputOnly() throws IOException {
    String text = Files.readString(Path.of(Documents.SEED));
    CliRun run = CliRun.withInput(text, "extract", "-");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(
        ReferencesJson.write(
            ReferencesJson.read(
                run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), "stdout")),
        run.out(),
        "standard output holds exactly one references.json");
    assertEquals("", run.err());
    CliRun toFile =
        CliProcess.run(
            folder,
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "extract",
            "-",
            "-o",
            "from-stdin.json");
    assertEquals(ExitCodes.OK, toFile.code(), toFile.err());
    assertEquals("", toFile.out());
    assertTrue(Files.exists(folder.resolve("from-stdin.json")));
  }

  // Item 3: files land as an in-place write would leave them.

  @Test
  void outputsGetTheUmasksModeKeepAnExistingModeAndWriteThroughLinks() throws IOException {
    Assumptions.assumeTrue(posix(), "POSIX permissions only");
    Path probe = Files.createFile(folder.resolve("probe"));
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(probe);

    Path fresh = folder.resolve("fresh.bib");
    assertEquals(
        ExitCodes.OK, CliRun.of("bib", references.toString(), "-o", fresh.toString()).code());
    assertEquals(umaskMode, Files.getPosixFilePermissions(fresh), "not 0600 whatever the umask");

    Path shared = Files.writeString(folder.resolve("shared.json"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(
        ExitCodes.OK, CliRun.of("extract", Documents.SEED, "-o", shared.toString()).code());
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    assertTrue(Files.readString(shared).contains("\"notes\""));

    Path target =
        Files.writeString(
            Files.createDirectories(folder.resolve("published")).resolve("refs.bib"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(folder.resolve("refs.bib"), Path.of("published/refs.bib"));
    CliRun run = CliRun.of("bib", references.toString(), "-o", link.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertTrue(Files.readString(target).contains("@online{"), Files.readString(target));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }
}
