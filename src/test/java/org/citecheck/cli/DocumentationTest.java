package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citecheck.bib.BibStyle;
import org.citecheck.report.ReportFormat;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Keeps the README and docs/ true to the code: every option of every command is documented on its
 * command's page, every verdict, report format and bibliography style is named, and every link
 * between the pages leads somewhere.
 */
class DocumentationTest {

  /**
   * Where each command's options are documented; check's archive options live on their own page.
   */
  private static final Map<String, List<String>> PAGES =
      Map.of(
          "extract", List.of("docs/extract.md"),
          "check", List.of("docs/check.md", "docs/archives.md"),
          "enrich", List.of("docs/enrich.md"),
          "bib", List.of("docs/bib.md"),
          "audit", List.of("docs/audit.md"),
          "history", List.of("docs/store.md"));

  /** A row of a table whose first column is a number: the code, then its meaning. */
  private static final Pattern EXIT_CODE_ROW = Pattern.compile("(?m)^\\| (\\d+) \\| ([^|]+) \\|");

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void everyOptionOfEveryCommandIsDocumentedOnItsPage() throws IOException {
    CommandLine root = commandLine();
    for (Map.Entry<String, List<String>> entry : PAGES.entrySet()) {
      CommandLine command = root.getSubcommands().get(entry.getKey());
      String docs = read(entry.getValue());
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        assertTrue(
            docs.contains("`" + option.longestName()),
            "`"
                + option.longestName()
                + "` of "
                + entry.getKey()
                + " is not documented in "
                + entry.getValue());
      }
    }
  }

  @Test
  void theReadmeNamesEveryVerdictInItsTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Verdict verdict : Verdict.values()) {
      assertTrue(
          readme.contains("| `" + verdict.id() + "` |"),
          verdict.id() + " is not in the README's verdict table");
    }
  }

  @Test
  void theReadmesExitCodeTableIsTheOneInExitCodes() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher row =
        EXIT_CODE_ROW.matcher(section(Files.readString(Path.of("README.md")), "## Exit codes"));
    while (row.find()) {
      documented.add(row.group(1) + " " + row.group(2).replace("`", "").strip());
    }
    List<String> expected =
        ExitCodes.general().stream().map(m -> m.code() + " " + m.text()).toList();
    assertEquals(
        expected,
        documented,
        "the README's exit codes and their meanings, as org.citecheck.cli.ExitCodes has them");
    List<Path> pages = markdownPages();
    for (Path page : pages) {
      if (!page.toString().equals("README.md")) {
        String text = Files.readString(page);
        assertTrue(
            !text.contains("\n| 70 |"),
            page + " repeats the exit-code table: link to the README's instead");
      }
    }
  }

  @Test
  void everyReportFormatAndBibliographyStyleIsDocumented() throws IOException {
    String reports = Files.readString(Path.of("docs/reports.md"));
    for (ReportFormat format : ReportFormat.values()) {
      assertTrue(
          reports.contains("| `" + format.id() + "` |"),
          format.id() + " is not in docs/reports.md");
    }
    String bib = Files.readString(Path.of("docs/bib.md"));
    for (BibStyle style : BibStyle.values()) {
      assertTrue(bib.contains(style.id()), style.id() + " is not in docs/bib.md");
    }
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : markdownPages()) {
      Matcher link = LINK.matcher(Files.readString(page));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target + " (no such file)");
        } else if (anchor != null && !anchors(resolved).contains(anchor)) {
          broken.add(page + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theReadmeStaysAShortFrontDoor() throws IOException {
    long lines = Files.readAllLines(Path.of("README.md")).size();
    assertTrue(lines <= 250, "README.md has " + lines + " lines; move detail into docs/");
  }

  /** The text under a heading, up to the next heading of any level. */
  @Test
  void theSetUpSaysWhatCiRunInstallsAndHowToPutCitecheckOnThePath() throws IOException {
    String setUp = section(Files.readString(Path.of("README.md")), "## Set up");
    assertTrue(setUp.contains(".ci/run"), "the second set-up command");
    assertTrue(
        setUp.matches("(?s).*about [0-9.]+ GB.*") && setUp.contains("sudo"),
        "next to .ci/run, the README says how much it installs and that it may use sudo");
    assertTrue(
        setUp.contains("export PATH=\"$PWD/bin:$PATH\""),
        "how plain `citecheck` in the examples works");
    for (String pkg : List.of("pandoc", "biber", "chromium")) {
      assertTrue(
          Files.readString(Path.of(".ci/run")).contains(pkg),
          pkg + " is no longer installed: fix the README");
      assertTrue(setUp.toLowerCase(java.util.Locale.ROOT).contains(pkg), "the README names " + pkg);
    }
  }

  private static String section(String page, String heading) {
    int start = page.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, "no heading '" + heading + "'");
    int end = page.indexOf("\n#", start + heading.length() + 2);
    return end < 0 ? page.substring(start) : page.substring(start, end);
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
  private static List<String> anchors(Path page) throws IOException {
    List<String> anchors = new ArrayList<>();
    for (String line : Files.readAllLines(page)) {
      if (line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
        anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  private static List<Path> markdownPages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private static String read(List<String> pages) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String page : pages) {
      text.append(Files.readString(Path.of(page))).append('\n');
    }
    return text.toString();
  }

  private static CommandLine commandLine() {
    Streams streams =
        new Streams(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new ByteArrayOutputStream());
    return new CommandLine(new CitecheckCommand(), new Factory(streams));
  }
}
