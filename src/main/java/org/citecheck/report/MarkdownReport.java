package org.citecheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citecheck.references.DocumentInfo;
import org.citecheck.text.ArchiveDate;
import org.citecheck.text.MarkdownText;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.Verdict;

/**
 * verification.md: counts by verdict, broken links rescued by a snapshot, and the results grouped
 * by note, short enough for a pull-request comment (GitHub caps those at 65,536 characters) or a CI
 * job summary. Long tables are cut, problems first, with a line saying how many rows were left out.
 */
final class MarkdownReport {

  /** Rows of the results table at most; problems are kept before alive and skipped links. */
  static final int MAX_ROWS = 100;

  /** Rows of the rescued table at most. */
  static final int MAX_RESCUED = 50;

  /** The whole file stays under this many characters, below GitHub's comment limit. */
  static final int MAX_CHARS = 60_000;

  private static final int URL_CHARS = 70;
  private static final int TITLE_CHARS = 80;
  private static final int REASON_CHARS = 160;

  private MarkdownReport() {}

  static String format(ReportContext context) {
    return format(context, MAX_ROWS, MAX_CHARS);
  }

  static String format(ReportContext context, int maxRows, int maxChars) {
    List<ReportRow> rows = ReportRow.of(context);
    StringBuilder md = new StringBuilder();
    header(md, context, rows);
    counts(md, context);
    rescued(md, rows, maxChars);
    results(md, rows, maxRows, maxChars);
    return md.toString();
  }

  private static void header(StringBuilder md, ReportContext context, List<ReportRow> rows) {
    Unverified unverified = Unverified.of(context.report());
    md.append("# Citation check");
    if (unverified.any()) {
      md.append(": ")
          .append(unverified.headline())
          .append("\n\n> **")
          .append(unverified.explanation())
          .append("**");
    }
    md.append("\n\n");
    DocumentInfo document = context.references().document();
    if (document != null && document.title() != null && !document.title().isBlank()) {
      md.append("**").append(text(SafeText.clip(document.title(), 200))).append("**\n\n");
    }
    long notes = rows.stream().map(ReportRow::noteNumber).distinct().count();
    md.append(rows.size())
        .append(rows.size() == 1 ? " cited URL" : " cited URLs")
        .append(" in ")
        .append(notes)
        .append(notes == 1 ? " note" : " notes")
        .append(" · input ")
        .append(text(context.report().input()))
        .append(" · generated ")
        .append(text(context.report().generatedAt()))
        .append("\n\n");
  }

  private static void counts(StringBuilder md, ReportContext context) {
    Map<String, Integer> summary = context.report().summary();
    md.append("| Verdict | URLs |\n| --- | ---: |\n");
    int total = 0;
    for (Verdict verdict : Verdict.values()) {
      int count = summary.getOrDefault(verdict.id(), 0);
      total += count;
      if (count > 0) {
        String label = context.fails(verdict) ? "**" + verdict.label() + "**" : verdict.label();
        md.append("| ").append(label).append(" | ").append(count).append(" |\n");
      }
    }
    md.append("| Total | ").append(total).append(" |\n\n");
    if (!context.failOn().isEmpty()) {
      String failOn =
          context.failOnInOrder().stream().map(Verdict::id).collect(Collectors.joining(", "));
      String outcome = Unverified.of(context.report()).failOnOutcome(context.findings());
      md.append("**").append(outcome).append("** (fail-on: ").append(failOn).append(").\n\n");
    }
  }

  private static void rescued(StringBuilder md, List<ReportRow> rows, int maxChars) {
    List<ReportRow> broken = rows.stream().filter(ReportRow::broken).toList();
    if (broken.isEmpty()) {
      return;
    }
    List<ReportRow> rescued = broken.stream().filter(ReportRow::rescued).toList();
    md.append("## Dead links rescued by a snapshot\n\n");
    boolean searched =
        broken.stream()
            .anyMatch(
                row ->
                    row.result().archive() != null
                        && row.result().archive().status() != ArchiveStatus.SKIPPED);
    if (!searched) {
      md.append("Web archives were not searched for the ")
          .append(broken.size())
          .append(" dead or soft-404 links in this run.\n\n");
      return;
    }
    md.append(rescued.size())
        .append(" of ")
        .append(broken.size())
        .append(" dead or soft-404 links have an archived snapshot to cite instead.\n\n");
    if (!rescued.isEmpty()) {
      md.append("| Note | URL | Snapshot |\n| ---: | --- | --- |\n");
      int shown = 0;
      for (ReportRow row : rescued) {
        if (shown == MAX_RESCUED || md.length() > maxChars / 3) {
          break;
        }
        md.append("| ")
            .append(row.noteNumber())
            .append(" | ")
            .append(urlLink(row.url()))
            .append(" | ")
            .append(snapshotCell(row))
            .append(" |\n");
        shown++;
      }
      md.append('\n');
      leftOut(md, rescued.size() - shown, "rescued links");
    }
  }

  private static void results(StringBuilder md, List<ReportRow> rows, int maxRows, int maxChars) {
    if (rows.isEmpty()) {
      md.append("No cited URL was checked.\n");
      return;
    }
    md.append("## Results by note\n\n");
    md.append("| Note | Cited title | URL | Verdict and reason | Snapshot |\n");
    md.append("| ---: | --- | --- | --- | --- |\n");
    List<ReportRow> chosen = choose(rows, maxRows);
    int shown = 0;
    for (ReportRow row : chosen) {
      String line =
          "| "
              + row.noteNumber()
              + " | "
              + text(SafeText.clip(row.citedTitle(), TITLE_CHARS))
              + " | "
              + urlLink(row.url())
              + " | "
              + verdictCell(row)
              + " | "
              + snapshotCell(row)
              + " |\n";
      if (md.length() + line.length() > maxChars) {
        break;
      }
      md.append(line);
      shown++;
    }
    md.append('\n');
    if (shown < rows.size()) {
      long alive =
          rows.stream().filter(row -> !isProblem(row)).count()
              - chosen.subList(0, shown).stream().filter(row -> !isProblem(row)).count();
      md.append("_Showing ")
          .append(shown)
          .append(" of ")
          .append(rows.size())
          .append(" rows; ")
          .append(rows.size() - shown - alive)
          .append(" with problems and ")
          .append(alive)
          .append(
              " alive or skipped left out. verification.html and verification.json list them all._\n");
    }
  }

  /** The rows to show: problems first, then the rest, at most {@code maxRows}, in note order. */
  private static List<ReportRow> choose(List<ReportRow> rows, int maxRows) {
    boolean[] keep = new boolean[rows.size()];
    int budget = maxRows;
    for (boolean problems : new boolean[] {true, false}) {
      for (int i = 0; i < rows.size() && budget > 0; i++) {
        if (isProblem(rows.get(i)) == problems) {
          keep[i] = true;
          budget--;
        }
      }
    }
    List<ReportRow> chosen = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (keep[i]) {
        chosen.add(rows.get(i));
      }
    }
    return chosen;
  }

  private static boolean isProblem(ReportRow row) {
    return row.verdict() != Verdict.ALIVE && row.verdict() != Verdict.SKIPPED;
  }

  private static String verdictCell(ReportRow row) {
    StringBuilder cell = new StringBuilder("**").append(row.verdict().label()).append("**");
    if (Boolean.TRUE.equals(row.result().confirmed())) {
      cell.append(" (confirmed)");
    }
    String reason = SafeText.clip(row.result().reason(), REASON_CHARS);
    if (!reason.isEmpty()) {
      cell.append(": ").append(text(reason));
    }
    String finalUrl = row.result().finalUrl();
    if (row.verdict() == Verdict.REDIRECTED && finalUrl != null && !finalUrl.equals(row.url())) {
      cell.append(" → ").append(urlLink(finalUrl));
    }
    if (row.drifted()) {
      cell.append("; page changed since cited");
    }
    return cell.toString();
  }

  private static String snapshotCell(ReportRow row) {
    ArchiveResult snapshot = row.snapshot();
    if (snapshot == null) {
      String status = row.archiveStatusText();
      return status == null ? "" : status;
    }
    String date = ArchiveDate.display(snapshot.timestamp());
    String link = MarkdownText.link(date == null ? "snapshot" : date, snapshot.url(), true);
    return snapshot.saved() ? link + " (saved now)" : link;
  }

  private static String urlLink(String url) {
    return MarkdownText.link(SafeText.clip(url, URL_CHARS), url, true);
  }

  private static String text(String untrusted) {
    return MarkdownText.escapeForComment(untrusted);
  }

  private static void leftOut(StringBuilder md, int count, String what) {
    if (count > 0) {
      md.append("_")
          .append(count)
          .append(" more ")
          .append(what)
          .append(" left out; verification.html lists them all._\n\n");
    }
  }
}
