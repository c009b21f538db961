package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.archive.FakeWaybackArchive;
import org.citecheck.io.Json;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.references.Source;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.JsonSchemas;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `citecheck check` through the real command line: files written, summaries, exit codes. */
class CheckCommandTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String SCHEMA = "/org/citecheck/schema/verification.schema.json";

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String stdin = "";

  @BeforeEach
  void stubs() {
    server.stubFor(
        any(urlEqualTo("/ok"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<html><head><title>The OSCE Minsk Group</title></head><body>text</body></html>")));
    server.stubFor(
        any(urlEqualTo("/ok.pdf"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    server.stubFor(any(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
    server.stubFor(any(urlEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)));
    server.stubFor(
        any(urlEqualTo("/evil"))
            .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/html")));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  private Path references(String... urls) throws IOException {
    List<Note> notes = new ArrayList<>();
    for (String url : urls) {
      Source source =
          SourceFixture.source().title("The OSCE Minsk Group").url(url).text("text").build();
      notes.add(
          new Note(
              notes.size() + 1, false, false, notes.size() + 1, "text", null, List.of(source)));
    }
    Path file = folder.resolve("references.json");
    Files.writeString(
        file,
        ReferencesJson.write(
            new ReferenceSet(
                new DocumentInfo("Report", List.of(), null, "report.txt", null, null), notes)));
    return file;
  }

  private int check(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(List.of(args));
    if (!all.contains("--probe-url")) {
      all.addAll(List.of("--probe-url", ClosedPort.url()));
    }
    if (all.stream()
        .noneMatch(arg -> arg.startsWith("--archive") || arg.startsWith("--wayback-base"))) {
      all.addAll(List.of("--archive", "none")); // tests never reach the real web archive
    }
    return Main.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        out,
        err,
        all.toArray(String[]::new));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private JsonNode report() throws IOException {
    return Json.mapper().readTree(folder.resolve("reports/verification.json").toFile());
  }

  private String reports() {
    return folder.resolve("reports").toString();
  }

  @Test
  void allAliveExitsZeroAndWritesAReportThatMatchesTheSchema() throws IOException {
    int code =
        check(
            references(url("/ok"), url("/ok.pdf"), url("/ok")).toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache");
    assertEquals(ExitCodes.OK, code, stderr());
    JsonNode report = report();
    JsonSchemas.assertValid(SCHEMA, Json.write(report));
    assertEquals(3, report.get("results").size());
    assertEquals(3, report.get("summary").get("alive").asInt());
    assertEquals(1.0, report.get("results").get(0).get("title").get("similarity").asDouble());
    assertTrue(stdout().contains("Checked 3 cited URLs (2 distinct): 3 alive."), stdout());
    assertTrue(stderr().contains("citecheck: checking 3 cited URLs"), stderr());
    assertTrue(stderr().contains("3/3 checked"), stderr());
  }

  @Test
  void theSchemaRejectsAReportThatBreaksTheContract() throws IOException {
    check(
        references(url("/missing")).toString(),
        "--reports",
        reports(),
        "--allow-private-hosts",
        "--no-cache");
    JsonNode report = report();
    JsonSchemas.assertValid(SCHEMA, Json.write(report));
    ((ObjectNode) report.get("results").get(0)).put("verdict", "gone");
    assertFalse(JsonSchemas.validate(SCHEMA, Json.write(report)).isEmpty());
    ((ObjectNode) report.get("results").get(0)).put("verdict", "dead");
    ((ObjectNode) report.get("results").get(0)).putNull("confirmed");
    assertFalse(JsonSchemas.validate(SCHEMA, Json.write(report)).isEmpty());
  }

  @Test
  void aDeadLinkIsAFindingAndExitsOne() throws IOException {
    int code =
        check(
            references(url("/ok"), url("/missing")).toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache");
    assertEquals(ExitCodes.FINDINGS, code);
    assertTrue(stdout().contains("Findings (dead,soft-404):"), stdout());
    assertTrue(
        stdout().contains("note 2, source 1: dead " + url("/missing") + ": HTTP 404 Not Found"),
        stdout());
    assertEquals("dead", report().get("results").get(1).get("verdict").asText());
    assertFalse(report().get("results").get(1).get("confirmed").asBoolean());
  }

  @Test
  void failOnChoosesWhatCounts() throws IOException {
    Path input = references(url("/missing"), url("/forbidden"));
    assertEquals(
        ExitCodes.OK,
        check(
            input.toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--fail-on",
            "none"));
    assertEquals(
        ExitCodes.FINDINGS,
        check(
            input.toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--fail-on",
            "blocked"));
    assertEquals(
        ExitCodes.OK,
        check(
            input.toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--fail-on",
            "soft-404,unreachable",
            "--quiet"));
    assertEquals(
        ExitCodes.FINDINGS,
        check(
            input.toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--fail-on",
            "soft-404",
            "--fail-on",
            "blocked",
            "--quiet"));
  }

  @Test
  void withoutTheFlagLoopbackUrlsAreInvalidAndNeverFetched() throws IOException {
    // The probe must be public too without the flag: a documentation address (RFC 5737), never
    // asked here.
    int code =
        check(
            references(url("/ok")).toString(),
            "--reports",
            reports(),
            "--no-cache",
            "--fail-on",
            "invalid",
            "--probe-url",
            "http://192.0.2.1/");
    assertEquals(ExitCodes.FINDINGS, code);
    assertEquals("invalid", report().get("results").get(0).get("verdict").asText());
    server.verify(0, anyRequestedFor(urlEqualTo("/ok")));
  }

  @Test
  void anOfflineCheckerSaysSoAndExitsThree() throws IOException {
    String closed = ClosedPort.url();
    int code =
        check(
            references(closed + "a", closed + "b").toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--retries",
            "0");
    assertEquals(ExitCodes.OFFLINE, code, stderr());
    JsonNode report = report();
    JsonSchemas.assertValid(SCHEMA, Json.write(report));
    assertTrue(report.get("offline").asBoolean());
    assertEquals(0, report.get("summary").get("dead").asInt());
    assertEquals(2, report.get("summary").get("offline").asInt());
    assertTrue(stdout().contains("The checker is offline"), stdout());
  }

  @Test
  void quietPrintsNothingButKeepsTheExitCode() throws IOException {
    int code =
        check(
            references(url("/missing")).toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--quiet");
    assertEquals(ExitCodes.FINDINGS, code);
    assertEquals("", stdout());
    assertEquals("", stderr());
  }

  @Test
  void excludedUrlsAreSkipped() throws IOException {
    int code =
        check(
            references(url("/missing"), url("/ok")).toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--exclude",
            "/miss",
            "--exclude",
            "nothing-matches-this");
    assertEquals(ExitCodes.OK, code);
    assertEquals("skipped", report().get("results").get(0).get("verdict").asText());
    server.verify(0, anyRequestedFor(urlEqualTo("/missing")));
  }

  @Test
  void theCacheFileIsUsedBetweenRuns() throws IOException {
    Path cache = folder.resolve("cache/citecheck.json");
    Path input = references(url("/ok.pdf"));
    check(
        input.toString(),
        "--reports",
        reports(),
        "--allow-private-hosts",
        "--cache",
        cache.toString());
    check(
        input.toString(),
        "--reports",
        reports(),
        "--allow-private-hosts",
        "--cache",
        cache.toString());
    assertTrue(Files.exists(folder.resolve("cache/citecheck.db")), "a .json name means the .db");
    server.verify(1, anyRequestedFor(urlEqualTo("/ok.pdf")));
    assertTrue(
        report().get("results").get(0).path("cached").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"),
        report().get("results").get(0).toString());
  }

  @Test
  void referencesCanComeFromStandardInput() throws IOException {
    stdin = Files.readString(references(url("/ok.pdf")));
    assertEquals(
        ExitCodes.OK, check("-", "--reports", reports(), "--allow-private-hosts", "--no-cache"));
    assertEquals("-", report().get("input").asText());
  }

  @Test
  void aDocumentIsExtractedFirstAndItsUrlsChecked() throws IOException {
    Path document = folder.resolve("report.txt");
    Files.writeString(
        document,
        org.citecheck.testing.Documents.withNotes(
            "1 OSCE, \"The OSCE Minsk Group\", 2019, at: " + url("/ok"),
            "2 Jane Doe, \"A Missing Page\", 2020, at: " + url("/missing")));
    int code =
        check(document.toString(), "--reports", reports(), "--allow-private-hosts", "--no-cache");
    assertEquals(ExitCodes.FINDINGS, code, stderr());
    JsonNode results = report().get("results");
    assertEquals(2, results.size());
    assertEquals("alive", results.get(0).get("verdict").asText());
    assertEquals("dead", results.get(1).get("verdict").asText());
    assertEquals(2, results.get(1).get("note").asInt());
  }

  @Test
  void theChosenReportFormatsAreWritten() throws IOException {
    int code =
        check(
            references(url("/ok"), url("/missing")).toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache",
            "--format",
            "json,md,junit,sarif");
    assertEquals(ExitCodes.FINDINGS, code, stderr());
    for (String file :
        List.of("verification.json", "verification.md", "junit.xml", "verification.sarif")) {
      assertTrue(Files.exists(folder.resolve("reports").resolve(file)), file);
    }
    assertFalse(Files.exists(folder.resolve("reports/verification.html")));
    assertTrue(
        Files.readString(folder.resolve("reports/verification.md")).contains(url("/missing")));
    assertTrue(
        stdout().contains("Reports: " + folder.resolve("reports/verification.json")), stdout());
  }

  @Test
  void aDeadLinkIsRescuedByTheArchiveStage() throws IOException {
    FakeWaybackArchive wayback =
        new FakeWaybackArchive().capture(url("/missing"), "20191101120000", 200);
    WireMockServer archive = new WireMockServer(wireMockConfig().dynamicPort().extensions(wayback));
    archive.start();
    try {
      archive.stubFor(
          get(urlPathEqualTo("/cdx/search/cdx"))
              .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));
      archive.stubFor(
          get(urlPathEqualTo("/wayback/available"))
              .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));
      int code =
          check(
              references(url("/missing")).toString(),
              "--reports",
              reports(),
              "--allow-private-hosts",
              "--no-cache",
              "--wayback-base",
              "http://127.0.0.1:" + archive.port(),
              "--archive-interval",
              "0",
              "--no-drift");
      assertEquals(ExitCodes.FINDINGS, code, stderr());
      JsonNode report = report();
      JsonSchemas.assertValid(SCHEMA, Json.write(report));
      JsonNode found = report.get("results").get(0).get("archive");
      assertEquals("found", found.get("status").asText(), found.toString());
      assertTrue(found.get("url").asText().contains("20191101120000"), found.toString());
      assertEquals(1, report.get("archive").get("rescued").asInt());
      assertTrue(
          stdout().contains("Archives: 1 of 1 broken link rescued by a snapshot."), stdout());
      assertTrue(
          stderr().contains("citecheck: looking up archived snapshots for 1 cited URL\n"),
          stderr());
    } finally {
      archive.stop();
    }
  }

  @Test
  void usageAndInputErrorsExitTwoWithOneLine() throws IOException {
    Path input = references(url("/ok"));
    Path text = folder.resolve("report.txt");
    Files.writeString(text, "Just some text\n1 A note.\n");
    String[][] wrong = {
      {input.toString(), "--fail-on", "dead,gone"},
      {input.toString(), "--exclude", "(unclosed"},
      {input.toString(), "--no-cache", "--cache", folder.resolve("x.json").toString()},
      {input.toString(), "--retries", "99"},
      {input.toString(), "--timeout", "soon"},
      {input.toString(), "--header", "no colon here"},
      {input.toString(), "--unknown-option"},
      {input.toString(), "--format", "json,pdf"},
      {input.toString(), "--archive", "tape"},
      {folder.resolve("missing.json").toString()},
      {text.toString()},
    };
    for (String[] args : wrong) {
      out.reset();
      err.reset();
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(
          List.of(
              "--reports", reports(), "--allow-private-hosts")); // the test's probe is on loopback
      if (!all.contains("--no-cache")) {
        all.addAll(List.of("--cache", folder.resolve("cache.json").toString()));
      }
      assertEquals(
          ExitCodes.USAGE_OR_INPUT, check(all.toArray(String[]::new)), String.join(" ", args));
      assertTrue(stderr().startsWith("citecheck: "), stderr());
      assertFalse(stderr().contains("\tat "), stderr());
      assertFalse(stderr().contains("--probe-url"), "each error is its own: " + stderr());
    }
    assertFalse(Files.exists(folder.resolve("reports/verification.json")));
  }

  @Test
  void aProbeUrlThatCheckWouldRefuseIsAUsageErrorBeforeAnyUrlIsChecked() throws IOException {
    String input = references(url("/ok")).toString();
    String[][] wrong = {
      {"notaurl", "--probe-url 'notaurl': not an absolute URL (no http:// or https://)"},
      {"", "--probe-url '': the URL is empty"},
      {
        "ftp://example.org/",
        "--probe-url 'ftp://example.org/': the scheme 'ftp' is not http or https"
      },
      {
        "file:///etc/passwd",
        "--probe-url 'file:///etc/passwd': the scheme 'file' is not http or https"
      },
      {"http://", "--probe-url 'http://': not a valid URL"},
      {
        "http://127.0.0.1:9/",
        "--probe-url 'http://127.0.0.1:9/': 127.0.0.1 is not a public address"
            + " (add --allow-private-hosts to probe it)"
      },
      {
        "http://169.254.169.254/latest",
        "--probe-url 'http://169.254.169.254/latest': 169.254.169.254 is not a"
            + " public address (add --allow-private-hosts to probe it)"
      },
      {
        "http://[::1]/",
        "--probe-url 'http://[::1]/': 0:0:0:0:0:0:0:1 is not a public address"
            + " (add --allow-private-hosts to probe it)"
      },
      {"http://exa\u001B[2Jmple.org/", "--probe-url 'http://example.org/': not a valid URL"},
    };
    for (String[] probe : wrong) {
      out.reset();
      err.reset();
      assertEquals(
          ExitCodes.USAGE_OR_INPUT,
          check(input, "--reports", reports(), "--no-cache", "--probe-url", probe[0]),
          probe[0]);
      assertEquals("citecheck: " + probe[1] + "\n", stderr());
    }
    server.verify(0, anyRequestedFor(urlEqualTo("/ok")));
    out.reset();
    err.reset();
    assertEquals(
        ExitCodes.OK,
        check(
            input,
            "--reports",
            reports(),
            "--no-cache",
            "--allow-private-hosts",
            "--probe-url",
            "http://127.0.0.1:9/"),
        "--allow-private-hosts allows a private probe: " + stderr());
    assertFalse(stderr().contains("--probe-url"), stderr());
  }

  @Test
  void aReportsFolderThatCannotBeWrittenIsAUsageErrorBeforeAnyUrlIsChecked() throws IOException {
    Path blocker = folder.resolve("not-a-folder");
    Files.writeString(blocker, "x");
    int code =
        check(
            references(url("/ok.pdf")).toString(),
            "--reports",
            blocker.toString(),
            "--allow-private-hosts",
            "--no-cache");
    assertEquals(ExitCodes.USAGE_OR_INPUT, code);
    assertEquals(
        "citecheck: cannot write into " + blocker + ": " + blocker + " is a file, not a folder\n",
        stderr());
    server.verify(0, anyRequestedFor(urlEqualTo("/ok.pdf")));
  }

  @Test
  void remoteTextReachesTheConsoleWithoutControlCharacters() throws IOException {
    server.stubFor(
        any(urlEqualTo("/esc"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<html><head><title>404 \u001b[2J\u001b]0;pwned\u0007 Not Found</title></head></html>")));
    int code =
        check(
            references(url("/esc")).toString(),
            "--reports",
            reports(),
            "--allow-private-hosts",
            "--no-cache");
    assertEquals(ExitCodes.FINDINGS, code);
    assertTrue(stdout().contains("soft-404"), stdout());
    assertFalse(stdout().contains("\u001b"), stdout());
    assertFalse(stdout().contains("\u0007"), stdout());
  }
}
