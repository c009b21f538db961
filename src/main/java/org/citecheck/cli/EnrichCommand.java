package org.citecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.citecheck.CitecheckException;
import org.citecheck.http.HttpSettings;
import org.citecheck.io.Input;
import org.citecheck.io.Output;
import org.citecheck.run.EnrichRun;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.enrich.Enricher;
import org.citecheck.store.StoreAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citecheck enrich}: completes references.json from the pages' metadata, the DOIs' agencies
 * and confirmed Crossref matches, each field with its provenance.
 */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = OptionDefaults.class,
    sortOptions = false,
    description = {
      "Completes each source's record in references.json: empty fields filled from the cited"
          + " page's metadata (--with), the DOI's registration agency, or a confirmed Crossref match;"
          + " what the note printed is kept. Each field records its provenance.",
      "Writes references.json in the current folder (standard output when INPUT is -);"
          + " offline, writes nothing and exits 3."
    })
final class EnrichCommand implements Callable<Integer> {

  private final Streams streams;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "INPUT",
      description =
          "references.json, or a document (its notes are extracted first); - for standard input"
              + " (default: ${DEFAULT-VALUE}).")
  String input;

  @Mixin PasswordMixin password;

  @Mixin BaseUrlMixin baseUrl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write the completed records; - for standard output (default: references.json"
              + " in the current folder, or standard output when INPUT is -).")
  String output;

  @Option(
      names = "--with",
      paramLabel = "REPORT.json",
      description = "A verification.json: the cited pages' embedded metadata fills records too.")
  String report;

  @Mixin MetadataMixin metadata;

  @Option(
      names = "--crossref-base",
      paramLabel = "URL",
      description = "Crossref's REST API origin, for a test server (default: ${DEFAULT-VALUE}).")
  String crossrefBase;

  @Option(
      names = "--datacite-base",
      paramLabel = "URL",
      description = "DataCite's REST API origin, for a test server (default: ${DEFAULT-VALUE}).")
  String dataciteBase;

  @Option(
      names = "--no-crossref",
      description = "Do not look for the DOIs of references that print none.")
  boolean noCrossref;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "History store as a SQLite file, as for check; the services' answers are kept in it"
              + " (default: see --store).")
  Path cache;

  @Mixin StoreMixin store;

  @Option(names = "--no-cache", description = "Neither read nor keep the services' answers.")
  boolean noCache;

  @Option(
      names = "--max-age",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Reuse kept answers up to this age (default: ${DEFAULT-VALUE}).")
  Duration maxAge;

  EnrichCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (noCache && cache != null) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE, "--cache and --no-cache contradict each other");
    }
    if (noCache && store.store != null && !store.store.isBlank()) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE, "--store and --no-cache contradict each other");
    }
    StoreAccess history = noCache ? null : store.access(cache, System.getenv());
    ScholarlyOptions options =
        metadata
            .toOptions()
            .withBases(
                null,
                MetadataMixin.httpUrl(spec, "--crossref-base", crossrefBase),
                MetadataMixin.httpUrl(spec, "--datacite-base", dataciteBase))
            .withCrossref(!noCrossref)
            .withMaxAge(maxAge);
    String target = output != null ? output : "-".equals(input) ? "-" : OptionDefaults.REFERENCES;
    Output out = Output.of(target, streams.out()).requireWritable();
    PrintWriter err = Console.err(streams);
    Enricher.Result result =
        EnrichRun.run(
            new EnrichRun.Job(
                baseUrl.apply(password.apply(Input.of(input, streams.in()))),
                report == null ? null : Input.of(report, streams.in()),
                out,
                options,
                HttpSettings.builder().userAgent(options.userAgent()).build(),
                history,
                err));
    if (result.offline()) {
      err.println(
          "citecheck: offline: no metadata service answered; nothing was changed or written");
      return ExitCodes.OFFLINE;
    }
    result.kept().forEach(line -> err.println("citecheck: kept as printed: " + line));
    err.println(
        "citecheck: completed "
            + result.completed()
            + " of "
            + result.sources()
            + " sources ("
            + describe(result.filled())
            + ")"
            + (out.isStandardOutput() ? "" : "; wrote " + out.name()));
    return ExitCodes.OK;
  }

  private static String describe(Map<String, Integer> filled) {
    if (filled.isEmpty()) {
      return "no field filled";
    }
    StringBuilder text = new StringBuilder();
    filled.forEach(
        (origin, count) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(count)
                .append(count == 1 ? " field" : " fields")
                .append(" from ")
                .append(
                    origin.equals("doi") ? "DOIs" : origin.equals("page") ? "pages" : "Crossref"));
    return text.toString();
  }
}
