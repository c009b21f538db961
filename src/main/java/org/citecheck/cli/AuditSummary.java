package org.citecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.AuditOutcome;
import org.citecheck.audit.AuditReport;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.audit.SkippedRule;
import org.citecheck.text.SafeText;

/**
 * What `citecheck audit` prints: each finding (severity, place, rule, message, then its fix on an
 * indented line), the rules that could not run and why, and a one-line summary. Document and
 * server text is put on one line with control characters removed ({@link SafeText}).
 */
final class AuditSummary {

  private final AuditOutcome outcome;
  private final Severity threshold;

  AuditSummary(AuditOutcome outcome, Severity threshold) {
    this.outcome = outcome;
    this.threshold = threshold;
  }

  void print(PrintWriter out) {
    AuditReport report = outcome.report();
    for (Finding finding : report.findings()) {
      out.println(String.format("%-7s %s [%s] %s", finding.severity().id(), where(finding), finding.rule(),
          SafeText.line(finding.message())));
      if (finding.fix() != null) {
        out.println("        fix: " + SafeText.line(finding.fix()));
      }
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (SkippedRule rule : report.skipped()) {
      byReason.computeIfAbsent(rule.reason(), r -> new ArrayList<>()).add(rule.rule());
    }
    byReason.forEach((reason, rules) ->
        out.println("not run: " + String.join(", ", rules) + ": " + SafeText.line(reason)));
    out.println(summary(report));
    out.flush();
  }

  private String summary(AuditReport report) {
    String verdict = threshold == null ? "fail-on none"
        : report.failing(threshold) == 0 ? "nothing at or above " + threshold.id()
        : report.failing(threshold) + " at or above " + threshold.id();
    List<String> files = outcome.written().stream().map(Path::toString).toList();
    return "audit: " + report.notes() + (report.notes() == 1 ? " note, " : " notes, ") + report.countsText()
        + " (" + verdict + ") -> " + String.join(", ", files);
  }

  private static String where(Finding finding) {
    StringBuilder where = new StringBuilder();
    if (finding.note() != null) {
      where.append("note ").append(finding.note());
      if (finding.source() != null) {
        where.append(", source ").append(finding.source() + 1);
      }
    } else {
      where.append("document");
    }
    if (finding.line() != null) {
      where.append(", line ").append(finding.line());
    }
    return where.toString();
  }
}
