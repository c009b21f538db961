package org.citecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.citecheck.CitecheckException;
import org.citecheck.check.CheckOptions;
import org.citecheck.check.progress.Progress;
import org.citecheck.check.progress.ProgressDisplay;
import org.citecheck.http.HttpSettings;
import org.citecheck.http.UrlPolicy;
import org.citecheck.io.Writable;
import org.citecheck.report.ReportFormat;
import org.citecheck.run.CheckRun;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citecheck check}: verifies every cited URL and writes reports/verification.json. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = OptionDefaults.class,
    sortOptions = false,
    description = {
      "Verifies every URL cited in references.json and writes the reports.",
      "Each distinct URL is checked once; URLs that a PDF broke across lines are settled, archived"
          + " snapshots looked up, and the reports (verification.json and the --format ones) give one"
          + " verdict per (note, source)."
    })
final class CheckCommand implements Callable<Integer> {

  private final Streams streams;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      split = OptionDefaults.LIST_SPLIT,
      hideParamSyntax = true,
      description =
          "references.json, or documents extract accepts (their notes are extracted first), or"
              + " folders of documents; - for standard input (default: ${DEFAULT-VALUE}). Each"
              + " distinct URL is checked once across all of them.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      split = OptionDefaults.LIST_SPLIT,
      hideParamSyntax = true,
      description =
          "In a folder, check only the files matching the glob (default: the document formats"
              + " citecheck reads); repeatable.")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude-files",
      paramLabel = "GLOB",
      split = OptionDefaults.LIST_SPLIT,
      hideParamSyntax = true,
      description = "In a folder, leave out the files matching the glob; repeatable.")
  List<String> excludeFiles = new ArrayList<>();

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "Folder for verification.json (default: ${DEFAULT-VALUE}).")
  Path reports;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      converter = DurationConverter.class,
      description =
          "Total time for one URL, redirects and retries included (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--connect-timeout",
      paramLabel = "SECONDS",
      converter = DurationConverter.class,
      description = "Longest wait for a connection (default: ${DEFAULT-VALUE}).")
  Duration connectTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      converter = DurationConverter.class,
      description = "Longest silence while reading an answer (default: ${DEFAULT-VALUE}).")
  Duration readTimeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description =
          "Retries for 429, 502, 503, 504, timeouts and resets (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--host-concurrency",
      paramLabel = "N",
      description = "Requests in flight to one host at most (default: ${DEFAULT-VALUE}).")
  int hostConcurrency;

  @Option(
      names = "--host-interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Least time between two requests to one host, a floor under the adaptive pace"
              + " (default: ${DEFAULT-VALUE}).")
  Duration hostInterval;

  @Option(
      names = "--respect-robots",
      description = "Read each host's robots.txt once and keep the Crawl-delay it asks for.")
  boolean respectRobots;

  @Option(
      names = "--max-concurrency",
      paramLabel = "N",
      description = "URLs checked at once over all hosts (default: ${DEFAULT-VALUE}).")
  int maxConcurrency;

  @Option(
      names = "--allow-private-hosts",
      description = "Also check loopback, private and link-local addresses (refused by default).")
  boolean allowPrivateHosts;

  @Option(
      names = "--user-agent",
      paramLabel = "TEXT",
      description = "User-Agent to send (default: names citecheck).")
  String userAgent;

  @Option(
      names = "--header",
      paramLabel = "'NAME: VALUE'",
      split = OptionDefaults.LIST_SPLIT,
      hideParamSyntax = true,
      description = "Extra request header; repeatable.")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "REGEX",
      split = OptionDefaults.LIST_SPLIT,
      hideParamSyntax = true,
      description = "Skip URLs matching the regular expression (anywhere in the URL); repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "History store as a SQLite file; a name ending in .json (an old cache, imported once) means"
              + " the .db file beside it (default: see --store).")
  Path cache;

  @Option(
      names = "--no-cache",
      description =
          "Neither read nor write the history (no cached results, no dead-link confirmation).")
  boolean noCache;

  @Option(
      names = "--max-age",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Reuse cached results up to this age (default: ${DEFAULT-VALUE}).")
  Duration maxAge;

  @Option(
      names = "--fail-on",
      paramLabel = "VERDICTS",
      split = ",",
      hideParamSyntax = true,
      converter = IdOption.FailingVerdicts.class,
      completionCandidates = IdOption.FailingVerdicts.class,
      description =
          "Comma-separated verdicts that make the exit code 1 (${COMPLETION-CANDIDATES});"
              + " repeatable (default: ${DEFAULT-VALUE}).")
  Set<Verdict> failOn = EnumSet.noneOf(Verdict.class);

  @Option(
      names = "--probe-url",
      paramLabel = "URL",
      description =
          "Fetched to tell 'offline' from 'dead' when nothing answers (default: ${DEFAULT-VALUE}).")
  String probeUrl;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      split = ",",
      hideParamSyntax = true,
      converter = IdOption.ReportFormats.class,
      completionCandidates = IdOption.ReportFormats.class,
      description =
          "Reports to write, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress, no summary; errors and warnings only.")
  boolean quiet;

  @Mixin ArchiveMixin archive;

  @Mixin MetadataMixin metadata;

  @Option(
      names = "--no-doi",
      description = "Do not ask the DOI handle API whether the cited DOIs are registered.")
  boolean noDoi;

  @Mixin PasswordMixin password;

  @Mixin StoreMixin store;

  @Mixin BaseUrlMixin baseUrl;

  CheckCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    CheckOptions options = options();
    // Before any URL is checked: a report that cannot be written would waste the whole run.
    require(!reports.toString().isEmpty(), named("--reports") + " is empty: name a folder");
    Writable.folder(reports, formats.stream().map(ReportFormat::fileName).toList());
    InputFiles.Expanded expanded =
        InputFiles.expand(
            inputs.isEmpty() ? List.of(OptionDefaults.REFERENCES) : inputs,
            include,
            excludeFiles,
            streams.in());
    require(
        expanded.inputs().stream().filter(in -> in.path() == null).count() <= 1,
        "standard input (-) can be read once only");
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null && streams.err() == System.err;
    CheckRun.Outcome outcome;
    try (ProgressDisplay progress = Progress.choose(quiet, terminal, System.getenv(), err)) {
      Interruption.silenceOnInterrupt(progress);
      outcome =
          CheckRun.run(
              new CheckRun.Job(
                  expanded.inputs().stream().map(in -> baseUrl.apply(password.apply(in))).toList(),
                  expanded.folder(),
                  options,
                  archive.toOptions(System.getenv()),
                  reports,
                  formats,
                  failOn,
                  progress,
                  quiet ? null : err,
                  VersionProvider.version(),
                  noDoi ? null : doiOptions(options)));
    }
    VerificationReport report = outcome.report();
    if (!quiet) {
      new CheckSummary(report, failOn, options.probeUrl())
          .print(spec.commandLine().getOut(), outcome.written());
    } else if (report.offline()) {
      err.println("citecheck: " + CheckSummary.offlineLine(options.probeUrl()));
    }
    return exitCode(report, failOn);
  }

  /** The DOI stage's options: answers reused for as long as check results are. */
  private ScholarlyOptions doiOptions(CheckOptions options) {
    return metadata.toOptions().withMaxAge(options.maxAge());
  }

  /** The one place a check run's outcome becomes an exit code. */
  static int exitCode(VerificationReport report, Set<Verdict> failOn) {
    if (report.offline()) {
      return ExitCodes.OFFLINE;
    }
    boolean findings =
        report.results().stream().anyMatch(result -> failOn.contains(result.verdict()));
    return findings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The options as the checker takes them; bad values are usage errors. */
  CheckOptions options() {
    require(retries >= 0 && retries <= 10, named("--retries") + " must be between 0 and 10");
    require(
        hostConcurrency >= 1 && hostConcurrency <= 64,
        named("--host-concurrency") + " must be between 1 and 64");
    require(
        maxConcurrency >= 1 && maxConcurrency <= 1024,
        named("--max-concurrency") + " must be between 1 and 1024");
    require(
        !timeout.isZero() && !connectTimeout.isZero() && !readTimeout.isZero(),
        "timeouts must be above zero");
    require(!(noCache && cache != null), "--cache and --no-cache contradict each other");
    require(
        !(noCache && store.store != null && !store.store.isBlank()),
        "--store and --no-cache contradict each other");
    requireProbeUrl();
    HttpSettings http =
        HttpSettings.builder()
            .connectTimeout(connectTimeout)
            .readTimeout(readTimeout)
            .maxRetries(retries)
            .hostConcurrency(hostConcurrency)
            .hostInterval(hostInterval)
            .respectRobots(respectRobots)
            .allowPrivateHosts(allowPrivateHosts)
            .userAgent(userAgent == null ? defaultUserAgent() : userAgent)
            .headers(parsedHeaders())
            .build();
    return CheckOptions.defaults(http)
        .withUrlDeadline(timeout)
        .withMaxConcurrency(maxConcurrency)
        .withExcludes(compiledExcludes())
        .withProbeUrl(probeUrl)
        .withStore(noCache ? null : store.access(cache, System.getenv()), maxAge);
  }

  /**
   * The probe is fetched like a cited page would be, so it follows the same rules: http or https, a
   * real URL, and a public address unless --allow-private-hosts allows the others. A wrong one
   * would otherwise pass silently and make every run that loses the network look "dead".
   */
  private void requireProbeUrl() {
    UrlPolicy.Decision decision = new UrlPolicy(allowPrivateHosts).check(probeUrl);
    if (!decision.allowed()) {
      String problem = decision.problem().replaceFirst("^refused: ", "");
      require(
          false,
          named("--probe-url")
              + " '"
              + SafeText.words(probeUrl, 200)
              + "': "
              + problem
              + (decision.refusedAddress() ? " (add --allow-private-hosts to probe it)" : ""));
    }
  }

  static String defaultUserAgent() {
    return "Mozilla/5.0 (compatible; citecheck/"
        + VersionProvider.version()
        + "; checks the URLs cited in a report)";
  }

  private List<Map.Entry<String, String>> parsedHeaders() {
    List<Map.Entry<String, String>> parsed = new ArrayList<>();
    for (String header : headers) {
      int colon = header.indexOf(':');
      require(colon > 0, named("--header") + " '" + header + "' is not 'Name: value'");
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      require(
          name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+"),
          named("--header") + " name '" + name + "' is not a valid header name");
      require(
          value.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f),
          named("--header") + " '" + name + "' has a control character in its value");
      parsed.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
    }
    return parsed;
  }

  private List<Pattern> compiledExcludes() {
    List<Pattern> patterns = new ArrayList<>();
    for (String exclude : excludes) {
      try {
        patterns.add(Pattern.compile(exclude));
      } catch (PatternSyntaxException e) {
        throw new CitecheckException(
            CitecheckException.Kind.USAGE,
            named("--exclude")
                + " '"
                + exclude
                + "' is not a valid regular expression: "
                + e.getDescription());
      }
    }
    return patterns;
  }

  private String named(String option) {
    return OptionDefaults.named(spec, option);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new CitecheckException(CitecheckException.Kind.USAGE, message);
    }
  }
}
