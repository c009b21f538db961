package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.io.Json;
import org.citecheck.testing.CliProcess;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `citecheck bib` through the real command line: outputs, defaults and exit codes. */
class BibCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/org/citecheck/bib");

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(byte[] stdin, String... args) {
    return Main.run(new ByteArrayInputStream(stdin), out, err, args);
  }

  private Path copy(String fixture) throws IOException {
    Path target = folder.resolve("references.json");
    Files.copy(FIXTURES.resolve(fixture), target);
    return target;
  }

  @Test
  void writesBiblatexIntoTheCurrentFolderByDefaultNotNextToTheInput() throws IOException {
    Path input = copy("seed.references.json");
    Path current = Files.createDirectories(folder.resolve("current"));
    CliRun run = CliProcess.run(current, new byte[0], "bib", input.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(
        Files.readString(FIXTURES.resolve("seed.expected.bib")),
        Files.readString(current.resolve("references.bib")));
    assertFalse(Files.exists(folder.resolve("references.bib")), "nothing next to the input");
    assertEquals("citecheck: wrote 27 biblatex entries to references.bib\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void eachStyleHasItsOwnDefaultFileName() throws IOException {
    Path input = copy("seed.references.json");
    Path current = Files.createDirectories(folder.resolve("current"));
    for (String style : new String[] {"bibtex", "csl-json", "ris"}) {
      CliRun run = CliProcess.run(current, new byte[0], "bib", input.toString(), "--style", style);
      assertEquals(ExitCodes.OK, run.code(), run.err());
    }
    assertTrue(Files.exists(current.resolve("references-bibtex.bib")));
    JsonSchemas.assertValid(
        "/csl-schema/csl-data.json", Files.readString(current.resolve("references.csl.json")));
    assertTrue(Files.exists(current.resolve("references.ris")));
  }

  @Test
  void standardInputWithoutOutputGoesToStandardOutputAndNothingElseDoes() throws IOException {
    byte[] references = Files.readAllBytes(FIXTURES.resolve("seed.references.json"));
    Path current = Files.createDirectories(folder.resolve("current"));
    CliRun run = CliProcess.run(current, references, "bib", "-");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(Files.readString(FIXTURES.resolve("seed.expected.bib")), run.out());
    assertEquals("citecheck: wrote 27 biblatex entries to standard output\n", run.err());
    try (var files = Files.list(current)) {
      assertEquals(List.of(), files.toList(), "no file is written");
    }
  }

  @Test
  void dashWritesToStandardOutputAndReadsStandardInput() throws IOException {
    byte[] references = Files.readAllBytes(FIXTURES.resolve("edge.references.json"));
    assertEquals(
        ExitCodes.OK,
        run(
            references,
            "bib",
            "-",
            "--style",
            "ris",
            "-o",
            "-",
            "--with",
            FIXTURES.resolve("edge.verification.json").toString()));
    assertEquals(
        Files.readString(FIXTURES.resolve("edge.expected.ris")),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anOfflineReportGivesNoAccessDateAndSaysSoOnce() throws IOException {
    Path input = copy("edge.references.json");
    Path report = folder.resolve("verification.json");
    String online = Files.readString(FIXTURES.resolve("edge.verification.json"));
    Files.writeString(report, online.replace("\"offline\": false", "\"offline\": true"));
    for (String style : new String[] {"biblatex", "bibtex", "csl-json", "ris"}) {
      out.reset();
      err.reset();
      assertEquals(
          ExitCodes.OK,
          run(
              new byte[0],
              "bib",
              input.toString(),
              "--style",
              style,
              "-o",
              "-",
              "--with",
              report.toString()));
      if (style.equals("csl-json")) {
        JsonSchemas.assertValid("/csl-schema/csl-data.json", out.toString(StandardCharsets.UTF_8));
      }
      List<String> dates = accessDates(style, out.toString(StandardCharsets.UTF_8));
      assertEquals(
          List.of("2021-05-06"), dates, style + ": only the access date note 1 printed is left");
      List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(2, lines.size(), lines.toString());
      assertEquals(
          "citecheck: "
              + report
              + " comes from an offline check: no link was reached, so no entry gets"
              + " an access date from it; run citecheck check again with network access",
          lines.get(0));
    }
  }

  /** Every access date a bibliography gives, as ISO dates, in entry order. */
  private static List<String> accessDates(String style, String bibliography) throws IOException {
    List<String> dates = new ArrayList<>();
    if (style.equals("csl-json")) {
      for (JsonNode item : Json.mapper().readTree(bibliography)) {
        JsonNode parts = item.path("accessed").path("date-parts").path(0);
        if (!parts.isMissingNode()) {
          dates.add(
              String.format(
                  "%04d-%02d-%02d",
                  parts.get(0).asInt(), parts.get(1).asInt(), parts.get(2).asInt()));
        }
      }
      return dates;
    }
    Pattern field =
        style.equals("ris")
            ? Pattern.compile("(?m)^Y2  - (\\d{4})/(\\d{2})/(\\d{2})/$")
            : Pattern.compile("urldate\\s*=\\s*\\{(\\d{4})-(\\d{2})-(\\d{2})\\}");
    Matcher matcher = field.matcher(bibliography);
    while (matcher.find()) {
      dates.add(matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3));
    }
    return dates;
  }

  @Test
  void anUnknownStyleIsAUsageError() throws IOException {
    Path input = copy("seed.references.json");
    assertEquals(
        ExitCodes.USAGE_OR_INPUT, run(new byte[0], "bib", input.toString(), "--style", "mla"));
    assertEquals(
        "citecheck: --style: unknown bib style 'mla': expected one of biblatex, bibtex, csl-json, ris",
        err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    assertFalse(Files.exists(folder.resolve("references.bib")));
  }

  @Test
  void aMissingInputIsAnInputError() {
    assertEquals(
        ExitCodes.USAGE_OR_INPUT, run(new byte[0], "bib", folder.resolve("nope.json").toString()));
    assertEquals(
        "citecheck: " + folder.resolve("nope.json") + ": no such file\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDocumentsTextIsReadThroughTheExtractor() throws IOException {
    Path text = folder.resolve("report.txt");
    Files.writeString(
        text,
        "A report\n\nSome text.\n\nNotes\n\n"
            + "1 Jirair Libaridian, Why Negotiations Failed, Armenian Mirror-Spectator, 2 November 2020,"
            + " at: https://mirrorspectator.com/2020/11/02/why-negotiations-failed/.\n"
            + "2 Philip Remler, Chained to the Caucasus, IPI, 2016, at: https://www.ipinst.org/chained.pdf.\n"
            + "3 Why Negotiations Failed, cited above (note 1).\n");
    assertEquals(ExitCodes.OK, run(new byte[0], "bib", text.toString(), "-o", "-"));
    String bib = out.toString(StandardCharsets.UTF_8);
    assertTrue(bib.contains("@article{libaridian2020why,"), bib);
    assertTrue(bib.contains("keywords     = {note1, note3}"), bib);
    assertTrue(bib.contains("@report{remler2016chained,"), bib);
  }

  @Test
  void anEmptyInputIsAnInputError() throws IOException {
    Path empty = folder.resolve("empty.json");
    Files.writeString(empty, "");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run(new byte[0], "bib", empty.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("citecheck: "));
    assertFalse(Files.exists(folder.resolve("references.bib")));
  }

  @Test
  void aBrokenReportIsAnInputErrorAndWritesNothing() throws IOException {
    Path input = copy("seed.references.json");
    Path report = folder.resolve("verification.json");
    Files.writeString(report, "{\"results\": [");
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        run(new byte[0], "bib", input.toString(), "--with", report.toString()));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("citecheck: " + report + " line 1, column 14: the JSON ends too early"));
    assertFalse(Files.exists(folder.resolve("references.bib")));
  }

  @Test
  void anUnwritableOutputIsAUsageErrorAndLeavesTheOldFile() throws IOException {
    Path input = copy("seed.references.json");
    Path blocker = folder.resolve("blocker");
    Files.writeString(blocker, "a file, not a folder");
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        run(new byte[0], "bib", input.toString(), "-o", blocker.resolve("out.bib").toString()));
    assertEquals(
        "citecheck: cannot write "
            + blocker.resolve("out.bib")
            + ": "
            + blocker
            + " is a file, not a folder\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals("a file, not a folder", Files.readString(blocker));
  }
}
