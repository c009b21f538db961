package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.document.pdf.PdfMaker;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands on a PDF: extract, audit and bib read it directly; --password opens an encrypted
 * one.
 */
class PdfCommandsTest {

  @TempDir Path dir;

  private static PdfMaker report() {
    PdfMaker pdf = new PdfMaker();
    PdfMaker.Page page = pdf.page();
    page.text(72, 100, 12, "The mission reported twice.^{1} Its mandate ended.^{2}");
    page.rule(72, 200, 690);
    page.text(
        72,
        705,
        10,
        "^{1} A. Author, \"Talks,\" 2020, <a href=\"https://example.org/news/kazan-security-talks\">"
            + "https://example.org/news/kazan-</a>");
    page.text(
        72,
        717,
        10,
        "<a href=\"https://example.org/news/kazan-security-talks\">security-talks</a>.");
    page.text(72, 729, 10, "^{2} B. Author, \"Other,\" 2021, https://example.org/b.");
    return pdf;
  }

  @Test
  void extractReadsAPdfAndWritesValidRecords() throws IOException {
    Path pdf = Files.write(dir.resolve("report.bin"), report().bytes());
    Path output = dir.resolve("references.json");
    CliRun run = CliRun.of("extract", pdf.toString(), "-o", output.toString());
    assertEquals(0, run.code(), run.err());
    String json = Files.readString(output);
    JsonSchemas.assertValid("/org/citecheck/schema/references.schema.json", json);
    assertTrue(json.contains("\"url\": \"https://example.org/news/kazan-security-talks\""), json);
    assertTrue(json.contains("\"urlSource\": \"annotation\""), json);
    assertTrue(json.contains("\"page\": 1"), json);
    assertTrue(run.err().startsWith("2 notes"), run.err());
  }

  @Test
  void aUserPasswordIsGivenWithPasswordOrItsVariable() throws IOException {
    Path pdf = Files.write(dir.resolve("locked.pdf"), report().bytes("owner", "open-sesame"));
    Path output = dir.resolve("references.json");
    CliRun refused = CliRun.of("extract", pdf.toString(), "-o", output.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, refused.code());
    assertEquals(
        "citecheck: " + pdf + " is protected by a password: give it with --password\n",
        refused.err());
    assertFalse(Files.exists(output));
    CliRun opened =
        CliRun.of("extract", pdf.toString(), "-o", output.toString(), "--password", "open-sesame");
    assertEquals(0, opened.code(), opened.err());
    CliRun bib =
        CliRun.of(
            "bib",
            pdf.toString(),
            "-o",
            dir.resolve("r.bib").toString(),
            "--password",
            "open-sesame");
    assertEquals(0, bib.code(), bib.err());
    assertTrue(Files.readString(dir.resolve("r.bib")).contains("kazan-security-talks"));
  }

  @Test
  void auditReadsThePdfsMarkers() {
    Path reports = dir.resolve("reports");
    CliRun run;
    try {
      Path pdf = Files.write(dir.resolve("report.pdf"), report().bytes());
      run = CliRun.of("audit", pdf.toString(), "--reports", reports.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.exists(reports.resolve("audit.json")));
  }

  @Test
  void pagesWithoutTextAreNamedOnStandardError() throws IOException {
    PdfMaker maker = report();
    maker.emptyPage();
    Path pdf = Files.write(dir.resolve("partly-scanned.pdf"), maker.bytes());
    CliRun run = CliRun.of("extract", pdf.toString(), "-o", dir.resolve("r.json").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                pdf
                    + ": no text on page 2 of 2 (scanned?): run OCR first (for example ocrmypdf)"
                    + " to read it\n"),
        run.err());
  }

  /** Every command that reads a document says how it was read, not only extract. */
  @ParameterizedTest
  @ValueSource(strings = {"check", "audit", "bib"})
  void everyCommandThatReadsAPdfNamesItsPagesWithoutText(String command) throws IOException {
    PdfMaker maker = report();
    maker.emptyPage();
    Path pdf = Files.write(dir.resolve("partly-scanned.pdf"), maker.bytes());
    Path reports = dir.resolve("reports");
    List<String> args =
        switch (command) {
          case "check" ->
              List.of(
                  "check",
                  pdf.toString(),
                  "--reports",
                  reports.toString(),
                  "--probe-url",
                  ClosedPort.url(),
                  "--allow-private-hosts",
                  "--archive",
                  "none",
                  "--no-cache");
          case "audit" -> List.of("audit", pdf.toString(), "--reports", reports.toString());
          default -> List.of("bib", pdf.toString(), "-o", dir.resolve("r.bib").toString());
        };
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertTrue(
        run.err()
            .contains(
                "citecheck: "
                    + pdf
                    + ": no text on page 2 of 2 (scanned?): run OCR first (for example ocrmypdf)"
                    + " to read it\n"),
        command + ": " + run.err());
  }
}
