package org.citecheck.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
import org.citecheck.report.IndexReport;
import org.citecheck.report.ReportContext;
import org.citecheck.report.ReportFormat;
import org.citecheck.report.Reports;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.doi.DoiVerification;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.scholarly.store.HistoryAnswerStore;
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
   * @param inputs references.json or documents; with more than one (or with {@code index}) each
   *     gets its reports in a folder of its own under {@code reports}, and an index is written
   * @param options how URLs are checked
   * @param archives how snapshots are looked up, or null for none
   * @param reports the folder the reports go to
   * @param formats the report formats to write
   * @param failOn the verdicts a pipeline fails on (JUnit failures, SARIF levels)
   * @param progress told of every settled URL
   * @param notices where to say that the (paced, so slower) archive lookups begin, or null
   * @param version citecheck's version, named in the reports
   * @param index write per-document folders and the index even for one input (a folder was given)
   * @param doi how DOIs are verified with the handle API, or null for not at all
   */
  public record Job(
      List<Input> inputs,
      boolean index,
      CheckOptions options,
      ArchiveOptions archives,
      Path reports,
      Set<ReportFormat> formats,
      Set<Verdict> failOn,
      CheckListener progress,
      PrintWriter notices,
      String version,
      ScholarlyOptions doi) {

    public Job {
      inputs = List.copyOf(inputs);
    }

    /** A job without the DOI stage. */
    public Job(
        List<Input> inputs,
        boolean index,
        CheckOptions options,
        ArchiveOptions archives,
        Path reports,
        Set<ReportFormat> formats,
        Set<Verdict> failOn,
        CheckListener progress,
        PrintWriter notices,
        String version) {
      this(
          inputs, index, options, archives, reports, formats, failOn, progress, notices, version,
          null);
    }
  }

  /** What the run found and the report files it wrote. */
  public record Outcome(ReferenceSet references, VerificationReport report, List<Path> written) {}

  private CheckRun() {}

  /** One input of the run, read. */
  private record Loaded(Input input, LoadedReferences loaded) {}

  public static Outcome run(Job job) {
    // Every input is read before any URL is checked: a wrong one stops the run at once.
    List<Loaded> documents = new ArrayList<>();
    for (Input input : job.inputs()) {
      LoadedReferences loaded = Extraction.open(input);
      if (job.notices() != null && !loaded.notices().isEmpty()) {
        String prefix = job.inputs().size() > 1 ? input.name() + ": " : "";
        loaded.notices().forEach(notice -> job.notices().println("citecheck: " + prefix + notice));
        job.notices().flush();
      }
      documents.add(new Loaded(input, loaded));
    }
    List<VerificationReport> reports;
    try (HistoryStore history =
            job.options().store() == null ? null : job.options().store().open();
        HttpClients http = HttpClients.create(job.options().http())) {
      ResultStore results = ResultStore.none();
      if (history != null) {
        Checker.importOldCache(history, job.options(), job.progress());
        results = new DatabaseStore(history, job.progress()::warning);
      }
      Checker checker = new Checker(job.options(), job.progress(), http);
      reports =
          new ArrayList<>(
              checker.checkAll(
                  documents.stream()
                      .map(d -> new Checker.Document(d.input().name(), d.loaded().references()))
                      .toList(),
                  results));
      if (job.doi() != null) {
        doi(job, http, history, documents, reports);
      }
      if (job.archives() != null && job.archives().enabled()) {
        announceArchives(job, reports);
        // One engine for the run: a URL cited by several documents is looked up once per date.
        ArchiveAnnotator annotator = new ArchiveAnnotator(engine(job, http));
        for (int d = 0; d < documents.size(); d++) {
          ReferenceSet references = documents.get(d).loaded().references();
          reports.set(
              d,
              reports
                  .get(d)
                  .withArchives(annotator.annotate(references, reports.get(d).results())));
        }
      }
      if (history != null) {
        for (int d = 0; d < documents.size(); d++) {
          keep(history, job, documents.get(d).input().name(), reports.get(d));
        }
      }
    }
    boolean many = job.index() || documents.size() > 1;
    List<Path> written = new ArrayList<>();
    List<IndexReport.Entry> entries = new ArrayList<>();
    List<String> folders = DocumentFolders.names(job.inputs());
    for (int d = 0; d < documents.size(); d++) {
      Loaded document = documents.get(d);
      Path folder = many ? job.reports().resolve(folders.get(d)) : job.reports();
      written.addAll(
          Reports.write(
              folder,
              job.formats(),
              new ReportContext(
                  reports.get(d),
                  document.loaded().references(),
                  document.loaded().fromDocument() ? document.input().path() : null,
                  job.failOn(),
                  job.version())));
      entries.add(new IndexReport.Entry(document.input().name(), folders.get(d), reports.get(d)));
    }
    if (many) {
      written.addAll(IndexReport.write(job.reports(), entries));
    }
    return new Outcome(
        documents.size() == 1 ? documents.get(0).loaded().references() : null,
        combined(reports, documents.size() == 1 ? job.inputs().get(0).name() : null),
        written);
  }

  /**
   * The DOI stage, before the archives so that a DOI found registered is looked up as the alive
   * page it is: every DOI asked of the handle API through the metadata services' own client, one
   * set of services (and limiters) for the whole run.
   */
  private static void doi(
      Job job,
      HttpClients http,
      HistoryStore history,
      List<Loaded> documents,
      List<VerificationReport> reports) {
    // The answers go to the run's history store, so the next run (or a teammate's, on a shared
    // store) asks nothing again within --max-age; with --no-cache, only for this run.
    MetadataServices services =
        history == null
            ? new MetadataServices(http.services(), job.doi(), AnswerStore.none())
            : new MetadataServices(http.services(), job.doi(), new HistoryAnswerStore(history));
    DoiVerification verification = new DoiVerification(services.handles());
    int asked = 0;
    for (int d = 0; d < documents.size(); d++) {
      VerificationReport report = reports.get(d);
      DoiVerification.Outcome outcome =
          verification.verify(
              documents.get(d).loaded().references(), report.results(), report.offline());
      reports.set(d, report.withResults(outcome.results()));
      outcome.notices().forEach(line -> notice(job, line));
      asked += outcome.asked();
    }
    services.store().save();
    if (asked > 0 && job.doi().politePoolNotice() != null) {
      notice(job, job.doi().politePoolNotice());
    }
  }

  private static void notice(Job job, String line) {
    if (job.notices() != null) {
      job.notices().println("citecheck: " + line);
      job.notices().flush();
    }
  }

  /** The run's results as one report, for the summary and the exit code. */
  private static VerificationReport combined(List<VerificationReport> reports, String single) {
    if (reports.size() == 1) {
      return reports.get(0);
    }
    List<UrlResult> all = new ArrayList<>();
    boolean offline = false;
    for (VerificationReport report : reports) {
      all.addAll(report.results());
      offline |= report.offline();
    }
    VerificationReport first = reports.get(0);
    return new VerificationReport(
        first.schemaVersion(),
        first.generatedAt(),
        single != null ? single : reports.size() + " documents",
        offline,
        null,
        all);
  }

  /**
   * Keeps in the store what only this layer sees: which document cites which URLs, and the
   * snapshots the archive stage found. A store that fails now costs this part of the history, not
   * the run's reports.
   */
  private static void keep(
      HistoryStore history, Job job, String document, VerificationReport report) {
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
      history.recordCitations(document, cited, now);
      history.recordSnapshots(now, snapshots.values());
    } catch (CitecheckException e) {
      job.progress()
          .warning("the citations and snapshots of this run were not kept: " + e.getMessage());
    }
  }

  private static void announceArchives(Job job, List<VerificationReport> reports) {
    long count =
        reports.stream()
            .flatMap(r -> r.results().stream())
            .filter(r -> r.verdict() != Verdict.OFFLINE)
            .count();
    int size = reports.stream().mapToInt(r -> r.results().size()).sum();
    if (job.notices() != null && count > 0) {
      job.notices()
          .println(
              "citecheck: looking up archived snapshots for "
                  + size
                  + " cited URL"
                  + (size == 1 ? "" : "s"));
      job.notices().flush();
    }
  }

  /**
   * The web-archive engine: snapshots for every checked URL, drift for alive pages. Archive
   * requests derive from the service client; live pages are read with the page client, whose rules
   * (address guard, headers, pacing) are the cited sites'.
   */
  private static ArchiveEngine engine(Job job, HttpClients http) {
    return new ArchiveEngine(
        http.services(),
        http.pages(),
        job.archives(),
        job.options().clock(),
        job.options().http().time());
  }
}
