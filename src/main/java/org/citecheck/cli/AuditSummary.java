package org.citecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.AuditOutcome;
import org.citecheck.audit.AuditReport;
import org.citecheck.audit.SkippedRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.SafeText;

/**
 * What `citecheck audit` prints: each finding at or above the shown severity (severity, place,
 * rule, message, then its fix on an indented line), a count by rule of those not shown, the rules
 * that could not run and why, and a one-line summary. Document and server text is put on one line
 * with control characters removed ({@link SafeText}).
 */
final class AuditSummary {

  private final AuditOutcome outcome;
  private final Severity threshold;
  private final Severity shown;

  /**
   * @param threshold the --fail-on severity, or null for none
   * @param shown the least severe findings printed; the others are counted on one line
   */
  AuditSummary(AuditOutcome outcome, Severity threshold, Severity shown) {
    this.outcome = outcome;
    this.threshold = threshold;
    this.shown = shown;
  }

  void print(PrintWriter out) {
    AuditReport report = outcome.report();
    Map<String, Integer> hidden = new java.util.TreeMap<>();
    for (Finding finding : report.findings()) {
      if (!finding.severity().atLeast(shown)) {
        hidden.merge(finding.rule(), 1, Integer::sum);
        continue;
      }
      out.println(
          String.format(
              "%-7s %s [%s] %s",
              finding.severity().id(),
              where(finding),
              finding.rule(),
              SafeText.line(finding.message())));
      if (finding.fix() != null) {
        out.println("        fix: " + SafeText.line(finding.fix()));
      }
    }
    if (!hidden.isEmpty()) {
      out.println(hiddenLine(hidden));
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (SkippedRule rule : report.skipped()) {
      byReason.computeIfAbsent(rule.reason(), r -> new ArrayList<>()).add(rule.rule());
    }
    byReason.forEach(
        (reason, rules) ->
            out.println("not run: " + String.join(", ", rules) + ": " + SafeText.line(reason)));
    out.println(summary(report));
    out.flush();
  }

  /**
   * "20 info findings not shown (url.repaired 13, numbering.inferred 5, ...): --verbose prints
   * them; the reports list them."
   */
  private String hiddenLine(Map<String, Integer> hidden) {
    int count = hidden.values().stream().mapToInt(Integer::intValue).sum();
    List<String> rules = new ArrayList<>();
    hidden.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> rules.add(e.getKey() + " " + e.getValue()));
    String which = shown == Severity.ERROR ? "warning and info" : "info";
    return count
        + " "
        + which
        + (count == 1 ? " finding" : " findings")
        + " not shown ("
        + String.join(", ", rules)
        + "): --verbose prints them; audit.json and audit.md list every finding.";
  }

  private String summary(AuditReport report) {
    String verdict =
        threshold == null
            ? "fail-on none"
            : report.failing(threshold) == 0
                ? "nothing at or above " + threshold.id()
                : report.failing(threshold) + " at or above " + threshold.id();
    List<String> files = outcome.written().stream().map(Path::toString).toList();
    return "audit: "
        + report.notes()
        + (report.notes() == 1 ? " note, " : " notes, ")
        + report.countsText()
        + " ("
        + verdict
        + ") -> "
        + String.join(", ", files);
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
