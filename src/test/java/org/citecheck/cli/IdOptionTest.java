package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.citecheck.audit.model.Severity;
import org.citecheck.bib.BibStyle;
import org.citecheck.report.ReportFormat;
import org.citecheck.testing.CliRun;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one converter every id option uses: what it reads, and how it says what it cannot. */
class IdOptionTest {

  @Command(name = "probe")
  static final class Probe {
    @Option(names = "--verdicts", split = ",", converter = IdOption.FailingVerdicts.class)
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);

    @Option(names = "--formats", split = ",", converter = IdOption.ReportFormats.class)
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);

    @Option(names = "--threshold", converter = IdOption.FailingSeverity.class)
    Severity threshold = Severity.ERROR;

    @Option(names = "--style", converter = IdOption.BibStyles.class)
    BibStyle style;
  }

  private static Probe parse(String... args) {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs(args);
    return probe;
  }

  @Test
  void idsAreReadInAnyCaseInListsAndRepeated() {
    assertEquals(
        EnumSet.of(Verdict.DEAD, Verdict.SOFT_404, Verdict.BLOCKED),
        parse("--verdicts", "DEAD, soft-404", "--verdicts", "blocked").verdicts);
    assertEquals(
        EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON),
        parse("--formats", "sarif,Json").formats);
    assertEquals(BibStyle.CSL_JSON, parse("--style", "csl-json").style);
    assertEquals(Severity.INFO, parse("--threshold", "info").threshold);
  }

  @Test
  void noneAndAllAreWordsOfTheOptionsThatTakeThem() {
    assertEquals(Set.of(), parse("--verdicts", "none").verdicts);
    assertEquals(EnumSet.allOf(ReportFormat.class), parse("--formats", "all").formats);
    assertEquals(EnumSet.allOf(ReportFormat.class), parse("--formats", "json,all").formats);
    assertNull(parse("--threshold", "none").threshold);
  }

  @Test
  void theCandidatesAreTheIdsThenTheWords() {
    assertEquals(List.of("error", "warning", "info", "none"), list(new IdOption.FailingSeverity()));
    assertEquals(
        List.of("json", "md", "html", "junit", "sarif", "notes", "all"),
        list(new IdOption.ReportFormats()));
    assertEquals(List.of("wayback", "memento", "none"), list(new IdOption.ArchiveServices()));
    assertEquals(List.of("biblatex", "bibtex", "csl-json", "ris"), list(new IdOption.BibStyles()));
  }

  /**
   * Every id option of the real command line fails one way on an unknown id: the option, then
   * HasId's words.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "check | --fail-on | dead,gone | --fail-on: unknown verdict 'gone': expected one of alive, redirected,"
            + " soft-404, dead, blocked, unreachable, offline, invalid, skipped, or none",
        "check | --format | pdf | --format: unknown report format 'pdf': expected one of json, md, html, junit,"
            + " sarif, notes, or all",
        "check | --archive | archive.today | --archive: unknown archive service 'archive.today': expected one of"
            + " wayback, memento, or none",
        "audit | --fail-on | fatal | --fail-on: unknown severity 'fatal': expected one of error, warning, info, or none",
        "audit | --min-severity | none | --min-severity: unknown severity 'none': expected one of error, warning, info",
        "bib | --style | mla | --style: unknown bib style 'mla': expected one of biblatex, bibtex, csl-json, ris",
      })
  void anUnknownIdIsOneLineNamingTheOptionAndTheKnownIds(
      String command, String option, String value, String expected) {
    CliRun run = CliRun.of(command, option, value, "no-such-input.json");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals(
        List.of(
            "citecheck: " + expected,
            "Try 'citecheck " + command + " --help' for more information."),
        run.err().lines().toList());
  }

  @ParameterizedTest
  @CsvSource({
    "check, --fail-on",
    "check, --format",
    "check, --archive",
    "audit, --fail-on",
    "audit, --min-severity",
    "bib, --style"
  })
  void helpListsTheCandidates(String command, String option) {
    CliRun help = CliRun.of(command, "--help");
    String flat = help.out().replaceAll("\\s+", " ");
    int at = flat.lastIndexOf(option + "="); // the option list, after the synopsis
    assertTrue(at >= 0, help.out());
    String described = flat.substring(at, Math.min(flat.length(), at + 260));
    CommandLine.Model.OptionSpec spec =
        Main.commandLine(new Streams(System.in, System.out, System.err))
            .getSubcommands()
            .get(command)
            .getCommandSpec()
            .findOption(option);
    for (String candidate : spec.completionCandidates()) {
      assertTrue(
          described.contains(candidate),
          option + " of " + command + " does not list " + candidate + ": " + described);
    }
  }

  private static List<String> list(Iterable<String> candidates) {
    List<String> list = new java.util.ArrayList<>();
    candidates.forEach(list::add);
    return list;
  }
}
