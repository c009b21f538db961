package org.citecheck.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citecheck.archive.ArchiveAnnotator;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.check.CheckListener;
import org.citecheck.check.CheckOptions;
import org.citecheck.check.Checker;
import org.citecheck.http.HttpClients;
import org.citecheck.io.Input;
import org.citecheck.references.Extraction;
import org.citecheck.references.LoadedReferences;
import org.citecheck.references.ReferenceSet;
import org.citecheck.report.ReportContext;
import org.citecheck.report.ReportFormat;
import org.citecheck.report.Reports;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.doi.DoiVerification;
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
   * @param doi how DOIs are verified with the handle API, or null for not at all
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
      String version,
      ScholarlyOptions doi) {

    /** A job without the DOI stage. */
    public Job(
        Input input,
        CheckOptions options,
        ArchiveOptions archives,
        Path reports,
        Set<ReportFormat> formats,
        Set<Verdict> failOn,
        CheckListener progress,
        PrintWriter notices,
        String version) {
      this(input, options, archives, reports, formats, failOn, progress, notices, version, null);
    }
  }

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
    try (HttpClients http = HttpClients.create(job.options().http())) {
      report =
          new Checker(job.options(), job.progress(), http).check(references, job.input().name());
      if (job.doi() != null) {
        report = report.withResults(doi(job, http, references, report));
      }
      if (job.archives() != null && job.archives().enabled()) {
        report = report.withArchives(archives(job, http, references, report.results()));
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
   * The DOI stage, before the archives so that a DOI found registered is looked up as the alive
   * page it is: every DOI asked of the handle API through the metadata services' own client.
   */
  private static List<UrlResult> doi(
      Job job, HttpClients http, ReferenceSet references, VerificationReport report) {
    MetadataServices services =
        new MetadataServices(http.services(), job.doi(), warning -> notice(job, warning));
    DoiVerification.Outcome outcome =
        new DoiVerification(services.handles())
            .verify(references, report.results(), report.offline());
    services.store().save();
    outcome.notices().forEach(line -> notice(job, line));
    if (outcome.asked() > 0 && job.doi().politePoolNotice() != null) {
      notice(job, job.doi().politePoolNotice());
    }
    return outcome.results();
  }

  private static void notice(Job job, String line) {
    if (job.notices() != null) {
      job.notices().println("citecheck: " + line);
      job.notices().flush();
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
