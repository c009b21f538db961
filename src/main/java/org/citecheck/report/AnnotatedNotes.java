package org.citecheck.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.citecheck.text.ArchiveDate;
import org.citecheck.text.MarkdownText;
import org.citecheck.text.SafeText;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * notes.annotated.md: the notes ready for republishing. Each note's cleaned text, its URLs in their
 * repaired (and, after check, settled) form, "[archived D Month YYYY: URL]" after each URL that has
 * a snapshot, and "[dead link]" or "[soft 404]" after a broken one. A URL the text does not hold is
 * added at the end of its note, so no checked URL is lost.
 */
final class AnnotatedNotes {

  private AnnotatedNotes() {}

  static String format(ReportContext context) {
    Map<String, UrlResult> results = new HashMap<>();
    for (UrlResult result : context.report().results()) {
      results.putIfAbsent(result.note() + "/" + result.source(), result);
    }
    StringBuilder md = new StringBuilder("# Notes");
    DocumentInfo document = context.references().document();
    if (document != null && document.title() != null && !document.title().isBlank()) {
      md.append(": ").append(MarkdownText.escape(document.title()));
    }
    Unverified unverified = Unverified.of(context.report());
    String date = MarkdownText.escape(context.report().generatedAt());
    if (unverified.offlineRun()) {
      md.append("\n\n**Not checked: the checker was offline.** URLs as repaired by citecheck on ")
          .append(date)
          .append(
              "; no link was verified, so a URL without \\[dead link\\] may be dead all the same.");
    } else {
      md.append("\n\nURLs as repaired and checked by citecheck on ").append(date).append('.');
      if (unverified.any()) {
        md.append(" **").append(MarkdownText.escape(unverified.explanation())).append("**");
      }
    }
    md.append(" \\[archived …\\] gives the snapshot nearest the date each source was cited;")
        .append(
            " \\[dead link\\] and \\[soft 404\\] mark links that no longer lead to the cited page.\n");
    for (Note note : context.references().notes()) {
      md.append("\n**")
          .append(note.number())
          .append(".** ")
          .append(annotate(note, results))
          .append('\n');
    }
    return md.toString();
  }

  private static String annotate(Note note, Map<String, UrlResult> results) {
    String text = SafeText.line(note.text());
    StringBuilder out = new StringBuilder(text.length() + 200);
    StringBuilder unplaced = new StringBuilder();
    int cursor = 0;
    List<Source> sources = note.sources();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      UrlResult result = results.get(note.number() + "/" + i);
      String url = result != null && result.url() != null ? result.url() : source.url();
      if (url == null) {
        continue;
      }
      String rendered = MarkdownText.autolink(SafeText.line(url)) + marks(result);
      int[] found = locate(text, cursor, source, url);
      if (found == null) {
        unplaced.append(' ').append(rendered);
        continue;
      }
      out.append(MarkdownText.escape(text.substring(cursor, found[0]))).append(rendered);
      cursor = found[1];
    }
    out.append(MarkdownText.escape(text.substring(cursor))).append(unplaced);
    return out.toString().strip();
  }

  /** Where the text prints this source's URL, in any of its readings: {start, end}, or null. */
  private static int[] locate(String text, int from, Source source, String url) {
    for (String reading : readings(source, url)) {
      String line = SafeText.line(reading);
      int at = line.isEmpty() ? -1 : text.indexOf(line, from);
      if (at >= 0) {
        return new int[] {at, at + line.length()};
      }
    }
    return null;
  }

  private static List<String> readings(Source source, String url) {
    java.util.ArrayList<String> readings = new java.util.ArrayList<>();
    readings.add(url);
    if (source.url() != null) {
      readings.add(source.url());
    }
    readings.addAll(source.urlCandidates());
    if (source.urlAsPrinted() != null) {
      readings.add(source.urlAsPrinted());
    }
    return readings;
  }

  private static String marks(UrlResult result) {
    if (result == null) {
      return "";
    }
    StringBuilder marks = new StringBuilder();
    if (result.verdict() == Verdict.DEAD) {
      marks.append(" \\[dead link\\]");
    } else if (result.verdict() == Verdict.SOFT_404) {
      marks.append(" \\[soft 404\\]");
    }
    if (result.archive() != null
        && result.archive().found()
        && WebUrl.isLinkable(result.archive().url())) {
      String date = ArchiveDate.display(result.archive().timestamp());
      marks
          .append(" \\[archived")
          .append(date == null ? "" : " " + date)
          .append(": ")
          .append(MarkdownText.autolink(result.archive().url()))
          .append("\\]");
    }
    return marks.toString();
  }
}
