package org.citecheck.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.citecheck.CitecheckException;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.archive.ArchiveService;
import org.citecheck.archive.save.SaveCredentials;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The archive options a command shares (check uses them); turns them into {@link ArchiveOptions}.
 */
public final class ArchiveMixin {

  /**
   * The command carrying the mixin: where a wrong value came from, the command line or the config
   * file.
   */
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--archive",
      paramLabel = "SERVICES",
      split = ",",
      hideParamSyntax = true,
      converter = IdOption.ArchiveServices.class,
      completionCandidates = IdOption.ArchiveServices.class,
      description =
          "Archives to look up snapshots in, comma-separated in the order to ask them: "
              + "${COMPLETION-CANDIDATES} (memento adds the --memento-timegate archives and the Time Travel "
              + "aggregator). Default: ${DEFAULT-VALUE}.")
  Set<ArchiveService> archive = new LinkedHashSet<>();

  @Option(
      names = "--wayback-base",
      paramLabel = "URL",
      description =
          "Replaces the origins of archive.org and web.archive.org (paths kept), "
              + "for a mirror or a test server.")
  String waybackBase;

  @Option(
      names = "--timetravel-base",
      paramLabel = "URL",
      description =
          "The Time Travel aggregator's origin. Default: " + ArchiveOptions.TIMETRAVEL + ".")
  String timetravelBase;

  @Option(
      names = "--memento-timegate",
      paramLabel = "URL",
      split = OptionDefaults.LIST_SPLIT,
      hideParamSyntax = true,
      description =
          "A Memento TimeGate to ask when memento is on, the cited URL appended to it "
              + "(for example https://archive.today/timegate/); repeatable.")
  List<String> timegates = new ArrayList<>();

  @Option(
      names = "--save-missing",
      description =
          "Submit alive pages that have no snapshot to Save Page Now (SPN2 with "
              + SaveCredentials.ACCESS_KEY_VARIABLE
              + " and "
              + SaveCredentials.SECRET_VARIABLE
              + " when both are set, anonymous otherwise).")
  boolean saveMissing;

  @Option(
      names = "--archive-interval",
      paramLabel = "SECONDS",
      description =
          "Least time between two requests to one archive service. " + "Default: ${DEFAULT-VALUE}.")
  double interval;

  @Option(names = "--no-drift", description = "Do not compare alive pages with their snapshot.")
  boolean noDrift;

  @Option(
      names = "--drift-max-days",
      paramLabel = "DAYS",
      description =
          "Compare only with a snapshot at most this many days from the cite date. "
              + "Default: ${DEFAULT-VALUE}.")
  int driftMaxDays;

  /** The options as the archive engine takes them; bad values are usage errors. */
  public ArchiveOptions toOptions(Map<String, String> environment) {
    if (interval < 0 || Double.isNaN(interval) || interval > 3600) {
      throw usage(
          OptionDefaults.named(spec, "--archive-interval") + " must be between 0 and 3600 seconds");
    }
    if (driftMaxDays < 0) {
      throw usage(OptionDefaults.named(spec, "--drift-max-days") + " must not be negative");
    }
    List<String> gates = new ArrayList<>();
    for (String gate : timegates) {
      gates.add(httpUrl("--memento-timegate", gate));
    }
    ArchiveOptions defaults = ArchiveOptions.defaults();
    return defaults
        .withServices(archive)
        .withBases(
            waybackBase == null ? null : httpUrl("--wayback-base", waybackBase),
            timetravelBase == null ? null : httpUrl("--timetravel-base", timetravelBase),
            gates)
        .withSaving(
            saveMissing, SaveCredentials.fromEnvironment(environment), defaults.savePolicy())
        .withPacing(Duration.ofMillis(Math.round(interval * 1000)), null, defaults.limits())
        .withDrift(!noDrift, driftMaxDays)
        .withUserAgent(
            "citecheck/"
                + VersionProvider.version()
                + " (citation checker; looks up web-archive snapshots of cited pages)");
  }

  private String httpUrl(String option, String value) {
    HttpUrl url = HttpUrl.parse(value.strip());
    if (url == null) {
      throw usage(
          OptionDefaults.named(spec, option)
              + " must be an http or https URL, not '"
              + value
              + "'");
    }
    return value.strip();
  }

  private static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }
}
