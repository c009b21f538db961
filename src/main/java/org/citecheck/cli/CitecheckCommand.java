package org.citecheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; it only groups the subcommands. */
@Command(
    name = "citecheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads a report's endnotes, turns every reference into a structured record, verifies each cited URL,"
          + " finds archived snapshots and writes reports, bibliographies and a footnote audit.",
      "Run 'citecheck help COMMAND' for a command's options and exit codes."
    },
    subcommands = {
      ExtractCommand.class,
      CheckCommand.class,
      EnrichCommand.class,
      BibCommand.class,
      AuditCommand.class,
      HistoryCommand.class,
      StoreCommand.class,
      HelpCommand.class,
      VersionCommand.class
    })
final class CitecheckCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * Declared here so that every command takes it and documents it; {@link Main} reads it from the
   * arguments before the commands are built, as the file's values become their defaults.
   */
  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Config file (TOML or YAML) with values for the options not given here"
              + " (default: the current folder's citecheck.toml or .citecheck.yml, if any).")
  String config;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
