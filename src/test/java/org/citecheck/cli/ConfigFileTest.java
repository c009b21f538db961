package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Config files through the real command line: found in the folder or named with --config, and every
 * way one can be wrong answered with one line that names the file, the line and the key, exit 2.
 */
class ConfigFileTest {

  private static final Path REFERENCES =
      Path.of("src/test/resources/org/citecheck/bib/seed.references.json");

  @TempDir Path folder;

  /** One run in the folder: exit code, standard output, standard error. */
  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(folder, new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** A file, and the one error line the bib command answers it with (or "" when it runs). */
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "good TOML",
            "citecheck.toml",
            "# shared\nreports = \"out\"\n\n[bib]\nstyle = \"ris\"\n",
            ""),
        Arguments.of("good YAML", ".citecheck.yml", "reports: out\nbib:\n  style: ris\n", ""),
        Arguments.of("empty TOML", "citecheck.toml", "", ""),
        Arguments.of("empty YAML", ".citecheck.yml", "", ""),
        Arguments.of("comments only", "citecheck.toml", "# nothing set yet\n\n", ""),
        Arguments.of(
            "unknown key in a section",
            "citecheck.toml",
            "reports = \"out\"\n\n[check]\nconcurency = 8\n",
            "citecheck.toml line 4: unknown key 'concurency' in section 'check'"
                + " (did you mean 'host-concurrency' or 'max-concurrency'?)"),
        Arguments.of(
            "unknown key at the top",
            "citecheck.toml",
            "retires = 3\n",
            "citecheck.toml line 1: unknown key 'retires' (did you mean 'retries'?)"),
        Arguments.of(
            "unknown key, nothing close",
            "citecheck.toml",
            "colour = \"blue\"\n",
            "citecheck.toml line 1: unknown key 'colour'"),
        Arguments.of(
            "unknown section",
            "citecheck.toml",
            "[chek]\ntimeout = 3\n",
            "citecheck.toml line 1: unknown key 'chek' (did you mean 'check'?)"),
        Arguments.of(
            "unknown key in YAML",
            ".citecheck.yml",
            "check:\n  timeout: 3\n  exlude: [x]\n",
            ".citecheck.yml line 3: unknown key 'exlude' in section 'check' (did you mean 'exclude'?)"),
        Arguments.of(
            "an option of another command",
            "citecheck.toml",
            "[bib]\ntimeout = 3\n",
            "citecheck.toml line 2: unknown key 'timeout' in section 'bib'"),
        Arguments.of(
            "a list for one value",
            "citecheck.toml",
            "[bib]\nstyle = [\"ris\", \"bibtex\"]\n",
            "citecheck.toml line 2: 'style' takes one value, not a list"),
        Arguments.of(
            "a table for a value",
            ".citecheck.yml",
            "bib:\n  style:\n    name: ris\n",
            ".citecheck.yml line 2: 'style' takes a value, not a table of keys"),
        Arguments.of(
            "a section below a section",
            "citecheck.toml",
            "[check.http]\ntimeout = 3\n",
            "citecheck.toml line 1: unknown key 'http' in section 'check'"),
        Arguments.of(
            "a list of lists",
            "citecheck.toml",
            "[check]\nexclude = [[\"a\"], [\"b\"]]\n",
            "citecheck.toml line 2: 'exclude' is a list of texts, numbers or true/false, not of lists, tables or"
                + " empty values"),
        Arguments.of(
            "no value",
            ".citecheck.yml",
            "bib:\n  style:\n",
            ".citecheck.yml line 2: 'style' has no value"),
        Arguments.of(
            "a key that differs per command",
            "citecheck.toml",
            "fail-on = \"error\"\n",
            "citecheck.toml line 1: 'fail-on' means something different to each of audit, check: put it in the"
                + " section of the command it is for"),
        Arguments.of(
            "a command's name as a value",
            "citecheck.toml",
            "bib = \"ris\"\n",
            "citecheck.toml line 1: 'bib' is a command: its values go in a section ([bib] in TOML, 'bib:' with"
                + " its keys indented below in YAML)"),
        Arguments.of(
            "a wrong value",
            "citecheck.toml",
            "[bib]\nstyle = \"mla\"\n",
            "citecheck.toml line 2: 'style': unknown bib style 'mla': expected one of biblatex, bibtex, csl-json,"
                + " ris"),
        Arguments.of(
            "a wrong TOML type",
            "citecheck.toml",
            "[bib]\nstyle = 3\n",
            "citecheck.toml line 2: 'style': unknown bib style '3': expected one of biblatex, bibtex, csl-json,"
                + " ris"),
        Arguments.of(
            "not TOML",
            "citecheck.toml",
            "[bib]\nstyle = \n",
            "citecheck.toml line 2: not valid TOML:"),
        Arguments.of(
            "not YAML",
            ".citecheck.yml",
            "bib:\n  style: \"ris\n",
            ".citecheck.yml line 2: not valid YAML: while scanning a quoted scalar"),
        Arguments.of(
            "an empty text",
            "citecheck.toml",
            "[bib]\nstyle = \"  \"\n",
            "citecheck.toml line 2: 'style' has no value"),
        Arguments.of(
            "a key twice in TOML",
            "citecheck.toml",
            "[bib]\nstyle = \"ris\"\nstyle = \"bibtex\"\n",
            "citecheck.toml line 4: not valid TOML: Duplicate key"),
        Arguments.of(
            "a key twice in YAML",
            ".citecheck.yml",
            "bib:\n  style: ris\n  style: bibtex\n",
            ".citecheck.yml line 3: not valid YAML: Duplicate field 'style'"),
        Arguments.of(
            "a single value",
            ".citecheck.yml",
            "ris\n",
            ".citecheck.yml line 1: expected keys and sections, not a single value or a list"),
        Arguments.of(
            "deep YAML lists",
            ".citecheck.yml",
            "check:\n  exclude: " + "[".repeat(5000) + "]".repeat(5000) + "\n",
            ".citecheck.yml line 2: 'exclude' is a list of texts, numbers or true/false, not of lists"),
        Arguments.of(
            "deep YAML maps",
            ".citecheck.yml",
            "check:\n" + deepMap(200),
            ".citecheck.yml line 2: unknown key 'k' in section 'check'"),
        Arguments.of(
            "deep TOML lists",
            "citecheck.toml",
            "a = " + "[".repeat(5000) + "]".repeat(5000) + "\n",
            "citecheck.toml: nested deeper than 64 levels; a config file has sections and keys"),
        Arguments.of(
            "deep TOML tables",
            "citecheck.toml",
            "[" + "a.".repeat(5000) + "a]\nb = 1\n",
            "citecheck.toml: nested deeper than 64 levels; a config file has sections and keys"),
        Arguments.of(
            "deep TOML inline tables",
            "citecheck.toml",
            "a = " + "{b = ".repeat(3000) + "1" + "}".repeat(3000) + "\n",
            "citecheck.toml: nested deeper than 64 levels; a config file has sections and keys"),
        Arguments.of(
            "huge",
            "citecheck.toml",
            "# " + "x".repeat(1 << 20) + "\n",
            "citecheck.toml: larger than 1 MiB; a config file is a few lines"),
        Arguments.of(
            "binary",
            "citecheck.toml",
            "style = \"\0\"\n",
            "citecheck.toml: not a text file (it holds NUL characters)"));
  }

  private static String deepMap(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int level = 1; level <= depth; level++) {
      yaml.append("  ".repeat(level)).append("k:\n");
    }
    return yaml.append("  ".repeat(depth + 1)).append("v\n").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileRunsOrFailsWithOneLine(String why, String name, String text, String error)
      throws IOException {
    write(name, text);
    Path input = Files.copy(REFERENCES, folder.resolve("references.json"));
    Run run = run("bib", input.toString(), "-o", folder.resolve("out.bib").toString());
    if (error.isEmpty()) {
      assertEquals(ExitCodes.OK, run.code(), run.err());
      String written = Files.readString(folder.resolve("out.bib"));
      assertEquals(
          text.contains("ris"),
          written.startsWith("TY  - "),
          "the file's [bib] style is the one used");
      return;
    }
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), "one line: " + run.err());
    assertTrue(lines.get(0).startsWith("citecheck: " + error), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("com.fasterxml"), run.err());
    assertFalse(Files.exists(folder.resolve("out.bib")), "nothing is written");
  }

  @Test
  void bothFilesInOneFolderIsAnErrorThatSaysWhich() throws IOException {
    write("citecheck.toml", "");
    write(".citecheck.yml", "");
    Run run = run("bib", "missing.json");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: both citecheck.toml and .citecheck.yml are in this folder: keep one, or choose one with"
            + " --config FILE",
        run.err().strip());
    Path chosen = write("chosen.toml", "[bib]\nstyle = \"ris\"\n");
    Path input = Files.copy(REFERENCES, folder.resolve("references.json"));
    Path output = folder.resolve("out.bib");
    Run withConfig =
        run("bib", input.toString(), "--config", chosen.toString(), "-o", output.toString());
    assertEquals(ExitCodes.OK, withConfig.code(), withConfig.err());
    assertTrue(Files.readString(output).startsWith("TY  - "), "--config settles which file counts");
  }

  @Test
  void configNamesAFileAnywhereAndBeforeOrAfterTheCommand() throws IOException {
    Files.createDirectories(folder.resolve("settings"));
    write("settings/project.yaml", "bib:\n  style: csl-json\n");
    Path input = Files.copy(REFERENCES, folder.resolve("references.json"));
    Path output = folder.resolve("out.bib");
    assertEquals(
        ExitCodes.OK,
        run("--config", "settings/project.yaml", "bib", input.toString(), "-o", output.toString())
            .code());
    assertTrue(
        Files.readString(output).startsWith("["),
        "resolved against the folder, read as YAML: CSL-JSON");
    assertEquals(
        ExitCodes.OK,
        run(
                "bib",
                input.toString(),
                "--config=settings/project.yaml",
                "--style",
                "ris",
                "-o",
                output.toString())
            .code());
    assertTrue(Files.readString(output).startsWith("TY  - "), "the command line wins");
  }

  @Test
  void aMissingOrMisnamedConfigFileIsOneLine() throws IOException {
    Run missing = run("bib", "--config", "nope.toml");
    assertEquals(ExitCodes.USAGE_OR_INPUT, missing.code());
    assertEquals("citecheck: nope.toml: no such config file", missing.err().strip());
    write("settings.json", "{}");
    Run json = run("bib", "--config", "settings.json");
    assertEquals(
        "citecheck: settings.json: a config file is TOML (.toml) or YAML (.yml, .yaml); the name says"
            + " neither",
        json.err().strip());
    Files.createDirectories(folder.resolve("dir.toml"));
    assertEquals(
        "citecheck: dir.toml: is a folder, not a config file",
        run("bib", "--config", "dir.toml").err().strip());
  }

  @Test
  void helpAndVersionStillAnswerWhenTheConfigIsBroken() throws IOException {
    write("citecheck.toml", "[check]\nconcurency = 8\n");
    Run help = run("check", "--help");
    assertEquals(ExitCodes.OK, help.code(), help.err());
    assertTrue(help.out().contains("--config=FILE"), help.out());
    assertEquals(ExitCodes.OK, run("version").code());
    assertEquals(ExitCodes.OK, run("help", "audit").code());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT, run("audit").code(), "a command that would read it stops");
  }

  @Test
  void aValueOutOfRangeNamesTheLineItCameFrom() throws IOException {
    write(
        "citecheck.toml",
        "[check]\nretries = 20\nexclude = [\"ok\", \"(unclosed\"]\narchive-interval = -1\n");
    Run run = run("check", "missing.json");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: citecheck.toml line 2: 'retries' must be between 0 and 10", run.err().strip());
    Run fromLine = run("check", "missing.json", "--retries", "11");
    assertEquals("citecheck: --retries must be between 0 and 10", fromLine.err().strip());
    Run exclude = run("check", "missing.json", "--retries", "1");
    assertTrue(
        exclude
            .err()
            .startsWith(
                "citecheck: citecheck.toml line 3: 'exclude' '(unclosed' is not a valid regular"
                    + " expression"),
        exclude.err());
    Run interval = run("check", "missing.json", "--retries", "1", "--exclude", "x");
    assertEquals(
        "citecheck: citecheck.toml line 4: 'archive-interval' must be between 0 and 3600 seconds",
        interval.err().strip());
  }

  @Test
  void aWrongValueOnTheCommandLineIsStillBlamedOnTheCommandLine() throws IOException {
    write("citecheck.toml", "[bib]\nstyle = \"ris\"\n");
    Run run = run("bib", "--style", "mla");
    assertEquals(
        List.of(
            "citecheck: --style: unknown bib style 'mla': expected one of biblatex, bibtex, csl-json, ris",
            "Try 'citecheck bib --help' for more information."),
        run.err().lines().toList());
  }
}
