package org.citecheck.archive;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citecheck.archive.http.LimitPolicy;
import org.citecheck.archive.save.SaveCredentials;
import org.citecheck.archive.save.SavePolicy;

/**
 * Everything the archive stage is told by the command line.
 *
 * @param services the services to ask, in order; empty means --archive none
 * @param waybackBase replaces the origins of archive.org and web.archive.org (paths kept), or null
 * @param timetravelBase the Time Travel aggregator's origin
 * @param timegates Memento TimeGate prefixes to ask when memento is on (the cited URL is appended)
 * @param saveMissing submit live pages that have no snapshot to Save Page Now
 * @param credentials the SPN2 key pair, or null for anonymous saving
 * @param interval the least time between two requests to one service
 * @param saveInterval the least time between two Save Page Now submissions
 * @param limits retries and when a service is given up on
 * @param savePolicy how a save job is followed
 * @param userAgent the User-Agent of every archive request
 * @param drift measure content drift on alive pages
 * @param driftMaxDays a snapshot further than this from the cite date is not compared
 */
public record ArchiveOptions(
    Set<ArchiveService> services,
    String waybackBase,
    String timetravelBase,
    List<String> timegates,
    boolean saveMissing,
    SaveCredentials credentials,
    Duration interval,
    Duration saveInterval,
    LimitPolicy limits,
    SavePolicy savePolicy,
    String userAgent,
    boolean drift,
    int driftMaxDays) {

  public static final String TIMETRAVEL = "https://timetravel.mementoweb.org";

  /** The least time between two requests to one service when not set: one a second. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /** The farthest a snapshot may be from the cite date and still be compared, when not set. */
  public static final int DEFAULT_DRIFT_MAX_DAYS = 365;

  public static final String USER_AGENT =
      "citecheck (citation checker; looks up web-archive snapshots of cited pages)";

  public ArchiveOptions {
    services = Collections.unmodifiableSet(new LinkedHashSet<>(services));
    timegates = timegates == null ? List.of() : List.copyOf(timegates);
    timetravelBase = timetravelBase == null ? TIMETRAVEL : timetravelBase;
    userAgent = userAgent == null ? USER_AGENT : userAgent;
  }

  /** The defaults: Wayback only, one request a second per service, no saving, drift measured. */
  public static ArchiveOptions defaults() {
    return new ArchiveOptions(
        EnumSet.of(ArchiveService.WAYBACK),
        null,
        TIMETRAVEL,
        List.of(),
        false,
        null,
        DEFAULT_INTERVAL,
        null,
        LimitPolicy.defaults(),
        SavePolicy.defaults(),
        USER_AGENT,
        true,
        DEFAULT_DRIFT_MAX_DAYS);
  }

  public static ArchiveOptions none() {
    return defaults().withServices(EnumSet.noneOf(ArchiveService.class));
  }

  public boolean enabled() {
    return !services.isEmpty();
  }

  public boolean uses(ArchiveService service) {
    return services.contains(service);
  }

  /**
   * The pace of Save Page Now submissions: as given, else one every 15 s anonymously (the archive
   * allows about 4 a minute) and one every 6 s with a key pair (about 12 a minute, minus a margin).
   */
  public Duration effectiveSaveInterval() {
    if (saveInterval != null) {
      return saveInterval;
    }
    return credentials == null ? Duration.ofSeconds(15) : Duration.ofSeconds(6);
  }

  public ArchiveOptions withServices(Set<ArchiveService> value) {
    return new ArchiveOptions(
        value,
        waybackBase,
        timetravelBase,
        timegates,
        saveMissing,
        credentials,
        interval,
        saveInterval,
        limits,
        savePolicy,
        userAgent,
        drift,
        driftMaxDays);
  }

  public ArchiveOptions withBases(String wayback, String timetravel, List<String> gates) {
    return new ArchiveOptions(
        services,
        wayback,
        timetravel,
        gates,
        saveMissing,
        credentials,
        interval,
        saveInterval,
        limits,
        savePolicy,
        userAgent,
        drift,
        driftMaxDays);
  }

  public ArchiveOptions withSaving(boolean save, SaveCredentials keys, SavePolicy policy) {
    return new ArchiveOptions(
        services,
        waybackBase,
        timetravelBase,
        timegates,
        save,
        keys,
        interval,
        saveInterval,
        limits,
        policy,
        userAgent,
        drift,
        driftMaxDays);
  }

  public ArchiveOptions withPacing(Duration every, Duration saveEvery, LimitPolicy policy) {
    return new ArchiveOptions(
        services,
        waybackBase,
        timetravelBase,
        timegates,
        saveMissing,
        credentials,
        every,
        saveEvery,
        policy,
        savePolicy,
        userAgent,
        drift,
        driftMaxDays);
  }

  public ArchiveOptions withDrift(boolean measure, int maxDays) {
    return new ArchiveOptions(
        services,
        waybackBase,
        timetravelBase,
        timegates,
        saveMissing,
        credentials,
        interval,
        saveInterval,
        limits,
        savePolicy,
        userAgent,
        measure,
        maxDays);
  }

  public ArchiveOptions withUserAgent(String value) {
    return new ArchiveOptions(
        services,
        waybackBase,
        timetravelBase,
        timegates,
        saveMissing,
        credentials,
        interval,
        saveInterval,
        limits,
        savePolicy,
        value,
        drift,
        driftMaxDays);
  }

  @Override
  public String toString() {
    return "ArchiveOptions[services="
        + services
        + ", waybackBase="
        + waybackBase
        + ", saveMissing="
        + saveMissing
        + ", credentials="
        + (credentials == null ? "none" : "set")
        + ", interval="
        + interval
        + "]";
  }
}
