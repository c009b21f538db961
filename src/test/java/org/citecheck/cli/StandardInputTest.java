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
 * What standard input gets when it holds nothing a command can read: the reason in words, and for
 * a PDF a command that makes sense where the text came from (a pipe, or a file).
 */
class StandardInputTest {

  private static final String EMPTY =
      "citecheck: standard input is empty: pipe a document's text into it, or give a file instead of -\n";

  private static final String PDF_ON_STDIN = "citecheck: standard input is a PDF; pipe its text instead:"
      + " pdftotext -raw report.pdf - | citecheck extract -\n";

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
  void aPdfOnStandardInputGetsAPipeAsItsHint() {
    CliRun run = CliProcess.run(folder, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1),
        "extract", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(PDF_ON_STDIN, run.err());
    assertEquals(PDF_ON_STDIN, CliRun.withInput("%PDF-1.4\n", "bib", "-").err());
  }

  @Test
  void aPdfFileGetsTheRawCommandTheReadmeRecommends() throws IOException {
    Path pdf = Files.writeString(folder.resolve("report.pdf"), "%PDF-1.7\n1 0 obj\n");
    CliRun run = CliRun.of("extract", pdf.toString(), "-o", folder.resolve("r.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    Path text = folder.resolve("report.txt");
    assertEquals("citecheck: " + pdf + " is a PDF; extract its text first: pdftotext -raw " + pdf + " " + text
        + ", then pass " + text + "\n", run.err());

    Path spaced = Files.writeString(folder.resolve("it's a report.PDF"), "%PDF-1.4\n");
    CliRun quoted = CliRun.of("check", spaced.toString(), "--reports", folder.resolve("reports").toString());
    String shown = spaced.toString().replace("'", "'\\''");
    String txt = folder.resolve("it's a report.txt").toString();
    assertEquals("citecheck: " + spaced + " is a PDF; extract its text first: pdftotext -raw '" + shown + "' '"
        + txt.replace("'", "'\\''") + "', then pass " + txt + "\n", quoted.err());
  }

  @Test
  void binaryStandardInputIsNamedAsStandardInput() {
    CliRun run = CliRun.withInput("\u0000\u0001PNG\u0000", "extract", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals("citecheck: standard input is a binary file, not text extracted from a document\n", run.err());
  }
}
