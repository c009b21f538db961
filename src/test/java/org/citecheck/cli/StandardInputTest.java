package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citecheck.testing.CliProcess;
import org.citecheck.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What standard input gets when it holds nothing a command can read: the reason in words, and for a
 * PDF read from the pipe as from a file (here a damaged one, named as standard input).
 */
class StandardInputTest {

  private static final String EMPTY =
      "citecheck: standard input is empty: pipe a document's text into it, or give a file instead of -\n";

  private static final String PDF_ON_STDIN =
      "citecheck: standard input is damaged and cannot be read as a PDF"
          + " (even leniently): save or print it to PDF again\n";

  @TempDir Path folder;

  @Test
  void aClosedStandardInputIsEmptyNotABinaryFile() {
    for (String command : new String[] {"extract", "check", "bib", "audit"}) {
      CliRun run = CliProcess.run(folder, null, command, "-");
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), command + ": " + run.err());
      assertEquals(EMPTY, run.err(), command);
      assertEquals("", run.out(), command);
    }
  }

  @Test
  void anEmptyOrBlankStandardInputSaysSo() {
    for (String input : new String[] {"", "\n\n  \t\n"}) {
      CliRun run = CliRun.withInput(input, "extract", "-");
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
      assertEquals(EMPTY, run.err());
    }
  }

  @Test
  void aDamagedPdfOnStandardInputIsNamedAsStandardInput() {
    CliRun run =
        CliProcess.run(
            folder,
            "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1),
            "extract",
            "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(PDF_ON_STDIN, run.err());
    assertEquals(PDF_ON_STDIN, CliRun.withInput("%PDF-1.4\n", "bib", "-").err());
  }

  @Test
  void aDamagedPdfFileIsAnInputError() throws IOException {
    Path pdf = Files.writeString(folder.resolve("report.pdf"), "%PDF-1.7\n1 0 obj\n");
    CliRun run = CliRun.of("extract", pdf.toString(), "-o", folder.resolve("r.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: "
            + pdf
            + " is damaged and cannot be read as a PDF (even leniently): save or print it"
            + " to PDF again\n",
        run.err());
  }

  @Test
  void binaryStandardInputIsNamedAsStandardInput() {
    CliRun run = CliRun.withInput("\u0000\u0001PNG\u0000", "extract", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: standard input is a binary file, not text extracted from a document\n",
        run.err());
  }
}
