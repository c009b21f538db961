package org.citecheck.bib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * What a verification report adds to a bibliography: where redirected links now live, the archived
 * snapshot, and the date a link was really reached, which stands in for a missing access date. A
 * link the check did not reach (dead, blocked, not checked, or checked offline) gets no access
 * date: a bibliography must not claim a visit that never happened.
 */
final class ReportLookup {

  static final ReportLookup NONE = new ReportLookup(Map.of(), null, false, 0, 0, null);

  /**
   * The suffix the checker gave a result it took from its cache before results carried the {@code
   * cached} field: "(cached result of INSTANT)". Read for reports written then.
   */
  private static final Pattern CACHED =
      Pattern.compile("\\(cached result of (\\d{4}-\\d{2}-\\d{2})T[^)]*\\)\\s*$");

  private final Map<String, UrlResult> results;
  private final String checkDate;
  private final boolean offline;
  private final int total;
  private final int unverified;
  private final String name;

  private ReportLookup(
      Map<String, UrlResult> results,
      String checkDate,
      boolean offline,
      int total,
      int unverified,
      String name) {
    this.results = results;
    this.checkDate = checkDate;
    this.offline = offline;
    this.total = total;
    this.unverified = unverified;
    this.name = name;
  }

  static ReportLookup of(VerificationReport report) {
    return of(report, "the report");
  }

  /**
   * @param name the report's name, for the notices
   */
  static ReportLookup of(VerificationReport report, String name) {
    if (report == null) {
      return NONE;
    }
    Map<String, UrlResult> byPosition = new HashMap<>();
    int unverified = 0;
    for (UrlResult result : report.results()) {
      byPosition.putIfAbsent(position(result.note(), result.source()), result);
      unverified += result.verdict() == Verdict.OFFLINE ? 1 : 0;
    }
    return new ReportLookup(
        byPosition,
        IsoDate.clean(report.generatedAt()),
        report.offline(),
        report.results().size(),
        unverified,
        name);
  }

  /**
   * The date the check reached the source's link, as an ISO date, or null when it did not reach it:
   * only an alive or redirected link was reached, and an offline report reached nothing. The date
   * is the check's own: the cached result's date when the checker reused one, else the run's.
   */
  String accessDate(int note, int source) {
    UrlResult result = results.get(position(note, source));
    if (offline
        || result == null
        || (result.verdict() != Verdict.ALIVE && result.verdict() != Verdict.REDIRECTED)) {
      return null;
    }
    if (result.cached() != null) {
      return IsoDate.clean(result.cached());
    }
    Matcher cached = result.reason() == null ? null : CACHED.matcher(result.reason());
    return cached != null && cached.find() ? IsoDate.clean(cached.group(1)) : checkDate;
  }

  /** What a person should know about the access dates: one line each, empty when all is well. */
  List<String> notices() {
    List<String> notices = new ArrayList<>();
    if (offline) {
      notices.add(
          name
              + " comes from an offline check: no link was reached, so no entry gets an access"
              + " date from it; run citecheck check again with network access");
    } else if (unverified > 0) {
      notices.add(
          unverified
              + " of "
              + total
              + (total == 1 ? " link" : " links")
              + " in "
              + name
              + " could not be verified (the checker had no network for "
              + (unverified == 1 ? "it" : "them")
              + "), so "
              + (unverified == 1 ? "it gets" : "they get")
              + " no access date");
    }
    return notices;
  }

  /** The URL a redirected link ended at, or null when the link did not redirect. */
  String redirectTarget(int note, int source) {
    UrlResult result = results.get(position(note, source));
    if (result == null || result.verdict() != Verdict.REDIRECTED || result.finalUrl() == null) {
      return null;
    }
    return result.finalUrl();
  }

  /** The snapshot found for the source, or null (none asked, none found, or fields not filled). */
  ArchiveResult snapshot(int note, int source) {
    UrlResult result = results.get(position(note, source));
    if (result == null || result.archive() == null) {
      return null;
    }
    ArchiveResult archive = result.archive();
    return archive.found() && archive.url() != null ? archive : null;
  }

  private static String position(int note, int source) {
    return note + ":" + source;
  }
}
