package org.citecheck.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.MarkdownText;
import org.citecheck.text.SafeText;

/**
 * reports/audit.md: counts by rule, then the findings in note order with their fixes, short enough
 * for a pull-request comment or a CI job summary (GitHub caps comments at 65,536 characters). Long
 * lists are cut, errors and warnings kept before info, with a line saying how many were left out.
 * Every piece of document or server text is escaped ({@link MarkdownText}).
 */
public final class AuditMarkdown {

  /** Rows of the findings table at most. */
  static final int MAX_ROWS = 200;

  /** The whole file stays under this many characters, below GitHub's comment limit. */
  static final int MAX_CHARS = 60_000;

  private static final int CELL_CHARS = 600;

  private AuditMarkdown() {}

  public static String render(AuditReport report) {
    return render(report, MAX_ROWS, MAX_CHARS);
  }

  static String render(AuditReport report, int maxRows, int maxChars) {
    StringBuilder md = new StringBuilder("# Footnote audit\n\n");
    if (report.title() != null && !report.title().isBlank()) {
      md.append("**").append(text(SafeText.clip(report.title(), 200))).append("**\n\n");
    }
    md.append(report.notes())
        .append(report.notes() == 1 ? " note" : " notes")
        .append(" · ")
        .append(report.countsText())
        .append(" · input ")
        .append(text(report.input()));
    if (report.verification() != null) {
      md.append(" · verification ").append(text(report.verification()));
    }
    md.append(" · generated ").append(text(report.generatedAt())).append("\n\n");
    skipped(md, report);
    if (report.findings().isEmpty()) {
      md.append("No findings.\n");
      return md.toString();
    }
    byRule(md, report);
    findings(md, report, maxRows, maxChars);
    return md.toString();
  }

  private static void skipped(StringBuilder md, AuditReport report) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (SkippedRule rule : report.skipped()) {
      byReason.computeIfAbsent(rule.reason(), r -> new ArrayList<>()).add("`" + rule.rule() + "`");
    }
    byReason.forEach(
        (reason, rules) ->
            md.append("> **Not run:** ")
                .append(String.join(", ", rules))
                .append(": ")
                .append(text(reason))
                .append(".\n>\n"));
    if (!byReason.isEmpty()) {
      md.setLength(md.length() - 2);
      md.append('\n');
    }
  }

  private static void byRule(StringBuilder md, AuditReport report) {
    md.append("| Rule | Severity | Findings | What it checks |\n| --- | --- | ---: | --- |\n");
    for (AuditRule rule : Audit.rules()) {
      long count = report.findings().stream().filter(f -> f.rule().equals(rule.id())).count();
      if (count > 0) {
        md.append("| `")
            .append(rule.id())
            .append("` | ")
            .append(rule.severity().id())
            .append(" | ")
            .append(count)
            .append(" | ")
            .append(text(rule.description()))
            .append(" |\n");
      }
    }
    md.append('\n');
  }

  private static void findings(StringBuilder md, AuditReport report, int maxRows, int maxChars) {
    md.append("## Findings\n\n| Note | Line | Severity | Rule | Finding | Fix |\n")
        .append("| ---: | ---: | --- | --- | --- | --- |\n");
    List<Finding> all = report.findings();
    boolean[] chosen = choose(all, maxRows);
    int shown = 0;
    for (int i = 0; i < all.size(); i++) {
      if (!chosen[i]) {
        continue;
      }
      String row = row(all.get(i));
      if (md.length() + row.length() > maxChars) {
        break;
      }
      md.append(row);
      shown++;
    }
    md.append('\n');
    if (shown < all.size()) {
      md.append("_Showing ")
          .append(shown)
          .append(" of ")
          .append(all.size())
          .append(" findings, errors and warnings first; audit.json lists them all._\n");
    }
  }

  /**
   * The rows to show: errors, then warnings, then info, at most {@code maxRows}; kept in note
   * order.
   */
  private static boolean[] choose(List<Finding> findings, int maxRows) {
    boolean[] keep = new boolean[findings.size()];
    int budget = maxRows;
    for (Severity severity : Severity.values()) {
      for (int i = 0; i < findings.size() && budget > 0; i++) {
        if (findings.get(i).severity() == severity) {
          keep[i] = true;
          budget--;
        }
      }
    }
    return keep;
  }

  private static String row(Finding finding) {
    String note =
        finding.note() == null
            ? ""
            : finding.note()
                + (finding.source() == null ? "" : " (source " + (finding.source() + 1) + ")");
    String severity =
        finding.severity() == Severity.INFO ? "info" : "**" + finding.severity().id() + "**";
    return "| "
        + note
        + " | "
        + (finding.line() == null ? "" : finding.line())
        + " | "
        + severity
        + " | `"
        + finding.rule()
        + "` | "
        + text(SafeText.clip(finding.message(), CELL_CHARS))
        + " | "
        + text(SafeText.clip(finding.fix(), CELL_CHARS))
        + " |\n";
  }

  private static String text(String untrusted) {
    return MarkdownText.escapeForComment(untrusted);
  }
}
