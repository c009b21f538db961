package org.citecheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.citecheck.bib.BibOptions;
import org.citecheck.bib.BibResult;
import org.citecheck.bib.BibStyle;
import org.citecheck.bib.Bibliography;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `citecheck bib`: the notes' sources as a biblatex, BibTeX, CSL-JSON or RIS bibliography. */
@Command(
    name = "bib",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = OptionDefaults.class,
    description = {
      "Writes one bibliography entry per distinct cited source, in note order.",
      "Default output: references.bib (biblatex), references-bibtex.bib (bibtex),",
      "references.csl.json (csl-json) or references.ris (ris) in the current folder;",
      "standard output when INPUT is -."
    })
final class BibCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "INPUT",
      description =
          "references.json, or a document's text (its notes are extracted first);"
              + " - for standard input (default: ${DEFAULT-VALUE}).")
  String input;

  @Mixin PasswordMixin password;

  @Mixin BaseUrlMixin baseUrl;

  @Option(
      names = "--style",
      paramLabel = "STYLE",
      converter = IdOption.BibStyles.class,
      completionCandidates = IdOption.BibStyles.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  BibStyle style;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "output file, or - for standard output (default: see above)")
  String output;

  @Option(
      names = "--with",
      paramLabel = "REPORT.json",
      description =
          "a verification.json: redirect targets, archived snapshots, and its check date as access date for the links it reached")
  String report;

  BibCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    BibStyle chosen = style;
    BibResult result =
        Bibliography.write(
            new BibOptions(input, chosen, output, report, password.value(), baseUrl.value()),
            streams.in(),
            streams.out());
    PrintWriter err =
        new PrintWriter(
            new java.io.OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true);
    result.notices().forEach(notice -> err.println("citecheck: " + notice));
    err.println(
        "citecheck: wrote "
            + result.entries()
            + " "
            + chosen.id()
            + " entries to "
            + result.output());
    return ExitCodes.OK;
  }
}
