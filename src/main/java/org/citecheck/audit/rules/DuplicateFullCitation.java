package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Source;
import org.citecheck.text.WebUrl;

/**
 * A source cited in full again in a later note: the same URL (tracking parameters, scheme, "www."
 * and a trailing slash aside) or the same authors and title. A later citation that gives only
 * authors, title and pages is already a short form and is left alone.
 */
public final class DuplicateFullCitation implements AuditRule {

  @Override
  public String id() {
    return "duplicate.full-citation";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a source cited in full again in a later note (same URL, or same authors and title)";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Map<String, Cited> byUrl = new HashMap<>();
    Map<String, Cited> byWork = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      if (!cited.full()) {
        continue;
      }
      Source source = cited.source();
      String urlKey = urlKey(source.url());
      String workKey = workKey(source);
      Cited earlier = urlKey == null ? null : byUrl.get(urlKey);
      String same = "the same URL";
      if (earlier == null
          || earlier.number() == cited.number()
          || !sameTitle(earlier.source(), source)) {
        earlier = workKey == null ? null : byWork.get(workKey);
        same = "the same authors and title";
        if (earlier != null && !sameEdition(earlier.source(), source)) {
          earlier = null;
        }
      }
      if (urlKey != null) {
        byUrl.putIfAbsent(urlKey, cited);
      }
      if (workKey != null) {
        byWork.putIfAbsent(workKey, cited);
      }
      if (earlier != null && earlier.number() != cited.number() && inFull(source)) {
        findings.add(
            finding(
                cited.number(),
                cited.index(),
                cited.line(),
                "Cites in full again the source that note "
                    + earlier.number()
                    + " cites in full ("
                    + same
                    + "): "
                    + Describe.source(source)
                    + ".",
                context.unnumbered() != null
                    // A bibliography's entries have no short form: the second entry goes.
                    ? "Merge the two entries (entry "
                        + earlier.number()
                        + " and this one, at line "
                        + cited.line()
                        + ") and cite one key."
                    : "Use the short form: "
                        + ShortForm.of(earlier.source(), earlier.number())
                        + "."));
      }
    }
    return findings;
  }

  /**
   * The URL as a key: host without "www.", port, path without trailing slash, query without
   * tracking.
   */
  static String urlKey(String url) {
    WebUrl parts = WebUrl.parse(url);
    if (parts == null) {
      return null;
    }
    WebUrl clean = TrackingParameters.withoutTracking(parts);
    String path = clean.path().isEmpty() ? "/" : clean.path();
    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return clean.siteHost()
        + ":"
        + clean.effectivePort()
        + path
        + "?"
        + String.join("&", clean.queryParameters());
  }

  /** Authors and title words as a key; null when the title says too little to tell works apart. */
  private static String workKey(Source source) {
    List<String> title = Words.title(source);
    if (title.size() < 2 || source.authors().isEmpty() && title.size() < 4) {
      return null;
    }
    return Words.authorsKey(source.authors()) + "|" + String.join(" ", title);
  }

  /**
   * Two citations of one URL are one source unless both give titles that share under half their
   * words, and neither title stands in the other citation's text.
   */
  private static boolean sameTitle(Source a, Source b) {
    Set<String> first = new HashSet<>(Words.title(a));
    Set<String> second = new HashSet<>(Words.title(b));
    if (first.isEmpty()
        || second.isEmpty()
        || 2 * Words.overlap(first, second) >= Math.min(first.size(), second.size())) {
      return true;
    }
    // A title the parser misread ("On this point", a lead-in) still stands in the other's text.
    return 2 * Words.overlap(second, Words.of(a.text())) >= second.size()
        || 2 * Words.overlap(first, Words.of(b.text())) >= first.size();
  }

  /**
   * Two citations of the same authors and title are one work unless both give a URL and the URLs
   * differ, or both give a date and the years differ: another page, edition or report (two reports
   * of one body whose names the parser took for their title share authors and title).
   */
  private static boolean sameEdition(Source a, Source b) {
    String first = urlKey(a.url());
    String second = urlKey(b.url());
    if (first != null && second != null && !first.equals(second)) {
      return false;
    }
    return a.date() == null
        || b.date() == null
        || a.date().length() < 4
        || b.date().length() < 4
        || a.date().substring(0, 4).equals(b.date().substring(0, 4));
  }

  /** More than a short form's authors, title and pages: a URL, an outlet, a date or a place. */
  private static boolean inFull(Source source) {
    return source.url() != null
        || source.container() != null
        || source.date() != null
        || source.place() != null;
  }
}
