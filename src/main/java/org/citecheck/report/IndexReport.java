package org.citecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citecheck.io.AtomicFile;
import org.citecheck.io.Json;
import org.citecheck.text.MarkdownText;
import org.citecheck.text.Markup;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * The index of a run over several documents ({@code reports/index.json}, {@code .md}, {@code
 * .html}): per document the counts by verdict, worst first, and the folder of its own reports; per
 * host the URLs that failed.
 */
public final class IndexReport {

  /** The verdicts in the order a document's badness is judged: the first that differs decides. */
  static final List<Verdict> WORST_FIRST =
      List.of(
          Verdict.DEAD,
          Verdict.SOFT_404,
          Verdict.INVALID,
          Verdict.UNREACHABLE,
          Verdict.BLOCKED,
          Verdict.OFFLINE,
          Verdict.REDIRECTED,
          Verdict.SKIPPED,
          Verdict.ALIVE);

  /** The verdicts the per-host list counts as failures. */
  static final List<Verdict> FAILURES =
      List.of(
          Verdict.DEAD, Verdict.SOFT_404, Verdict.INVALID, Verdict.UNREACHABLE, Verdict.BLOCKED);

  /**
   * One document of the run.
   *
   * @param name its name as given (a file's path)
   * @param folder its reports' folder, relative to the index
   * @param report its verification report
   */
  public record Entry(String name, String folder, VerificationReport report) {}

  private IndexReport() {}

  /** Writes index.json, index.md and index.html into {@code folder}; returns them. */
  public static List<Path> write(Path folder, List<Entry> entries) {
    List<Entry> sorted = worstFirst(entries);
    Map<String, Map<String, Verdict>> hosts = failuresByHost(entries);
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(folder.resolve("index.json"), json(sorted, hosts));
    files.put(folder.resolve("index.md"), markdown(sorted, hosts));
    files.put(folder.resolve("index.html"), html(sorted, hosts));
    List<Path> written = new ArrayList<>();
    files.forEach(
        (path, text) -> {
          AtomicFile.write(path, text);
          written.add(path);
        });
    return written;
  }

  static Map<Verdict, Integer> counts(VerificationReport report) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (UrlResult result : report.results()) {
      counts.merge(result.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  static List<Entry> worstFirst(List<Entry> entries) {
    Comparator<Entry> order = (a, b) -> 0;
    for (Verdict verdict : WORST_FIRST) {
      order =
          order.thenComparing(
              (Entry e) -> counts(e.report()).getOrDefault(verdict, 0), Comparator.reverseOrder());
    }
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(order.thenComparing(Entry::name));
    return sorted;
  }

  /** Per host (by name), each failing URL and its verdict; hosts with most failures first. */
  static Map<String, Map<String, Verdict>> failuresByHost(List<Entry> entries) {
    Map<String, Map<String, Verdict>> hosts = new TreeMap<>();
    for (Entry entry : entries) {
      for (UrlResult result : entry.report().results()) {
        if (FAILURES.contains(result.verdict())) {
          WebUrl parsed = WebUrl.parse(result.url());
          String host = parsed == null ? "(not a web URL)" : parsed.asciiHost();
          hosts.computeIfAbsent(host, h -> new TreeMap<>()).put(result.url(), result.verdict());
        }
      }
    }
    Map<String, Map<String, Verdict>> sorted = new LinkedHashMap<>();
    hosts.entrySet().stream()
        .sorted(
            Comparator.comparing(
                    (Map.Entry<String, Map<String, Verdict>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static String json(List<Entry> entries, Map<String, Map<String, Verdict>> hosts) {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode documents = root.putArray("documents");
    for (Entry entry : entries) {
      ObjectNode node = documents.addObject();
      node.put("document", entry.name());
      node.put("reports", entry.folder());
      node.put("offline", entry.report().offline());
      node.put("results", entry.report().results().size());
      ObjectNode counts = node.putObject("counts");
      Map<Verdict, Integer> mine = counts(entry.report());
      for (Verdict verdict : WORST_FIRST) {
        counts.put(verdict.id(), mine.getOrDefault(verdict, 0));
      }
    }
    ArrayNode failing = root.putArray("hosts");
    hosts.forEach(
        (host, urls) -> {
          ObjectNode node = failing.addObject();
          node.put("host", host);
          ArrayNode list = node.putArray("failures");
          urls.forEach(
              (url, verdict) -> list.addObject().put("url", url).put("verdict", verdict.id()));
        });
    return Json.write(root);
  }

  private static String markdown(List<Entry> entries, Map<String, Map<String, Verdict>> hosts) {
    StringBuilder md =
        new StringBuilder("# Link check: ").append(entries.size()).append(" documents\n\n");
    md.append("| document |");
    WORST_FIRST.forEach(v -> md.append(' ').append(v.id()).append(" |"));
    md.append("\n| --- |");
    WORST_FIRST.forEach(v -> md.append(" ---: |"));
    md.append('\n');
    for (Entry entry : entries) {
      Map<Verdict, Integer> counts = counts(entry.report());
      md.append("| ")
          .append(MarkdownText.link(entry.name(), entry.folder() + "/verification.md", false))
          .append(" |");
      WORST_FIRST.forEach(v -> md.append(' ').append(counts.getOrDefault(v, 0)).append(" |"));
      md.append('\n');
    }
    md.append("\n## Failures by host\n\n");
    if (hosts.isEmpty()) {
      md.append("No URL failed.\n");
    }
    hosts.forEach(
        (host, urls) -> {
          md.append("- **")
              .append(MarkdownText.escape(host))
              .append("** (")
              .append(urls.size())
              .append(")\n");
          urls.forEach(
              (url, verdict) ->
                  md.append("  - ")
                      .append(verdict.id())
                      .append(": ")
                      .append(MarkdownText.escape(url))
                      .append('\n'));
        });
    return md.toString();
  }

  private static String html(List<Entry> entries, Map<String, Map<String, Verdict>> hosts) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>Link check: ")
        .append(entries.size())
        .append(" documents</title>\n<style>body{font-family:sans-serif;margin:2em}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em}")
        .append("td.n{text-align:right}</style>\n</head>\n<body>\n<h1>Link check: ")
        .append(entries.size())
        .append(" documents</h1>\n<table>\n<thead><tr><th>document</th>");
    WORST_FIRST.forEach(v -> html.append("<th>").append(v.id()).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (Entry entry : entries) {
      Map<Verdict, Integer> counts = counts(entry.report());
      html.append("<tr><td><a href=\"")
          .append(Markup.escape(hrefPath(entry.folder()) + "/verification.html"))
          .append("\">")
          .append(Markup.text(entry.name()))
          .append("</a></td>");
      WORST_FIRST.forEach(
          v -> html.append("<td class=\"n\">").append(counts.getOrDefault(v, 0)).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n<h2>Failures by host</h2>\n");
    if (hosts.isEmpty()) {
      html.append("<p>No URL failed.</p>\n");
    } else {
      html.append("<ul>\n");
      hosts.forEach(
          (host, urls) -> {
            html.append("<li><strong>")
                .append(Markup.text(host))
                .append("</strong> (")
                .append(urls.size())
                .append(")<ul>");
            urls.forEach(
                (url, verdict) ->
                    html.append("<li>")
                        .append(verdict.id())
                        .append(": ")
                        .append(Markup.text(url))
                        .append("</li>"));
            html.append("</ul></li>\n");
          });
      html.append("</ul>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /** A folder name as a relative link: each segment percent-encoded where a URL needs it. */
  private static String hrefPath(String folder) {
    StringBuilder out = new StringBuilder();
    for (char c : folder.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return out.toString();
  }
}
