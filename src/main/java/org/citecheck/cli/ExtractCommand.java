package org.citecheck.cli;

import java.util.concurrent.Callable;
import org.citecheck.io.Input;
import org.citecheck.io.Output;
import org.citecheck.references.ExtractionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citecheck extract}: a document's endnotes into references.json. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = OptionDefaults.class,
    description = "Turns a report's endnotes into structured records (references.json).")
final class ExtractCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description =
          "The report: a PDF, or its text (e.g. from pdftotext -raw); '-' for standard input.")
  String input;

  @Mixin PasswordMixin password;

  @Mixin BaseUrlMixin baseUrl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write the records; '-' for standard output (default: references.json in the"
              + " current folder, or standard output when INPUT is '-').")
  String output;

  ExtractCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    String spec = output != null ? output : "-".equals(input) ? "-" : OptionDefaults.REFERENCES;
    Output target = Output.of(spec, streams.out()).requireWritable();
    ExtractionSummary summary =
        ExtractionSummary.run(baseUrl.apply(password.apply(Input.of(input, streams.in()))), target);
    summary.notices().forEach(Console.err(streams)::println);
    if (!target.isStandardOutput()) {
      Console.err(streams).println(summary.describe(target.name()));
    }
    return ExitCodes.OK;
  }
}
