package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citecheck.testing.CliRun;
import org.junit.jupiter.api.Test;

/** `citecheck help`, `version`, did-you-mean, and the exit codes every command's help lists. */
class HelpTest {

  private static final List<String> COMMANDS =
      List.of("extract", "check", "enrich", "bib", "audit", "history");

  /** " 2 usage or input error: ...", continued on indented lines. */
  private static final Pattern EXIT_CODE = Pattern.compile("(?m)^  (\\d+) +(.*(?:\\n {6,}.*)*)");

  @Test
  void helpAsACommandPrintsTheTopLevelHelp() {
    CliRun help = CliRun.of("help");
    assertEquals(ExitCodes.OK, help.code(), help.err());
    assertEquals(CliRun.of("--help").out(), help.out());
    for (String command : COMMANDS) {
      assertTrue(
          help.out().contains("\n  " + command + " "), command + " is listed: " + help.out());
    }
    assertTrue(help.out().contains("\n  version "), help.out());
  }

  @Test
  void helpWithACommandPrintsThatCommandsHelp() {
    for (String command : COMMANDS) {
      CliRun help = CliRun.of("help", command);
      assertEquals(ExitCodes.OK, help.code(), command + ": " + help.err());
      assertEquals(CliRun.of(command, "--help").out(), help.out(), command);
      assertTrue(help.out().startsWith("Usage: citecheck " + command + " "), help.out());
    }
  }

  @Test
  void versionAsACommandPrintsWhatDashDashVersionPrints() {
    CliRun version = CliRun.of("version");
    assertEquals(ExitCodes.OK, version.code(), version.err());
    assertEquals(CliRun.of("--version").out(), version.out());
    assertTrue(version.out().matches("citecheck \\S+\\R"), version.out());
    for (String command : COMMANDS) {
      assertEquals(version.out(), CliRun.of(command, "--version").out(), command + " --version");
    }
  }

  @Test
  void aMistypedCommandGetsTheNearestOne() {
    assertUsageError(CliRun.of("chek"), "citecheck: unknown command 'chek'; did you mean 'check'?");
    assertUsageError(
        CliRun.of("extarct", "x.txt"),
        "citecheck: unknown command 'extarct'; did you mean 'extract'?");
    assertUsageError(
        CliRun.of("audti"), "citecheck: unknown command 'audti'; did you mean 'audit'?");
    assertUsageError(
        CliRun.of("help", "chek"), "citecheck: unknown command 'chek'; did you mean 'check'?");
    assertUsageError(
        CliRun.of("check", "--timout", "5"),
        "citecheck: unknown option '--timout'; did you mean '--timeout'?");
  }

  @Test
  void anUnknownCommandWithNothingNearListsTheCommands() {
    assertUsageError(
        CliRun.of("qwxz"),
        "citecheck: unknown command 'qwxz' (commands: extract, check, enrich, bib, audit, history,"
            + " store, help, version)");
    assertUsageError(
        CliRun.of("bib", "a.json", "b.json"), "citecheck: unexpected argument 'b.json'");
  }

  @Test
  void theCommandListShowsEachCommandsWholeFirstSentence() {
    String help = CliRun.of("help").out();
    String list = help.substring(help.indexOf("Commands:\n"), help.indexOf("\nExit codes:"));
    Matcher entry = Pattern.compile("(?m)^  (\\w+) +(.*(?:\\n {13,}.*)*)").matcher(list);
    int seen = 0;
    while (entry.find()) {
      String summary = entry.group(2).replaceAll("\\s+", " ").strip();
      assertTrue(
          summary.endsWith("."), entry.group(1) + "'s summary is cut short: '" + summary + "'");
      seen++;
    }
    assertEquals(COMMANDS.size() + 3, seen, list); // and store, help, version
  }

  @Test
  void everyCommandsHelpListsItsExitCodesFromExitCodes() {
    assertEquals(ExitCodes.general(), listedExitCodes(CliRun.of("--help").out()), "top level");
    for (String command : COMMANDS) {
      assertEquals(
          ExitCodes.of(command), listedExitCodes(CliRun.of(command, "--help").out()), command);
    }
  }

  @Test
  void eachCommandListsOnlyTheCodesItCanReturn() {
    assertEquals(List.of(0, 2, 4, 70), codes("extract"));
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 70), codes("check"));
    assertEquals(List.of(0, 2, 5, 70), codes("history"));
    assertEquals(List.of(0, 2, 4, 70), codes("bib"));
    assertEquals(List.of(0, 1, 2, 4, 70), codes("audit"));
  }

  @Test
  void everyExitCodeConstantHasAGeneralMeaning() throws IllegalAccessException {
    List<Integer> constants = new ArrayList<>();
    for (Field field : ExitCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        constants.add(field.getInt(null));
      }
    }
    assertEquals(
        constants.stream().sorted().toList(),
        ExitCodes.general().stream().map(ExitCodes.Meaning::code).sorted().toList());
    for (String command : COMMANDS) {
      assertTrue(constants.containsAll(codes(command)), command);
    }
  }

  @Test
  void bibSaysItAcceptsADocumentsText() {
    String help = CliRun.of("bib", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("references.json, or a document's text"), help);
  }

  private static List<Integer> codes(String command) {
    return ExitCodes.of(command).stream().map(ExitCodes.Meaning::code).collect(Collectors.toList());
  }

  private static List<ExitCodes.Meaning> listedExitCodes(String help) {
    int heading = help.indexOf("\nExit codes:\n");
    assertTrue(heading >= 0, "no exit codes in: " + help);
    List<ExitCodes.Meaning> listed = new ArrayList<>();
    Matcher line = EXIT_CODE.matcher(help.substring(heading));
    while (line.find()) {
      listed.add(
          new ExitCodes.Meaning(
              Integer.parseInt(line.group(1)), line.group(2).replaceAll("\\s+", " ").strip()));
    }
    return listed;
  }

  private static void assertUsageError(CliRun run, String firstLine) {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(firstLine, lines.get(0));
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.get(1).startsWith("Try 'citecheck"), run.err());
    assertFalse(run.err().contains("Unmatched argument"), run.err());
    assertEquals("", run.out());
  }
}
