package org.citecheck.cli;

import picocli.CommandLine.Command;

/** The top-level command; it only groups the subcommands. */
@Command(
    name = "citecheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads a report's endnotes, turns every reference into a structured record, verifies each cited URL,",
      "finds archived snapshots and writes reports, bibliographies and a footnote audit."
    },
    subcommands = {ExtractCommand.class, CheckCommand.class, BibCommand.class, AuditCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage or input error",
      "3:could not verify: the checker is offline",
      "4:an output file could not be written",
      "70:internal error (a bug; please report it)"
    })
final class CitecheckCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
