package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.archive.ArchiveService;
import org.citecheck.audit.model.Severity;
import org.citecheck.bib.BibStyle;
import org.citecheck.check.CheckOptions;
import org.citecheck.cli.config.ConfigFile;
import org.citecheck.http.HttpSettings;
import org.citecheck.http.RetryPolicy;
import org.citecheck.report.ReportFormat;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * How values merge: the command line over the command's section, the section over the top level,
 * the top level over the built-in defaults, which are the engine's own; each command reads its own
 * section and no other.
 */
class ConfigMergeTest {

  private static final Streams STREAMS =
      new Streams(
          new ByteArrayInputStream(new byte[0]),
          new ByteArrayOutputStream(),
          new ByteArrayOutputStream());

  @TempDir Path folder;

  /** The command as picocli leaves it after parsing the arguments with this config file. */
  private <T> T parse(String configText, Class<T> type, String command, String... args)
      throws IOException {
    ConfigFile config = ConfigFile.NONE;
    if (configText != null) {
      Files.writeString(folder.resolve("citecheck.toml"), configText);
      config = ConfigFile.find(folder, null, () -> Main.configSchema(STREAMS));
    }
    CommandLine root = Main.commandLine(STREAMS, config);
    CommandLine.ParseResult parsed = root.parseArgs(concat(command, args));
    return type.cast(parsed.subcommand().commandSpec().userObject());
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void withoutAConfigEveryDefaultIsTheEnginesOwn() throws IOException {
    CheckCommand check = parse(null, CheckCommand.class, "check", "--no-cache");
    CheckOptions options = check.options();
    HttpSettings engine = HttpSettings.builder().build();
    assertEquals(engine.connectTimeout(), options.http().connectTimeout());
    assertEquals(engine.readTimeout(), options.http().readTimeout());
    assertEquals(RetryPolicy.defaults(), options.http().retry());
    assertEquals(engine.hostConcurrency(), options.http().hostConcurrency());
    assertEquals(engine.hostInterval(), options.http().hostInterval());
    assertEquals(CheckOptions.DEFAULT_URL_DEADLINE, options.urlDeadline());
    assertEquals(CheckOptions.DEFAULT_MAX_CONCURRENCY, options.maxConcurrency());
    assertEquals(CheckOptions.DEFAULT_MAX_AGE, options.maxAge());
    assertEquals(CheckOptions.DEFAULT_PROBE_URL, options.probeUrl());
    assertEquals(ReportFormat.DEFAULTS, check.formats);
    assertEquals(EnumSet.of(Verdict.DEAD, Verdict.SOFT_404), check.failOn);
    assertEquals(Path.of("reports"), check.reports);
    assertEquals(List.of("references.json"), check.inputs);
    ArchiveOptions archive = check.archive.toOptions(Map.of());
    ArchiveOptions defaults = ArchiveOptions.defaults();
    assertEquals(defaults.services(), archive.services());
    assertEquals(defaults.interval(), archive.interval());
    assertEquals(defaults.driftMaxDays(), archive.driftMaxDays());
    AuditCommand audit = parse(null, AuditCommand.class, "audit");
    assertEquals(Severity.ERROR, audit.failOn);
    assertEquals(Severity.WARNING, audit.minSeverity);
    assertEquals(BibStyle.BIBLATEX, parse(null, BibCommand.class, "bib").style);
    assertNull(
        parse(null, ExtractCommand.class, "extract", "x.txt").output,
        "decided by the input: a file or -");
  }

  @Test
  void everyDefaultIsWrittenOnceInOptionDefaultsAndNoneInAnAnnotation() {
    CommandLine root = Main.commandLine(STREAMS);
    for (CommandLine command : root.getSubcommands().values()) {
      for (ArgSpec arg : command.getCommandSpec().args()) {
        assertNull(
            arg.defaultValue(), command.getCommandName() + " " + arg + " has its own defaultValue");
      }
    }
  }

  @Test
  void eachCommandReadsItsOwnSection() throws IOException {
    String config =
        """
        [extract]
        output = "notes.json"

        [check]
        timeout = "45s"
        retries = 4
        host-concurrency = 2
        host-interval = "250ms"
        max-concurrency = 16
        allow-private-hosts = true
        user-agent = "my-bot/1"
        header = ["X-Token: a,b", "Accept-Language: en"]
        exclude = ["^https://example\\\\.org/(a|b),c", "linkedin"]
        fail-on = ["dead", "blocked"]
        format = "json,sarif"
        archive = ["memento", "wayback"]
        memento-timegate = ["https://archive.today/timegate/"]
        archive-interval = 2.5
        no-drift = true
        drift-max-days = 30
        no-cache = true

        [bib]
        style = "ris"

        [audit]
        fail-on = "none"
        min-severity = "info"
        verbose = true
        """;
    assertEquals("notes.json", parse(config, ExtractCommand.class, "extract", "x.txt").output);
    CheckCommand check = parse(config, CheckCommand.class, "check");
    CheckOptions options = check.options();
    assertEquals(Duration.ofSeconds(45), options.urlDeadline());
    assertEquals(4, options.http().retry().maxRetries());
    assertEquals(2, options.http().hostConcurrency());
    assertEquals(Duration.ofMillis(250), options.http().hostInterval());
    assertEquals(16, options.maxConcurrency());
    assertTrue(options.http().allowPrivateHosts());
    assertEquals("my-bot/1", options.http().userAgent());
    assertEquals(
        List.of(Map.entry("X-Token", "a,b"), Map.entry("Accept-Language", "en")),
        options.http().headers());
    assertEquals(
        List.of("^https://example\\.org/(a|b),c", "linkedin"),
        options.excludes().stream().map(Pattern::pattern).toList(),
        "a list item keeps its commas");
    assertEquals(EnumSet.of(Verdict.DEAD, Verdict.BLOCKED), check.failOn);
    assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF), check.formats);
    assertNull(options.store());
    ArchiveOptions archive = check.archive.toOptions(Map.of());
    assertEquals(
        List.of(ArchiveService.MEMENTO, ArchiveService.WAYBACK), List.copyOf(archive.services()));
    assertEquals(List.of("https://archive.today/timegate/"), archive.timegates());
    assertEquals(Duration.ofMillis(2500), archive.interval());
    assertFalse(archive.drift());
    assertEquals(30, archive.driftMaxDays());
    assertEquals(BibStyle.RIS, parse(config, BibCommand.class, "bib").style);
    AuditCommand audit = parse(config, AuditCommand.class, "audit");
    assertNull(audit.failOn, "none: nothing fails");
    assertEquals(Severity.INFO, audit.minSeverity);
    assertTrue(audit.verbose);
  }

  @Test
  void theCommandLineWinsOverTheSectionWhichWinsOverTheTopLevel() throws IOException {
    String config =
        """
        reports = "shared-reports"
        timeout = 20
        exclude = ["from-the-top"]

        [check]
        timeout = 40
        format = ["md"]
        fail-on = "dead"
        exclude = ["from-the-section"]

        [audit]
        min-severity = "error"
        """;
    CheckCommand fromFile = parse(config, CheckCommand.class, "check");
    assertEquals(
        Path.of("shared-reports"),
        fromFile.reports,
        "the top level reaches every command with the option");
    assertEquals(
        Duration.ofSeconds(40),
        fromFile.options().urlDeadline(),
        "the section wins over the top level");
    assertEquals(List.of("from-the-section"), fromFile.excludes, "a list is replaced, not merged");
    CheckCommand fromLine =
        parse(
            config,
            CheckCommand.class,
            "check",
            "--timeout",
            "5",
            "--format",
            "json,html",
            "--fail-on",
            "none",
            "--exclude",
            "from-the-line",
            "--reports",
            "mine");
    assertEquals(Duration.ofSeconds(5), fromLine.options().urlDeadline());
    assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.HTML), fromLine.formats);
    assertEquals(Set.of(), fromLine.failOn);
    assertEquals(List.of("from-the-line"), fromLine.excludes);
    assertEquals(Path.of("mine"), fromLine.reports);
    AuditCommand audit = parse(config, AuditCommand.class, "audit");
    assertEquals(Path.of("shared-reports"), audit.reports);
    assertEquals(Severity.ERROR, audit.minSeverity);
    assertEquals(
        Severity.WARNING,
        parse(config, AuditCommand.class, "audit", "--min-severity", "warning").minSeverity);
    assertEquals(Severity.ERROR, audit.failOn, "check's fail-on is not audit's");
  }

  @Test
  void helpShowsTheValueInEffect() throws IOException {
    Files.writeString(folder.resolve("citecheck.toml"), "[check]\nretries = 5\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(
        folder,
        new ByteArrayInputStream(new byte[0]),
        out,
        new ByteArrayOutputStream(),
        "check",
        "--help");
    String help = out.toString(java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertTrue(help.contains("resets (default: 5)"), help);
  }

  @Test
  void aConfigValueIsTakenAsWrittenNotExpanded() throws IOException {
    CheckCommand check =
        parse("[check]\nuser-agent = \"bot ${user.home}\"\n", CheckCommand.class, "check");
    assertEquals("bot ${user.home}", check.userAgent);
  }
}
