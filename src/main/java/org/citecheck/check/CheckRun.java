package org.citecheck.check;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citecheck.archive.ArchiveAnnotator;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.http.TimeSource;
import org.citecheck.io.Input;
import org.citecheck.references.Extraction;
import org.citecheck.references.LoadedReferences;
import org.citecheck.references.ReferenceSet;
import org.citecheck.report.ReportContext;
import org.citecheck.report.ReportFormat;
import org.citecheck.report.Reports;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * One whole {@code check} run, as the engine's single entry point: read the references (or extract
 * them from a document), check every URL, look up archived snapshots, write the reports.
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
    ReferenceSet references = loaded.references();
    ResultStage stage = job.archives() != null && job.archives().enabled()
        ? archiveStage(job.archives(), job.options(), job.notices())
        : null;
    VerificationReport report = new Checker(job.options(), job.progress(), stage).check(references, job.input().name());
    List<Path> written = Reports.write(job.reports(), job.formats(),
        new ReportContext(report, references, loaded.fromDocument() ? job.input().path() : null, job.failOn(),
            job.version()));
    return new Outcome(references, report, written);
  }

  /** The web-archive stage: snapshots for every checked URL, drift for alive pages. */
  private static ResultStage archiveStage(ArchiveOptions archives, CheckOptions options, PrintWriter notices) {
    return (references, results, clients) -> {
      boolean anyToLookUp = results.stream().anyMatch(r -> r.verdict() != Verdict.OFFLINE);
      if (notices != null && anyToLookUp) {
        notices.println("citecheck: looking up archived snapshots for " + results.size() + " cited URL"
            + (results.size() == 1 ? "" : "s"));
        notices.flush();
      }
      return new ArchiveAnnotator(
          new ArchiveEngine(clients.services(), clients.pages(), archives, options.clock(), TimeSource.SYSTEM))
          .annotate(references, results);
    };
  }
}
