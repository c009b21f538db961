package org.citecheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citecheck.references.DocumentInfo;
import org.citecheck.text.ArchiveDate;
import org.citecheck.text.Markup;
import org.citecheck.text.SafeText;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.Verdict;

/**
 * verification.html: one self-contained page (inline style, script and SVG chart; no asset, no
 * network) with a table that sorts, filters by verdict and searches. The table is plain HTML, so
 * the page reads fine with scripts off; the script only adds the controls. Every string from a
 * document or a server goes through {@link Markup}, links are made only for http(s) URLs, and a
 * Content-Security-Policy allows nothing but this page's own style and script, by hash.
 */
final class HtmlReport {

  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");
  private static final String CSP =
      "default-src 'none'; style-src '"
          + sha256(CSS)
          + "'; script-src '"
          + sha256(JS)
          + "'; img-src data:; base-uri 'none'; form-action 'none'";

  private HtmlReport() {}

  static String format(ReportContext context) {
    List<ReportRow> rows = ReportRow.of(context);
    Unverified unverified = Unverified.of(context.report());
    DocumentInfo document = context.references().document();
    String title = document == null ? null : document.title();
    StringBuilder html = new StringBuilder(4096 + rows.size() * 600);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Citation check")
        .append(unverified.any() ? ": " + Markup.text(unverified.headline()) : "")
        .append(
            title == null
                ? ""
                : (unverified.any() ? " — " : ": ") + Markup.text(SafeText.clip(title, 120)))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(html, context, rows, title);
    html.append("<section aria-labelledby=\"verdicts\">\n<h2 id=\"verdicts\">Verdicts</h2>\n")
        .append(HtmlChart.svg(context.report().summary()))
        .append("</section>\n");
    html.append(
        "<section aria-labelledby=\"results-title\">\n<h2 id=\"results-title\">Results</h2>\n");
    controls(html, context, rows);
    table(html, context, rows);
    html.append("</section>\n<footer>Written by citecheck ")
        .append(Markup.text(context.toolVersion()))
        .append(
            ". Live links open the cited page; snapshot links open the archived copy.</footer>\n")
        .append("<script>")
        .append(JS)
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(
      StringBuilder html, ReportContext context, List<ReportRow> rows, String title) {
    Unverified unverified = Unverified.of(context.report());
    html.append("<header>\n<h1>Citation check");
    if (unverified.any()) {
      html.append(": ")
          .append(Markup.text(unverified.headline()))
          .append("</h1>\n<p class=\"offline\"><strong>")
          .append(Markup.text(unverified.explanation()))
          .append("</strong></p>\n");
    } else {
      html.append("</h1>\n");
    }
    if (title != null && !title.isBlank()) {
      html.append("<p class=\"doc\"><bdi>").append(Markup.text(title)).append("</bdi></p>\n");
    }
    long notes = rows.stream().map(ReportRow::noteNumber).distinct().count();
    long broken = rows.stream().filter(ReportRow::broken).count();
    long rescued = rows.stream().filter(ReportRow::rescued).count();
    String failOn =
        context.failOnInOrder().stream().map(Verdict::id).collect(Collectors.joining(", "));
    html.append("<dl class=\"meta\">\n");
    meta(html, "Input", Markup.text(context.report().input()));
    meta(html, "Generated", "<time>" + Markup.text(context.report().generatedAt()) + "</time>");
    meta(html, "Cited URLs", rows.size() + " in " + notes + (notes == 1 ? " note" : " notes"));
    String outcome =
        unverified.offlineRun()
            ? Markup.text(unverified.failOnOutcome(context.findings()).replaceFirst("^Not", "not"))
            : context.findings()
                + " found"
                + (unverified.unverified() == 0
                    ? ""
                    : "; " + unverified.unverified() + " not verified");
    meta(html, "Fail-on", failOn.isEmpty() ? "nothing" : failOn + " (" + outcome + ")");
    meta(html, "Rescued", rescued + " of " + broken + " dead or soft-404 links have a snapshot");
    html.append("</dl>\n</header>\n");
  }

  private static void meta(StringBuilder html, String term, String safeValue) {
    html.append("<dt>").append(term).append("</dt><dd>").append(safeValue).append("</dd>\n");
  }

  private static void controls(StringBuilder html, ReportContext context, List<ReportRow> rows) {
    Map<String, Integer> summary = context.report().summary();
    html.append("<div id=\"controls\" hidden>\n<fieldset><legend>Show verdicts</legend>\n");
    for (Verdict verdict : Verdict.values()) {
      if (rows.stream().anyMatch(row -> row.verdict() == verdict)) {
        html.append("<label class=\"v-")
            .append(verdict.id())
            .append("\"><input type=\"checkbox\" data-verdict=\"")
            .append(verdict.id())
            .append("\" checked> <span class=\"badge\">")
            .append(verdict.label())
            .append("</span> ")
            .append(summary.getOrDefault(verdict.id(), 0))
            .append("</label>\n");
      }
    }
    html.append("</fieldset>\n<label>Search <input type=\"search\" id=\"search\" ")
        .append("placeholder=\"title, URL, reason…\" autocomplete=\"off\"></label>\n")
        .append("<output id=\"shown\" aria-live=\"polite\"></output>\n</div>\n");
  }

  private static void table(StringBuilder html, ReportContext context, List<ReportRow> rows) {
    html.append("<table id=\"results\">\n<thead><tr>")
        .append(
            "<th data-type=\"number\" aria-sort=\"ascending\"><button type=\"button\">Note</button></th>")
        .append("<th><button type=\"button\">Cited title</button></th>")
        .append("<th><button type=\"button\">URL</button></th>")
        .append("<th data-type=\"number\"><button type=\"button\">Verdict</button></th>")
        .append("<th><button type=\"button\">Reason</button></th>")
        .append("<th data-type=\"number\"><button type=\"button\">HTTP</button></th>")
        .append("<th><button type=\"button\">Snapshot</button></th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ReportRow row : rows) {
      row(html, context, row);
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void row(StringBuilder html, ReportContext context, ReportRow row) {
    Verdict verdict = row.verdict();
    html.append("<tr class=\"v-")
        .append(verdict.id())
        .append("\" data-verdict=\"")
        .append(verdict.id())
        .append("\">");
    html.append("<td class=\"num\" data-sort=\"")
        .append((long) row.noteNumber() * 10_000 + row.result().source())
        .append("\">")
        .append(row.noteNumber())
        .append("</td>");
    html.append("<td><bdi>").append(Markup.text(row.citedTitle())).append("</bdi></td>");
    html.append("<td class=\"url\">").append(link(row.url(), SafeText.clip(row.url(), 300)));
    String finalUrl = row.result().finalUrl();
    if (finalUrl != null && !finalUrl.equals(row.url()) && verdict != Verdict.ALIVE) {
      html.append("<br><span class=\"muted\">→ </span>")
          .append(link(finalUrl, SafeText.clip(finalUrl, 300)));
    }
    html.append("</td>");
    html.append("<td data-sort=\"")
        .append(verdict.ordinal())
        .append("\"><span class=\"badge")
        .append(context.fails(verdict) ? " fail" : "")
        .append("\">")
        .append(verdict.label())
        .append("</span>");
    if (Boolean.TRUE.equals(row.result().confirmed())) {
      html.append(" <span class=\"muted\">confirmed</span>");
    }
    html.append("</td>");
    html.append("<td class=\"reason\"><bdi>")
        .append(Markup.text(row.result().reason()))
        .append("</bdi>");
    if (row.drifted()) {
      html.append("<br><span class=\"muted\">The page has changed since it was cited.</span>");
    }
    html.append("</td>");
    Integer status = row.result().httpStatus();
    html.append("<td class=\"num\"")
        .append(status == null ? " data-sort=\"\">" : ">")
        .append(status == null ? "" : status)
        .append("</td>");
    html.append(snapshotCell(row)).append("</tr>\n");
  }

  private static String snapshotCell(ReportRow row) {
    ArchiveResult snapshot = row.snapshot();
    if (snapshot == null) {
      String status = row.archiveStatusText();
      return "<td data-sort=\"\"><span class=\"muted\">"
          + (status == null ? "" : status)
          + "</span></td>";
    }
    String iso = ArchiveDate.iso(snapshot.timestamp());
    String date = ArchiveDate.display(snapshot.timestamp());
    return "<td data-sort=\""
        + (iso == null ? "" : iso)
        + "\">"
        + link(snapshot.url(), date == null ? "snapshot" : date)
        + (snapshot.saved() ? " <span class=\"muted\">saved now</span>" : "")
        + "</td>";
  }

  /** A link to an http(s) URL, or the label as text when the URL is anything else. */
  private static String link(String url, String label) {
    if (!WebUrl.isLinkable(url)) {
      return "<bdi>" + Markup.text(label) + "</bdi>";
    }
    return "<a href=\""
        + Markup.escape(url)
        + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\" dir=\"ltr\">"
        + Markup.text(label)
        + "</a>";
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSP source expression that allows exactly this inline text. */
  static String sha256(String inline) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
