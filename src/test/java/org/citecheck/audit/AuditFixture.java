package org.citecheck.audit;

import java.util.Arrays;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.testing.ArchiveResultFixture;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.TitleMatch;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/** Builds notes, sources, verification results and contexts by hand, for the rules' unit tests. */
public final class AuditFixture {

  private AuditFixture() {}

  /** A note at line 100 + its number. */
  public static Note note(int number, Source... sources) {
    return new Note(
        number, false, false, 100 + number, "Text of note " + number + ".", null, List.of(sources));
  }

  public static Note note(int number, boolean inferred, boolean displaced, Source... sources) {
    return new Note(
        number,
        inferred,
        displaced,
        100 + number,
        "Text of note " + number + ".",
        null,
        List.of(sources));
  }

  public static ReferenceSet references(Note... notes) {
    return dated("2020", notes);
  }

  /** Notes of a document with the given date (null: undated). */
  public static ReferenceSet dated(String date, Note... notes) {
    return new ReferenceSet(
        new DocumentInfo("A Report", List.of("Jane Doe"), null, "test.txt", null, date),
        List.of(notes));
  }

  /** Notes without body or report. */
  public static AuditContext context(ReferenceSet references) {
    return AuditContext.of(references, null, "test input holds no body", null);
  }

  public static AuditContext withBody(ReferenceSet references, String body) {
    return AuditContext.of(references, body.lines().toList(), null, null);
  }

  public static AuditContext withReport(ReferenceSet references, UrlResult... results) {
    return AuditContext.of(references, null, "test input holds no body", report(false, results));
  }

  public static VerificationReport report(boolean offline, UrlResult... results) {
    return new VerificationReport(
        1, "2021-03-01T10:00:00Z", "references.json", offline, null, Arrays.asList(results));
  }

  /** The rule with this id, from the engine's list. */
  public static AuditRule rule(String id) {
    return Audit.rules().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
  }

  /** The findings of one rule. */
  public static List<Finding> check(String id, AuditContext context) {
    return rule(id).check(context);
  }

  public static SourceFixture source() {
    return SourceFixture.source();
  }

  /** A verification result without redirects, title or archive. */
  public static UrlResult result(int note, int source, String url, Verdict verdict) {
    return UrlResultFixture.result(note, source, url, verdict)
        .reason(verdict.id() + " reason")
        .status(200)
        .elapsedMs(5)
        .build();
  }

  /** A result that went through redirects (each URL with its status) to {@code finalUrl}. */
  public static UrlResult redirected(
      int note, int source, String url, Verdict verdict, String finalUrl, Redirect... hops) {
    return UrlResultFixture.result(note, source, url, verdict)
        .reason("moved")
        .status(200)
        .finalUrl(finalUrl)
        .redirects(hops)
        .elapsedMs(5)
        .build();
  }

  public static UrlResult withTitle(UrlResult result, String live) {
    return UrlResultFixture.result(result.note(), result.source(), result.url(), result.verdict())
        .reason(result.reason())
        .confirmed(result.confirmed())
        .status(result.httpStatus())
        .finalUrl(result.finalUrl())
        .redirects(result.redirects())
        .elapsedMs(result.elapsedMs())
        .title(new TitleMatch(null, live, null))
        .archive(result.archive())
        .drift(result.drift())
        .failure(result.failure())
        .cached(result.cached())
        .build();
  }

  public static UrlResult withArchive(UrlResult result, ArchiveResult archive, DriftResult drift) {
    return result.withArchive(archive, drift);
  }

  public static ArchiveResult snapshot(String url, String timestamp) {
    return ArchiveResultFixture.snapshot(url, timestamp)
        .distanceDays(3L)
        .citeDate("2020-11-02")
        .build();
  }
}
