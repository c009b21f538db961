package org.citecheck.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citecheck.HasId;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.audit.model.Severity;
import org.citecheck.bib.BibStyle;
import org.citecheck.check.CheckOptions;
import org.citecheck.cli.config.ConfigFile;
import org.citecheck.cli.config.ConfigSchema;
import org.citecheck.http.HttpSettings;
import org.citecheck.http.RetryPolicy;
import org.citecheck.report.ReportFormat;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.verdict.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where every option's value comes from when the command line does not give it: the config file's
 * section for the command, then its top level, then the built-in default. It is the one merge path
 * (picocli asks it for each option the command line left out, and help shows what it answers), and
 * the built-in defaults are written here once, read from the engine's own default constants where
 * the engine has one.
 */
final class OptionDefaults implements IDefaultValueProvider {

  /**
   * Verdicts that fail a check when --fail-on is not given: the two that mean the citation is
   * broken.
   */
  static final List<Verdict> FAILING_VERDICTS = List.of(Verdict.DEAD, Verdict.SOFT_404);

  /** Where the reports go when --reports is not given. */
  static final String REPORTS = "reports";

  /**
   * The file check, bib and audit read, and extract writes (when its input is a file), when none is
   * named.
   */
  static final String REFERENCES = "references.json";

  /**
   * The built-in defaults, by "command key": each written once, as the command line would spell it.
   * Options missing here have none (their field's own value stands).
   */
  private static final Map<String, String> BUILT_IN = builtIn();

  /**
   * The split rule of a repeatable option whose values may hold commas (--exclude, --header): a
   * NUL, which no command-line argument can hold, so that it splits only the list a config file
   * gives.
   */
  static final String LIST_SPLIT = "\\x00";

  private static final String LIST_SEPARATOR = "\0";

  /** Keys that mean different things to different commands: a config file sets them per command. */
  private static final Set<String> SECTION_ONLY = Set.of("input", "output", "fail-on");

  private final ConfigFile config;
  private final Map<ArgSpec, ConfigFile.Entry> supplied = new IdentityHashMap<>();

  /** Built-in defaults only: what picocli makes when a command is built without the config. */
  OptionDefaults() {
    this(ConfigFile.NONE);
  }

  OptionDefaults(ConfigFile config) {
    this.config = config;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    String command = arg.command().name();
    String key = key(arg);
    ConfigFile.Entry entry = key == null ? null : config.value(command, key);
    if (entry != null) {
      synchronized (supplied) {
        supplied.put(arg, entry);
      }
      // picocli expands ${...} in defaults; a config value is taken as written.
      return String.join(separator(arg), entry.values()).replace("${", "$${");
    }
    return BUILT_IN.get(command + " " + key);
  }

  /**
   * "citecheck.toml line 5: 'timeout'" when this option's value came from the config file (the
   * command line did not give it), so a wrong value there is blamed on the file; null otherwise.
   */
  String configSource(ArgSpec arg, String value) {
    ConfigFile.Entry entry;
    synchronized (supplied) {
      entry = supplied.get(arg);
    }
    if (entry == null
        || (value != null
            && entry.values().stream().noneMatch(value::equals)
            && !String.join(separator(arg), entry.values()).equals(value))) {
      return null;
    }
    return config.where(entry) + ": '" + entry.key() + "'";
  }

  /**
   * How a message names an option of a parsed command: "--retries", or "citecheck.toml line 5:
   * 'retries'" when the command line left it out and the config file gave its value.
   */
  static String named(CommandSpec spec, String option) {
    OptionSpec arg = spec == null ? null : spec.findOption(option);
    CommandLine.ParseResult parsed =
        arg == null || spec.commandLine() == null ? null : spec.commandLine().getParseResult();
    if (parsed == null
        || parsed.hasMatchedOption(arg)
        || !(spec.defaultValueProvider() instanceof OptionDefaults defaults)) {
      return option;
    }
    String source = defaults.configSource(arg, null);
    return source == null ? option : source;
  }

  /**
   * The config key of an option: its long name without dashes; "input" for the input parameter.
   * {@code --password} has none: a project's config file is committed and shared, a PDF's password
   * is a secret (CITECHECK_PDF_PASSWORD carries it when it must not be typed). history's URL and
   * --dead-since have none either.
   */
  static String key(ArgSpec arg) {
    if (arg.command() != null
        && arg.command().name().equals("history")
        && (!(arg instanceof OptionSpec option) || option.longestName().equals("--dead-since"))) {
      return null; // the URL and the date are the question asked, not a project's settings
    }
    if (arg instanceof OptionSpec option) {
      if (option.usageHelp()
          || option.versionHelp()
          || option.longestName().equals("--config")
          || option.longestName().equals("--password")) {
        return null;
      }
      return option.longestName().replaceFirst("^-+", "");
    }
    return arg.paramLabel().toLowerCase(Locale.ROOT);
  }

  /** The keys a config file may hold: every option of every command that runs something. */
  static ConfigSchema schema(CommandLine root, Set<String> commands) {
    Map<String, Map<String, Boolean>> keys = new LinkedHashMap<>();
    for (String name : commands) {
      CommandSpec spec = root.getSubcommands().get(name).getCommandSpec();
      Map<String, Boolean> options = new LinkedHashMap<>();
      for (ArgSpec arg : spec.args()) {
        String key = key(arg);
        if (key != null) {
          options.put(key, arg.isMultiValue());
        }
      }
      keys.put(name, options);
    }
    return new ConfigSchema(keys, SECTION_ONLY);
  }

  /**
   * What joins a list's values into one default text that the option's split rule takes apart
   * again.
   */
  private static String separator(ArgSpec arg) {
    String split = arg.splitRegex();
    for (String candidate : List.of(",", LIST_SEPARATOR)) {
      if (!split.isEmpty() && Pattern.compile(split).matcher(candidate).matches()) {
        return candidate;
      }
    }
    return ",";
  }

  private static Map<String, String> builtIn() {
    HttpSettings http = HttpSettings.builder().build();
    ArchiveOptions archive = ArchiveOptions.defaults();
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("check input", REFERENCES);
    defaults.put("history format", "text");
    defaults.put("check reports", REPORTS);
    defaults.put("check timeout", DurationConverter.format(CheckOptions.DEFAULT_URL_DEADLINE));
    defaults.put("check connect-timeout", DurationConverter.format(http.connectTimeout()));
    defaults.put("check read-timeout", DurationConverter.format(http.readTimeout()));
    defaults.put("check retries", String.valueOf(RetryPolicy.defaults().maxRetries()));
    defaults.put("check host-concurrency", String.valueOf(http.hostConcurrency()));
    defaults.put("check host-interval", DurationConverter.format(http.hostInterval()));
    defaults.put("check max-concurrency", String.valueOf(CheckOptions.DEFAULT_MAX_CONCURRENCY));
    defaults.put("check max-age", DurationConverter.format(CheckOptions.DEFAULT_MAX_AGE));
    defaults.put("check fail-on", ids(FAILING_VERDICTS));
    defaults.put("check probe-url", CheckOptions.DEFAULT_PROBE_URL);
    defaults.put("check format", ids(ReportFormat.DEFAULTS));
    defaults.put("check archive", ids(archive.services()));
    defaults.put("check archive-interval", seconds(archive.interval()));
    defaults.put("check drift-max-days", String.valueOf(archive.driftMaxDays()));
    defaults.put("check doi-base", ScholarlyOptions.DOI);
    defaults.put("enrich input", REFERENCES);
    defaults.put("enrich doi-base", ScholarlyOptions.DOI);
    defaults.put("enrich crossref-base", ScholarlyOptions.CROSSREF);
    defaults.put("enrich datacite-base", ScholarlyOptions.DATACITE);
    defaults.put("enrich max-age", DurationConverter.format(CheckOptions.DEFAULT_MAX_AGE));
    defaults.put("bib input", REFERENCES);
    defaults.put("bib style", BibStyle.BIBLATEX.id());
    defaults.put("audit input", REFERENCES);
    defaults.put("audit fail-on", Severity.ERROR.id());
    defaults.put("audit min-severity", Severity.WARNING.id());
    defaults.put("audit reports", REPORTS);
    return Map.copyOf(defaults);
  }

  private static String ids(Collection<? extends HasId> values) {
    return values.stream()
        .map((Function<HasId, String>) HasId::id)
        .collect(Collectors.joining(","));
  }

  /** A duration as a number of seconds ("1", "2.5"), as --archive-interval takes it. */
  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
  }
}
