package org.citecheck.archive;

import java.util.List;
import java.util.stream.Collectors;
import org.citecheck.archive.snapshot.Capture;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.archive.snapshot.LookupOutcome;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.ArchiveSummary;

/** Turns the services' outcomes into the report's {@link ArchiveResult}. */
final class ArchiveResults {

  private ArchiveResults() {}

  static ArchiveResult found(LookupOutcome outcome, CiteDate cite) {
    Capture capture = outcome.capture();
    return new ArchiveResult(
        ArchiveStatus.FOUND,
        capture.service(),
        capture.snapshotUrl(),
        capture.timestamp(),
        capture.captureStatus(),
        cite.daysTo(capture.time()),
        "save".equals(capture.via()),
        cite.iso(),
        outcome.reason(),
        capture.via(),
        capture.original(),
        cite.basis());
  }

  /**
   * error when any service failed (there may be a snapshot it would have found), with the rate
   * limit named first when that was the cause; none when every service answered that it has none.
   */
  static ArchiveResult notFound(List<LookupOutcome> outcomes, CiteDate cite) {
    boolean failed = outcomes.stream().anyMatch(o -> o.kind() == LookupOutcome.Kind.ERROR);
    boolean limited = outcomes.stream().anyMatch(LookupOutcome::rateLimited);
    String reasons =
        outcomes.stream().map(LookupOutcome::reason).distinct().collect(Collectors.joining("; "));
    if (limited && !reasons.startsWith(ArchiveSummary.RATE_LIMITED)) {
      reasons = ArchiveSummary.RATE_LIMITED + " (" + reasons + ")";
    }
    return new ArchiveResult(
        failed ? ArchiveStatus.ERROR : ArchiveStatus.NONE,
        null,
        null,
        null,
        null,
        null,
        false,
        cite.iso(),
        reasons.isEmpty() ? "no archive has a capture" : reasons,
        null,
        null,
        cite.basis());
  }
}
