package org.citecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.ArchiveSummary;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/** The short summary a check run prints: counts, the findings, where the report is. */
final class CheckSummary {

  /** More findings than this are left to the report file. */
  static final int MAX_LISTED = 50;

  private final VerificationReport report;
  private final Set<Verdict> failOn;
  private final String probeUrl;

  CheckSummary(VerificationReport report, Set<Verdict> failOn, String probeUrl) {
    this.report = report;
    this.failOn = failOn;
    this.probeUrl = probeUrl;
  }

  static String offlineLine(String probeUrl) {
    return "offline: no site answered and neither did "
        + probeUrl
        + "; nothing could be verified and nothing is reported dead";
  }

  void print(PrintWriter out, List<Path> written) {
    long distinct = report.results().stream().map(UrlResult::url).distinct().count();
    out.println(
        "Checked "
            + report.results().size()
            + " cited URL"
            + (report.results().size() == 1 ? "" : "s")
            + " ("
            + distinct
            + " distinct): "
            + counts()
            + ".");
    if (report.offline()) {
      out.println("The checker is " + offlineLine(probeUrl) + ".");
    }
    ArchiveSummary archive = report.archive();
    if (archive != null && !report.offline()) {
      int broken = archive.rescued() + archive.unrescued();
      out.println(
          "Archives: "
              + archive.rescued()
              + " of "
              + broken
              + " broken link"
              + (broken == 1 ? "" : "s")
              + " rescued by a snapshot"
              + (archive.rateLimited() > 0
                  ? "; " + archive.rateLimited() + " lookups cut short by a rate limit"
                  : "")
              + ".");
    }
    List<UrlResult> findings =
        report.results().stream()
            .filter(result -> failOn.contains(result.verdict()))
            .collect(Collectors.toList());
    if (!findings.isEmpty()) {
      out.println(
          "Findings ("
              + failOn.stream().map(Verdict::id).sorted().collect(Collectors.joining(","))
              + "):");
      for (UrlResult result : findings.subList(0, Math.min(MAX_LISTED, findings.size()))) {
        // A person counts a note's sources from 1; verification.json keeps its 0-based index.
        out.println(
            "  note "
                + result.note()
                + ", source "
                + (result.source() + 1)
                + ": "
                + result.verdict().id()
                + (Boolean.TRUE.equals(result.confirmed()) ? " (confirmed)" : "")
                + " "
                + SafeText.words(result.url(), 300)
                + ": "
                + SafeText.words(result.reason(), 300));
      }
      if (findings.size() > MAX_LISTED) {
        out.println("  ... and " + (findings.size() - MAX_LISTED) + " more in the reports");
      }
    }
    out.println(
        "Reports: "
            + written.stream()
                .map(path -> SafeText.words(path.toString()))
                .collect(Collectors.joining(", ")));
    out.flush();
  }

  private String counts() {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> entry : report.summary().entrySet()) {
      if (entry.getValue() == 0) {
        continue;
      }
      text.append(text.length() == 0 ? "" : ", ")
          .append(entry.getValue())
          .append(' ')
          .append(entry.getKey());
    }
    return text.length() == 0 ? "nothing to check" : text.toString();
  }
}
