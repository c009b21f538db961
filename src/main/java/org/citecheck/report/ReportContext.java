package org.citecheck.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.citecheck.references.ReferenceSet;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * Everything a report formatter reads: the verdicts, the references they were checked from, and how
 * the run was asked to judge them.
 *
 * @param report the verification results
 * @param references the references that were checked (titles, note texts, note lines)
 * @param document the input document when the run started from one, or null when it started from
 *     references.json; SARIF locations then point at the note's line in it
 * @param failOn the verdicts that fail the run (JUnit failures, SARIF errors)
 * @param toolVersion citecheck's version, recorded in the SARIF log
 */
public record ReportContext(
    VerificationReport report,
    ReferenceSet references,
    Path document,
    Set<Verdict> failOn,
    String toolVersion) {

  public ReportContext {
    Objects.requireNonNull(report, "report");
    references = references == null ? new ReferenceSet(null, null) : references;
    failOn = failOn == null || failOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failOn));
    toolVersion = toolVersion == null ? "unknown" : toolVersion;
  }

  public boolean fails(Verdict verdict) {
    return failOn.contains(verdict);
  }

  /** The fail-on verdicts in vocabulary order, for display. */
  public Set<Verdict> failOnInOrder() {
    return failOn.isEmpty() ? EnumSet.noneOf(Verdict.class) : EnumSet.copyOf(failOn);
  }

  /** The count of results whose verdict is in fail-on. */
  public long findings() {
    return report.results().stream().filter(result -> fails(result.verdict())).count();
  }
}
