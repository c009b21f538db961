package org.citecheck.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citecheck.CitecheckException;
import org.citecheck.archive.ArchiveAnnotator;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.check.CheckListener;
import org.citecheck.check.CheckOptions;
import org.citecheck.check.Checker;
import org.citecheck.check.cache.DatabaseStore;
import org.citecheck.check.cache.ResultStore;
import org.citecheck.http.HttpClients;
import org.citecheck.io.Input;
import org.citecheck.references.Extraction;
import org.citecheck.references.LoadedReferences;
import org.citecheck.references.ReferenceSet;
import org.citecheck.report.ReportContext;
import org.citecheck.report.ReportFormat;
import org.citecheck.report.Reports;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.SnapshotRecord;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * One whole {@code check} run, and the place its parts are wired: read the references (or extract
 * them from a document), build the run's HTTP clients once, check every URL, hand the results and
 * the same clients to the archive stage, write the reports. The stages know nothing of each other.
 */
public final class CheckRun {

  /**
   * What to run.
   *
   * @param input references.json or a document's text
   * @param options how URLs are checked
   * @param archives how snapshots are looked up, or null for none
   * @param reports the folder the reports go to
   * @param formats the report formats to write
   * @param failOn the verdicts a pipeline fails on (JUnit failures, SARIF levels)
   * @param progress told of every settled URL
   * @param notices where to say that the (paced, so slower) archive lookups begin, or null
   * @param version citecheck's version, named in the reports
   */
  public record Job(
      Input input,
      CheckOptions options,
      ArchiveOptions archives,
      Path reports,
      Set<ReportFormat> formats,
      Set<Verdict> failOn,
      CheckListener progress,
      PrintWriter notices,
      String version) {}

  /** What the run found and the report files it wrote. */
  public record Outcome(ReferenceSet references, VerificationReport report, List<Path> written) {}

  private CheckRun() {}

  public static Outcome run(Job job) {
    LoadedReferences loaded = Extraction.open(job.input());
    if (job.notices() != null && !loaded.notices().isEmpty()) {
      loaded.notices().forEach(notice -> job.notices().println("citecheck: " + notice));
      job.notices().flush();
    }
    ReferenceSet references = loaded.references();
    VerificationReport report;
    try (HistoryStore history =
            job.options().store() == null ? null : job.options().store().open();
        HttpClients http = HttpClients.create(job.options().http())) {
      ResultStore results = ResultStore.none();
      if (history != null) {
        Checker.importOldCache(history, job.options(), job.progress());
        results = new DatabaseStore(history, job.progress()::warning);
      }
      Checker checker = new Checker(job.options(), job.progress(), http);
      report = checker.check(references, job.input().name(), results);
      if (job.archives() != null && job.archives().enabled()) {
        report = report.withArchives(archives(job, http, references, report.results()));
      }
      if (history != null) {
        keep(history, job, report);
      }
    }
    List<Path> written =
        Reports.write(
            job.reports(),
            job.formats(),
            new ReportContext(
                report,
                references,
                loaded.fromDocument() ? job.input().path() : null,
                job.failOn(),
                job.version()));
    return new Outcome(references, report, written);
  }

  /**
   * Keeps in the store what only this layer sees: which document cites which URLs, and the
   * snapshots the archive stage found. A store that fails now costs this part of the history, not
   * the run's reports.
   */
  private static void keep(HistoryStore history, Job job, VerificationReport report) {
    Instant now = job.options().clock().instant();
    Map<String, SnapshotRecord> snapshots = new LinkedHashMap<>();
    Set<String> cited = new LinkedHashSet<>();
    for (UrlResult result : report.results()) {
      cited.add(result.url());
      ArchiveResult archive = result.archive();
      if (archive != null && archive.status() != null) {
        snapshots.putIfAbsent(
            result.url(),
            new SnapshotRecord(
                result.url(), archive.status().id(), archive.url(), archive.timestamp()));
      }
    }
    try {
      history.recordCitations(job.input().name(), cited, now);
      history.recordSnapshots(now, snapshots.values());
    } catch (CitecheckException e) {
      job.progress()
          .warning("the citations and snapshots of this run were not kept: " + e.getMessage());
    }
  }

  /**
   * The web-archive stage: snapshots for every checked URL, drift for alive pages. Archive requests
   * derive from the service client; live pages are read with the page client, whose rules (address
   * guard, headers, pacing) are the cited sites'.
   */
  private static List<UrlResult> archives(
      Job job, HttpClients http, ReferenceSet references, List<UrlResult> results) {
    boolean anyToLookUp = results.stream().anyMatch(r -> r.verdict() != Verdict.OFFLINE);
    if (job.notices() != null && anyToLookUp) {
      job.notices()
          .println(
              "citecheck: looking up archived snapshots for "
                  + results.size()
                  + " cited URL"
                  + (results.size() == 1 ? "" : "s"));
      job.notices().flush();
    }
    ArchiveEngine engine =
        new ArchiveEngine(
            http.services(),
            http.pages(),
            job.archives(),
            job.options().clock(),
            job.options().http().time());
    return new ArchiveAnnotator(engine).annotate(references, results);
  }
}
