package org.citecheck.audit.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.citecheck.CitecheckException;
import org.citecheck.audit.Audit;
import org.citecheck.audit.AuditReport;
import org.citecheck.audit.eval.Faults.Expected;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.DocumentText;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Extraction;

/**
 * Audits generated reports and scores each rule: recall (the injected faults it found, naming the
 * right note) and precision (its findings that match an injected fault). A finding of a scored rule
 * that matches no fault is false, on clean and faulty reports alike; each fault is matched once.
 *
 * <p>Run by {@code bench/audit-eval.sh}: {@code AuditEvaluation [REPORTS] [FIRST_SEED] [--show N]
 * [--dump SEED FILE]}.
 */
public final class AuditEvaluation {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  /**
   * Per rule: faults, found (at any severity and at warning or above), findings, false findings.
   */
  static final class Score {
    int faults;
    int found;
    int foundStrong;
    int findings;
    int falseFindings;

    double recall() {
      return faults == 0 ? 1 : (double) found / faults;
    }

    double precision() {
      return findings == 0 ? 1 : (double) (findings - falseFindings) / findings;
    }
  }

  final Map<String, Score> scores = new TreeMap<>();
  final List<String> misses = new ArrayList<>();
  final List<String> falseFindings = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  int reports;
  int clean;
  int cleanWithWarning;
  int otherWarnings;

  /** Whether the reports are audited as text or typeset as PDFs with raised markers. */
  final boolean pdf;

  AuditEvaluation(boolean pdf) {
    this.pdf = pdf;
  }

  /** Audits reports generated from seeds first .. first + count - 1, as text. */
  static AuditEvaluation run(long first, int count) {
    return run(first, count, false);
  }

  /**
   * Audits reports generated from seeds first .. first + count - 1; with {@code pdf}, the same
   * reports with the same faults typeset by {@link PdfTypesetter} and read back as PDFs.
   */
  static AuditEvaluation run(long first, int count, boolean pdf) {
    AuditEvaluation evaluation = new AuditEvaluation(pdf);
    for (long seed = first; seed < first + count; seed++) {
      evaluation.score(pdf ? GeneratedReport.forPdf(seed) : GeneratedReport.generate(seed));
    }
    return evaluation;
  }

  AuditReport audit(GeneratedReport report) {
    String name = "generated-" + report.seed() + (pdf ? ".pdf" : ".txt");
    DocumentText document =
        pdf
            ? DocumentReader.decode(PdfTypesetter.typeset(report), name)
            : DocumentText.of(name, report.text());
    ExtractedDocument extracted = Extraction.extract(document);
    AuditContext context = AuditContext.of(extracted, null);
    return Audit.audit(context, name, null, NOW);
  }

  void score(GeneratedReport report) {
    reports++;
    for (Expected expected : report.expected()) {
      scores.computeIfAbsent(expected.rule(), r -> new Score());
    }
    AuditReport audit;
    try {
      audit = audit(report);
    } catch (CitecheckException e) {
      failures.add(report.seed() + " (" + report.shape() + "): " + e.getMessage());
      report.expected().forEach(x -> scores.get(x.rule()).faults++);
      return;
    }
    List<Finding> open = new ArrayList<>(audit.findings());
    for (Expected expected : report.expected()) {
      Score score = scores.get(expected.rule());
      score.faults++;
      Finding match =
          open.stream()
              .filter(
                  f ->
                      f.rule().equals(expected.rule())
                          && f.note() != null
                          && expected.notes().contains(f.note()))
              .findFirst()
              .orElse(null);
      if (match == null) {
        misses.add(
            report.seed()
                + " "
                + expected.rule()
                + " "
                + expected.notes()
                + " ("
                + expected.fault()
                + "; "
                + report.shape()
                + ")");
        continue;
      }
      open.remove(match);
      score.found++;
      score.findings++;
      if (match.severity().atLeast(Severity.WARNING)) {
        score.foundStrong++;
      }
    }
    boolean warned = false;
    for (Finding finding : open) {
      Score score = scores.computeIfAbsent(finding.rule(), r -> new Score());
      boolean scored = isScored(finding.rule());
      if (scored) {
        score.findings++;
        score.falseFindings++;
        falseFindings.add(
            report.seed()
                + " "
                + finding.severity()
                + " "
                + finding.rule()
                + " note "
                + finding.note()
                + ": "
                + finding.message()
                + " ("
                + report.shape()
                + ")");
      } else if (finding.severity().atLeast(Severity.WARNING)) {
        otherWarnings++;
        falseFindings.add(
            report.seed()
                + " other "
                + finding.severity()
                + " "
                + finding.rule()
                + " note "
                + finding.note()
                + ": "
                + finding.message());
      }
      warned |= finding.severity().atLeast(Severity.WARNING);
    }
    if (report.clean()) {
      clean++;
      cleanWithWarning += warned ? 1 : 0;
    }
  }

  /** The rules the generator injects faults for. */
  static boolean isScored(String rule) {
    return List.of(
            "marker.missing",
            "marker.orphan",
            "marker.repeated",
            "marker.order",
            "numbering.gap",
            "numbering.duplicate",
            "numbering.order",
            "date.after-document",
            "xref.forward",
            "xref.missing-target",
            "xref.mismatch",
            "duplicate.full-citation",
            "url.tracking")
        .contains(rule);
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %7s %7s %8s %10s %9s %7s %10s%n",
            "rule",
            "faults",
            "found",
            "recall",
            "as warning",
            "findings",
            "false",
            "precision"));
    for (Map.Entry<String, Score> entry : scores.entrySet()) {
      if (!isScored(entry.getKey())) {
        continue;
      }
      Score s = entry.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %7d %7d %7.1f%% %10d %9d %7d %9.1f%%%n",
              entry.getKey(),
              s.faults,
              s.found,
              100 * s.recall(),
              s.foundStrong,
              s.findings,
              s.falseFindings,
              100 * s.precision()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d reports (%d clean, %d of them with a warning or error);"
                + " %d warnings or errors of other rules; %d reports not extracted%n",
            reports,
            clean,
            cleanWithWarning,
            otherWarnings,
            failures.size()));
    return out.toString();
  }

  /** Recall and precision per rule on text and on PDF, side by side. */
  static String sideBySide(AuditEvaluation text, AuditEvaluation pdf) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %7s | %11s %14s | %11s %14s%n",
            "rule",
            "faults",
            "text recall",
            "text precision",
            "PDF recall",
            "PDF precision"));
    for (Map.Entry<String, Score> entry : text.scores.entrySet()) {
      if (!isScored(entry.getKey())) {
        continue;
      }
      Score t = entry.getValue();
      Score p = pdf.scores.getOrDefault(entry.getKey(), new Score());
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %7d | %10.1f%% %13.1f%% | %10.1f%% %13.1f%%%s%n",
              entry.getKey(),
              t.faults,
              100 * t.recall(),
              100 * t.precision(),
              100 * p.recall(),
              100 * p.precision(),
              p.precision() < t.precision() ? "  PDF below text" : ""));
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && (args[0].equals("--dump") || args[0].equals("--dump-pdf"))) {
      long seed = Long.parseLong(args[1]);
      GeneratedReport report = GeneratedReport.generate(seed);
      if (args[0].equals("--dump-pdf")) {
        Files.write(Path.of(args[2]), PdfTypesetter.typeset(GeneratedReport.forPdf(seed)));
      } else {
        Files.writeString(Path.of(args[2]), report.text(), StandardCharsets.UTF_8);
      }
      System.out.println(report.shape() + "\n" + report.expected());
      return;
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
    int show = args.length > 3 && args[2].equals("--show") ? Integer.parseInt(args[3]) : 0;
    long start = System.nanoTime();
    AuditEvaluation evaluation = run(first, count);
    System.out.println("Text:");
    System.out.print(evaluation.table());
    AuditEvaluation typeset = run(first, count, true);
    System.out.println("\nPDF (the same reports typeset with raised markers):");
    System.out.print(typeset.table());
    System.out.println("\nSide by side:");
    System.out.print(sideBySide(evaluation, typeset));
    System.out.printf(
        Locale.ROOT,
        "seeds %d..%d, %.1f s%n",
        first,
        first + count - 1,
        (System.nanoTime() - start) / 1e9);
    if (show > 0) {
      for (AuditEvaluation e : List.of(evaluation, typeset)) {
        String form = e.pdf ? "PDF " : "text ";
        print(form + "missed", e.misses, show);
        print(form + "false", e.falseFindings, show);
        print(form + "not extracted", e.failures, show);
      }
    }
  }

  private static void print(String title, List<String> lines, int show) {
    System.out.println("\n" + title + " (" + lines.size() + "):");
    lines.stream().limit(show).forEach(line -> System.out.println("  " + line));
  }
}
