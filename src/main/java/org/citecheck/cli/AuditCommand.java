package org.citecheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.citecheck.CitecheckException;
import org.citecheck.audit.Audit;
import org.citecheck.audit.AuditOptions;
import org.citecheck.audit.AuditOutcome;
import org.citecheck.audit.model.Severity;
import org.citecheck.io.Writable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code citecheck audit}: every problem in a document's notes, with a fix, before republishing.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = OptionDefaults.class,
    sortOptions = false,
    description = {
      "Audits a document's notes before it is republished and prints each warning and error with its fix.",
      "It checks numbering, markers in the body, cross-references, sources cited in full twice, broken"
          + " and tracking URLs, dates and, with a verification report, link health; --verbose prints the"
          + " info findings too. It writes every finding to <reports>/audit.json and <reports>/audit.md."
    })
final class AuditCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "INPUT",
      description =
          "references.json, or the document's text (then note markers in the body are checked"
              + " too); - for standard input (default: ${DEFAULT-VALUE}).")
  String input;

  @Mixin PasswordMixin password;

  @Mixin BaseUrlMixin baseUrl;

  @Option(
      names = "--with",
      paramLabel = "REPORT.json",
      description =
          "A verification.json from citecheck check: link health, https and tracking evidence.")
  String verification;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = IdOption.FailingSeverity.class,
      completionCandidates = IdOption.FailingSeverity.class,
      description =
          "${COMPLETION-CANDIDATES}: findings at or above it make the exit code 1"
              + " (default: ${DEFAULT-VALUE}).")
  Severity failOn; // null for none: nothing fails

  @Option(
      names = "--min-severity",
      paramLabel = "SEVERITY",
      converter = IdOption.Severities.class,
      completionCandidates = IdOption.Severities.class,
      description =
          "${COMPLETION-CANDIDATES}: the least severe findings printed; the rest are counted"
              + " (default: ${DEFAULT-VALUE}). The reports list every finding.")
  Severity minSeverity;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print every finding, info included (--min-severity info).")
  boolean verbose;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "Folder for audit.json and audit.md (default: ${DEFAULT-VALUE}).")
  Path reports;

  AuditCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Severity shown = verbose ? Severity.INFO : minSeverity;
    if (reports.toString().isEmpty()) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE, "--reports is empty: name a folder");
    }
    Writable.folder(reports, List.of(Audit.JSON_FILE, Audit.MARKDOWN_FILE));
    AuditOutcome outcome =
        Audit.run(
            new AuditOptions(input, verification, reports, password.value(), baseUrl.value()),
            streams.in(),
            Clock.systemUTC());
    outcome.notices().forEach(notice -> Console.err(streams).println("citecheck: " + notice));
    new AuditSummary(outcome, failOn, shown).print(Console.out(streams));
    return outcome.report().failing(failOn) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
