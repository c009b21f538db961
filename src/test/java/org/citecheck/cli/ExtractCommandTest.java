package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.Documents;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @TempDir Path dir;

  private static void assertOneLineError(CliRun run, String fragment) {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertTrue(run.err().startsWith("citecheck: "), run.err());
    assertTrue(run.err().contains(fragment), run.err());
    assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
  }

  @Test
  void writesReferencesJsonAndSaysWhatItFound() throws IOException {
    Path output = dir.resolve("references.json");
    CliRun run = CliRun.of("extract", Documents.SEED, "-o", output.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.err().contains("26 notes (5 numbers inferred)"), run.err());
    JsonSchemas.assertValid(
        "/org/citecheck/schema/references.schema.json", Files.readString(output));
  }

  @Test
  void readsStandardInputAndWritesStandardOutput() {
    String text =
        Documents.withNotes(
            "1 Jane Doe, \"Title\", Site, 2 May 2020, at: https://example.org/a.", "2 Next.");
    CliRun run = CliRun.withInput(text, "extract", "-", "-o", "-");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("\"url\": \"https://example.org/a\""), run.out());
    assertTrue(run.out().contains("\"source\": \"-\""), run.out());
    assertEquals("", run.err());
  }

  @Test
  void missingFile() {
    assertOneLineError(
        CliRun.of(
            "extract", dir.resolve("nope.txt").toString(), "-o", dir.resolve("r.json").toString()),
        "no such file");
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
    assertOneLineError(
        CliRun.of("extract", empty.toString(), "-o", dir.resolve("r.json").toString()), "is empty");
  }

  @Test
  void binaryFile() throws IOException {
    Path binary = Files.write(dir.resolve("data.bin"), new byte[] {1, 'X', 'Y', 0, 0, 0, 13, 1, 2});
    assertOneLineError(
        CliRun.of("extract", binary.toString(), "-o", dir.resolve("r.json").toString()),
        "binary file");
  }

  @Test
  void imageAsksForOcr() throws IOException {
    Path image =
        Files.write(
            dir.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertOneLineError(
        CliRun.of("extract", image.toString(), "-o", dir.resolve("r.json").toString()),
        "is a PNG image, not a document with text: run OCR first");
  }

  @Test
  void pdfThatIsOnlyAHeaderIsDamaged() throws IOException {
    Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
    assertOneLineError(
        CliRun.of("extract", pdf.toString(), "-o", dir.resolve("r.json").toString()), "damaged");
  }

  @Test
  void webPageNamedPdf() throws IOException {
    Path page =
        Files.writeString(
            dir.resolve("report.pdf"),
            "<!DOCTYPE html>\n<html><head><title>Report</title></head></html>\n");
    assertOneLineError(
        CliRun.of("extract", page.toString(), "-o", dir.resolve("r.json").toString()),
        "is named .pdf but is not a PDF: it is a web page (HTML)");
  }

  @Test
  void textWithoutNotes() throws IOException {
    Path prose =
        Files.writeString(
            dir.resolve("prose.txt"),
            "A title\n\nJust a paragraph of prose, with no notes at all.\n");
    assertOneLineError(
        CliRun.of("extract", prose.toString(), "-o", dir.resolve("r.json").toString()),
        "no notes found");
  }

  @Test
  void aFailedRunLeavesTheExistingOutputUntouched() throws IOException {
    Path output = Files.writeString(dir.resolve("references.json"), "{\"previous\": true}\n");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    CliRun run = CliRun.of("extract", empty.toString(), "-o", output.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals("{\"previous\": true}\n", Files.readString(output));
    try (var files = Files.list(dir)) {
      assertFalse(
          files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary file left behind");
    }
  }

  @Test
  void anUnwritableOutputIsAUsageErrorBeforeAnyWork() throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    CliRun run =
        CliRun.of(
            "extract", Documents.SEED, "-o", blocker.resolve("sub/references.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals(
        "citecheck: cannot write "
            + blocker.resolve("sub/references.json")
            + ": "
            + blocker
            + " is a file, not a folder\n",
        run.err());
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    CliRun run = CliRun.of("extract");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertTrue(run.err().startsWith("citecheck: Missing required parameter"), run.err());
    CliRun unknown = CliRun.of("extract", "--bogus", Documents.SEED);
    assertEquals(ExitCodes.USAGE_OR_INPUT, unknown.code());
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.of("--help");
    assertEquals(ExitCodes.OK, help.code());
    assertTrue(help.out().contains("extract"), help.out());
    CliRun version = CliRun.of("--version");
    assertEquals(ExitCodes.OK, version.code());
    assertTrue(version.out().startsWith("citecheck "), version.out());
  }

  @Test
  void windows1252TextIsReadToo() throws IOException {
    String text =
        Documents.withNotes("1 Müller, \"Café society\", Le Monde, 2 May 2020.", "2 Next.");
    Path file =
        Files.write(
            dir.resolve("latin.txt"),
            text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path output = dir.resolve("r.json");
    assertEquals(
        ExitCodes.OK, CliRun.of("extract", file.toString(), "-o", output.toString()).code());
    assertTrue(Files.readString(output, StandardCharsets.UTF_8).contains("Café society"));
  }
}
