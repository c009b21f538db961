package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.testing.ArchiveResultFixture;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.Documents;
import org.citecheck.testing.JsonSchemas;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `citecheck audit` through the real command line: what it prints, writes, and returns. */
class AuditCommandTest {

  private static final String AUDIT_SCHEMA = "/org/citecheck/schema/audit.schema.json";

  @TempDir Path dir;

  private Path reports() {
    return dir.resolve("reports");
  }

  private static void assertOneLineError(CliRun run, int code, String fragment) {
    assertEquals(code, run.code(), run.err());
    assertTrue(run.err().startsWith("citecheck: "), run.err());
    assertTrue(run.err().contains(fragment), run.err());
    assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
  }

  /** A wrong option value: its line, then the pointer to help every usage error ends with. */
  private static void assertUsageError(CliRun run, String firstLine) {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals(
        List.of(firstLine, "Try 'citecheck audit --help' for more information."),
        run.err().lines().toList());
  }

  @Test
  void theSeedsTextPrintsItsFindingsAndWritesBothReports() throws IOException {
    CliRun run = CliRun.of("audit", Documents.SEED, "--reports", reports().toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "warning note 12, source 2, line 194 [date.title-mismatch] The title names 12 November"
                    + " 2020, but the source is dated 14 October 2020, 29 days before."),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "\n        fix: Cite the clean URL: https://www.aravot-en.am/2020/09/01/263436/\n"),
        run.out());
    assertTrue(
        run.out().contains("[marker.missing] No marker in the body references note 14"), run.out());
    assertTrue(run.out().contains("not run: url.insecure, link.redirected"), run.out());
    String summary = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(
        "audit: 26 notes, 0 errors, 4 warnings, 20 info (nothing at or above error) -> "
            + reports().resolve("audit.json")
            + ", "
            + reports().resolve("audit.md"),
        summary);
    JsonSchemas.assertValid(AUDIT_SCHEMA, Files.readString(reports().resolve("audit.json")));
    assertTrue(Files.readString(reports().resolve("audit.md")).startsWith("# Footnote audit\n"));
    assertEquals("", run.err());
  }

  @Test
  void theConsoleShowsWarningsAndErrorsAndCountsTheInfoFindings() throws IOException {
    CliRun run = CliRun.of("audit", Documents.SEED, "--reports", reports().toString());
    assertFalse(run.out().lines().anyMatch(line -> line.startsWith("info ")), run.out());
    String hidden =
        run.out()
            .lines()
            .filter(line -> line.contains("findings not shown"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        hidden.startsWith("20 info findings not shown (url.repaired 13, ")
            && hidden.endsWith(
                "): --verbose prints them; audit.json and audit.md list every finding."),
        hidden);
    assertEquals(
        4, run.out().lines().filter(line -> line.startsWith("warning ")).count(), run.out());
    assertTrue(
        Files.readString(reports().resolve("audit.json")).contains("\"rule\": \"url.repaired\""),
        "the reports keep every finding");

    for (String[] verbose :
        List.of(
            new String[] {"--verbose"},
            new String[] {"-v"},
            new String[] {"--min-severity", "info"})) {
      List<String> args =
          new java.util.ArrayList<>(
              List.of("audit", Documents.SEED, "--reports", reports().toString()));
      args.addAll(List.of(verbose));
      CliRun all = CliRun.of(args.toArray(String[]::new));
      assertEquals(
          20, all.out().lines().filter(line -> line.startsWith("info ")).count(), all.out());
      assertFalse(all.out().contains("not shown"), all.out());
    }
    CliRun errors =
        CliRun.of(
            "audit", Documents.SEED, "--reports", reports().toString(), "--min-severity", "error");
    assertFalse(
        errors
            .out()
            .lines()
            .anyMatch(line -> line.startsWith("warning ") || line.startsWith("info ")));
    assertTrue(errors.out().contains("24 warning and info findings not shown ("), errors.out());
    assertUsageError(
        CliRun.of(
            "audit", Documents.SEED, "--reports", reports().toString(), "--min-severity", "all"),
        "citecheck: --min-severity: unknown severity 'all': expected one of error, warning, info");
  }

  @Test
  void failOnDecidesTheExitCode() {
    String out = reports().toString();
    assertEquals(
        ExitCodes.FINDINGS,
        CliRun.of("audit", Documents.SEED, "--reports", out, "--fail-on", "warning").code());
    CliRun info = CliRun.of("audit", Documents.SEED, "--reports", out, "--fail-on", "INFO");
    assertEquals(ExitCodes.FINDINGS, info.code());
    assertTrue(info.out().contains("(24 at or above info)"), info.out());
    assertEquals(
        ExitCodes.OK,
        CliRun.of("audit", Documents.SEED, "--reports", out, "--fail-on", "none").code());
    assertUsageError(
        CliRun.of("audit", Documents.SEED, "--reports", out, "--fail-on", "fatal"),
        "citecheck: --fail-on: unknown severity 'fatal': expected one of error, warning, info, or none");
  }

  @Test
  void referencesJsonHasNoBodySoTheMarkerRulesDoNotRun() throws IOException {
    Path references = dir.resolve("references.json");
    assertEquals(
        ExitCodes.OK, CliRun.of("extract", Documents.SEED, "-o", references.toString()).code());
    CliRun run = CliRun.of("audit", references.toString(), "--reports", reports().toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "not run: marker.missing, marker.orphan, marker.order, marker.repeated: "
                    + references
                    + " is references.json, which holds the notes but not the body"),
        run.out());
    assertFalse(run.out().contains("[marker."), run.out());
  }

  @Test
  void theDefaultInputIsReferencesJsonInTheWorkingFolder() {
    CliRun run = CliRun.of("audit", "--reports", reports().toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(
        run.out().contains("references.json is references.json, which holds the notes"), run.out());
    assertTrue(run.out().contains("audit: 26 notes"), run.out());
  }

  @Test
  void aVerificationReportAddsLinkHealthHttpsAndTrackingEvidence() throws IOException {
    Path verification =
        writeReport(
            dir.resolve("verification.json"),
            List.of(
                UrlResultFixture.result(
                        4,
                        0,
                        "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/",
                        Verdict.DEAD)
                    .reason("HTTP 404 Not Found")
                    .confirmed(true)
                    .status(404)
                    .elapsedMs(12)
                    .archive(
                        ArchiveResultFixture.archive(ArchiveStatus.FOUND)
                            .service("wayback")
                            .url(
                                "https://web.archive.org/web/20201102101010/https://mirrorspectator.com/2020/11/02/why-negotiations-failed/")
                            .timestamp("20201102101010")
                            .captureStatus(200)
                            .distanceDays(0L)
                            .citeDate("2020-11-02")
                            .build())
                    .build(),
                UrlResultFixture.result(
                        16,
                        0,
                        "https://www.aravot-en.am/2020/09/01/263436/?fbclid=IwAR0Fxh9xluqFMXcvcLu3JNqtuERdX4Oxca5B5o7EjUrp94tPBABIStLUbyg",
                        Verdict.REDIRECTED)
                    .reason("moved permanently (301)")
                    .status(200)
                    .finalUrl("https://www.aravot-en.am/2020/09/01/263436/")
                    .redirects(
                        new Redirect(
                            "https://www.aravot-en.am/2020/09/01/263436/?fbclid=IwAR0Fxh9xluqFMXcvcLu3JNqtuERdX4Oxca5B5o7EjUrp94tPBABIStLUbyg",
                            301))
                    .elapsedMs(40)
                    .build(),
                UrlResultFixture.result(
                        17, 0, "https://oec.world/en/profile/country/arm", Verdict.BLOCKED)
                    .reason("HTTP 403: the server refuses automated access")
                    .status(403)
                    .elapsedMs(8)
                    .build(),
                UrlResultFixture.result(
                        18, 0, "http://kremlin.ru/events/president/news/64384", Verdict.ALIVE)
                    .reason("HTTP 200")
                    .status(200)
                    .finalUrl("https://kremlin.ru/events/president/news/64384")
                    .redirects(new Redirect("http://kremlin.ru/events/president/news/64384", 301))
                    .elapsedMs(30)
                    .build()));
    CliRun run =
        CliRun.of(
            "audit",
            Documents.SEED,
            "--with",
            verification.toString(),
            "--reports",
            reports().toString());
    assertEquals(ExitCodes.FINDINGS, run.code(), "a dead link is an error: " + run.out());
    assertTrue(
        run.out()
            .contains(
                "error   note 4, source 1, line 183 [link.dead] https://mirrorspectator.com/2020/11/02/"
                    + "why-negotiations-failed/ is dead: HTTP 404 Not Found (confirmed by two checks a day apart)."),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "fix: Cite the archived snapshot https://web.archive.org/web/20201102101010/"
                    + "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/ (captured 2 November 2020)."),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "Confirmed by the verification report: the tracked URL redirects to the clean URL."),
        run.out());
    assertFalse(
        run.out().contains("[link.redirected]"),
        "dropping the fbclid is url.tracking's finding: " + run.out());
    assertTrue(run.out().contains("[link.blocked]"), run.out());
    assertTrue(run.out().contains("[url.insecure] The link uses http://"), run.out());
    assertFalse(run.out().contains("not run: url.insecure"), run.out());
    String json = Files.readString(reports().resolve("audit.json"));
    JsonSchemas.assertValid(AUDIT_SCHEMA, json);
    assertTrue(json.contains("\"verification\": \"" + verification + "\""), json);
  }

  @Test
  void whatIsNotAVerificationReportIsAnInputError() throws IOException {
    Path references = dir.resolve("references.json");
    CliRun.of("extract", Documents.SEED, "-o", references.toString());
    assertOneLineError(
        CliRun.of(
            "audit",
            Documents.SEED,
            "--with",
            references.toString(),
            "--reports",
            reports().toString()),
        ExitCodes.USAGE_OR_INPUT,
        "is not a verification report");
    Path truncated = Files.writeString(dir.resolve("cut.json"), "{\"results\": [ {\"note\": 1,");
    assertOneLineError(
        CliRun.of(
            "audit",
            Documents.SEED,
            "--with",
            truncated.toString(),
            "--reports",
            reports().toString()),
        ExitCodes.USAGE_OR_INPUT,
        truncated + " line 1, column 26: the JSON ends too early");
    Path newer =
        Files.writeString(dir.resolve("newer.json"), "{\"schemaVersion\": 9, \"results\": []}");
    assertOneLineError(
        CliRun.of(
            "audit", Documents.SEED, "--with", newer.toString(), "--reports", reports().toString()),
        ExitCodes.USAGE_OR_INPUT,
        "has schemaVersion 9");
    assertOneLineError(
        CliRun.of("audit", Documents.SEED, "--with", dir.resolve("none.json").toString()),
        ExitCodes.USAGE_OR_INPUT,
        "no such file");
    assertFalse(Files.exists(reports()), "nothing is written when an input is wrong");
  }

  @Test
  void badInputsAreOneLine() throws IOException {
    assertOneLineError(
        CliRun.of("audit", dir.resolve("missing.txt").toString()),
        ExitCodes.USAGE_OR_INPUT,
        "no such file");
    Path prose = Files.writeString(dir.resolve("prose.txt"), "A title\n\nJust prose, no notes.\n");
    assertOneLineError(
        CliRun.of("audit", prose.toString()), ExitCodes.USAGE_OR_INPUT, "no notes found");
    assertOneLineError(
        CliRun.withInput("{}", "audit", "-", "--with", "-"),
        ExitCodes.USAGE_OR_INPUT,
        "cannot both be standard input");
    CliRun unknown = CliRun.of("audit", "--frobnicate");
    assertEquals(ExitCodes.USAGE_OR_INPUT, unknown.code());
  }

  @Test
  void anUnwritableReportsFolderIsAUsageErrorAndLeavesOldReportsAlone() throws IOException {
    Path blocked = Files.writeString(dir.resolve("blocked"), "a file, not a folder");
    assertOneLineError(
        CliRun.of("audit", Documents.SEED, "--reports", blocked.toString()),
        ExitCodes.USAGE_OR_INPUT,
        "cannot write into " + blocked + ": " + blocked + " is a file, not a folder");
    Files.createDirectories(reports());
    Path old = Files.writeString(reports().resolve("audit.json"), "{\"old\": true}\n");
    Files.createDirectory(reports().resolve("audit.md"));
    assertOneLineError(
        CliRun.of("audit", Documents.SEED, "--reports", reports().toString()),
        ExitCodes.USAGE_OR_INPUT,
        "cannot write "
            + reports().resolve("audit.md")
            + ": "
            + reports().resolve("audit.md")
            + " is a folder, not a file");
    assertEquals(
        "{\"old\": true}\n",
        Files.readString(old),
        "refused before any work, so nothing was replaced");
    try (var leftovers = Files.list(reports())) {
      assertEquals(
          List.of("audit.json", "audit.md"),
          leftovers.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void documentTextIsPrintedWithoutControlCharactersFromStandardInput() {
    String text =
        Documents.withNotes(
            "1 Jane Doe, \"Evil\u001b[2J\u0007 title, November 12, 2020\", Site, 14 October 2020, at: https://example.org/a?utm_source=x.");
    CliRun run =
        CliRun.withInput(
            text.replace("Body text of the report.", "Body text of the report.¹"),
            "audit",
            "-",
            "--reports",
            reports().toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("[date.title-mismatch]"), run.out());
    assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), run.out());
  }

  private static Path writeReport(Path path, List<UrlResult> results) throws IOException {
    String json =
        Json.write(
            new VerificationReport(
                1, "2021-03-01T10:00:00Z", "references.json", false, null, results));
    JsonSchemas.assertValid("/org/citecheck/schema/verification.schema.json", json);
    return Files.writeString(path, json);
  }
}
