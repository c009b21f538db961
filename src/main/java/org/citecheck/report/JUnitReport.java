package org.citecheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citecheck.text.ArchiveDate;
import org.citecheck.text.Markup;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * junit.xml in the Ant/Surefire shape CI systems read (Jenkins, GitLab, GitHub test-report
 * actions): a {@code testsuite} per note, a {@code testcase} per cited URL whose classname is the
 * suite's name ("note 5"), as Surefire writes it, so parsers that group cases by classname agree
 * with those that read the suites. A verdict in fail-on is a {@code failure}; blocked, offline and
 * skipped are {@code skipped} (the truth could not be known, or the user excluded the URL) unless
 * fail-on names them; every other verdict passes, with its reason in {@code system-out}. When the
 * input was a document, each testcase carries {@code file} and {@code line} (the note's line) for
 * annotating tools.
 */
final class JUnitReport {

  private JUnitReport() {}

  static String format(ReportContext context) {
    Map<Integer, List<ReportRow>> byNote = new LinkedHashMap<>();
    for (ReportRow row : ReportRow.of(context)) {
      byNote.computeIfAbsent(row.noteNumber(), number -> new ArrayList<>()).add(row);
    }
    List<ReportRow> all = byNote.values().stream().flatMap(List::stream).toList();
    String timestamp = Markup.text(context.report().generatedAt());
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    Unverified unverified = Unverified.of(context.report());
    if (unverified.any()) {
      // CI tools count the offline cases as skipped; this says why to a person opening the file.
      xml.append("<!-- ")
          .append(Markup.escape(unverified.explanation()).replace("--", "- -"))
          .append(" -->\n");
    }
    xml.append("<testsuites name=\"citecheck\"")
        .append(counts(context, all))
        .append(timestamp.isEmpty() ? "" : " timestamp=\"" + timestamp + "\"")
        .append(">\n");
    byNote.forEach(
        (note, rows) -> {
          xml.append("  <testsuite name=\"note ")
              .append(note)
              .append("\"")
              .append(counts(context, rows))
              .append(timestamp.isEmpty() ? "" : " timestamp=\"" + timestamp + "\"")
              .append(">\n");
          for (ReportRow row : rows) {
            testcase(xml, context, row);
          }
          xml.append("  </testsuite>\n");
        });
    return xml.append("</testsuites>\n").toString();
  }

  private static String counts(ReportContext context, List<ReportRow> rows) {
    long failures = rows.stream().filter(row -> outcome(context, row) == Outcome.FAILURE).count();
    long skipped = rows.stream().filter(row -> outcome(context, row) == Outcome.SKIPPED).count();
    long millis = rows.stream().mapToLong(row -> Math.max(0, row.result().elapsedMs())).sum();
    return " tests=\""
        + rows.size()
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" skipped=\""
        + skipped
        + "\" time=\""
        + seconds(millis)
        + "\"";
  }

  private static void testcase(StringBuilder xml, ReportContext context, ReportRow row) {
    UrlResult result = row.result();
    xml.append("    <testcase classname=\"note ")
        .append(row.noteNumber())
        .append("\" name=\"source ")
        .append(row.sourceNumber())
        .append(": ")
        .append(Markup.text(SafeText.clip(result.url(), 1000)))
        .append("\" time=\"")
        .append(seconds(Math.max(0, result.elapsedMs())))
        .append("\"");
    if (context.document() != null && row.note() != null && row.note().line() > 0) {
      xml.append(" file=\"")
          .append(Markup.text(context.document().toString().replace('\\', '/')))
          .append("\" line=\"")
          .append(row.note().line())
          .append("\"");
    }
    if (outcome(context, row) == Outcome.PASSED && row.verdict() == Verdict.ALIVE) {
      xml.append("/>\n");
      return;
    }
    xml.append(">\n");
    String message =
        Markup.text(
            SafeText.clip(row.verdict().label() + ": " + SafeText.line(result.reason()), 500));
    switch (outcome(context, row)) {
      case FAILURE ->
          xml.append("      <failure type=\"")
              .append(row.verdict().id())
              .append("\" message=\"")
              .append(message)
              .append("\">")
              .append(details(row))
              .append("</failure>\n");
      case SKIPPED -> xml.append("      <skipped message=\"").append(message).append("\"/>\n");
      case PASSED ->
          xml.append("      <system-out>").append(details(row)).append("</system-out>\n");
    }
    xml.append("    </testcase>\n");
  }

  /** The facts a reader needs to act on the result, one per line. */
  private static String details(ReportRow row) {
    UrlResult result = row.result();
    StringBuilder text = new StringBuilder();
    line(
        text,
        "Verdict",
        row.verdict().label() + (Boolean.TRUE.equals(result.confirmed()) ? " (confirmed)" : ""));
    line(text, "Reason", result.reason());
    line(text, "URL", result.url());
    line(text, "Cited title", row.citedTitle());
    line(text, "HTTP status", result.httpStatus() == null ? null : result.httpStatus().toString());
    for (Redirect hop : result.redirects()) {
      line(text, "Redirect", hop.status() + " " + hop.url());
    }
    line(text, "Final URL", result.finalUrl());
    if (result.title() != null) {
      line(text, "Live title", result.title().live());
    }
    ArchiveResult snapshot = row.snapshot();
    if (snapshot != null) {
      String date = ArchiveDate.display(snapshot.timestamp());
      line(text, "Snapshot", snapshot.url() + (date == null ? "" : " (" + date + ")"));
    } else {
      line(text, "Snapshot", row.archiveStatusText());
    }
    if (row.drifted()) {
      line(text, "Drift", "the page has changed since it was cited");
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    String safe = SafeText.clip(value, 2000);
    if (!safe.isEmpty()) {
      text.append('\n').append(label).append(": ").append(Markup.escape(safe));
    }
  }

  private enum Outcome {
    PASSED,
    FAILURE,
    SKIPPED
  }

  private static Outcome outcome(ReportContext context, ReportRow row) {
    Verdict verdict = row.verdict();
    if (context.fails(verdict)) {
      return Outcome.FAILURE;
    }
    if (verdict == Verdict.BLOCKED || verdict == Verdict.OFFLINE || verdict == Verdict.SKIPPED) {
      return Outcome.SKIPPED;
    }
    return Outcome.PASSED;
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
