package org.citecheck.bib;

import java.util.HashMap;
import java.util.Map;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * What a verification report adds to a bibliography: where redirected links now live, the
 * archived snapshot, and the check date that stands in for a missing access date.
 */
final class ReportLookup {

  static final ReportLookup NONE = new ReportLookup(Map.of(), null);

  private final Map<String, UrlResult> results;
  private final String checkDate;

  private ReportLookup(Map<String, UrlResult> results, String checkDate) {
    this.results = results;
    this.checkDate = checkDate;
  }

  static ReportLookup of(VerificationReport report) {
    if (report == null) {
      return NONE;
    }
    Map<String, UrlResult> byPosition = new HashMap<>();
    for (UrlResult result : report.results()) {
      byPosition.putIfAbsent(position(result.note(), result.source()), result);
    }
    return new ReportLookup(byPosition, IsoDate.clean(report.generatedAt()));
  }

  /** The check date (the report's generatedAt, as an ISO date), or null without a report. */
  String checkDate() {
    return checkDate;
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
