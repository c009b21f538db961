package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Source;
import org.citecheck.verdict.UrlResult;

/**
 * Every URL the PDF broke (spaces or line breaks inside it) or printed so that it reads in several
 * ways: printed against repaired, so that the editor fixes the document and the next PDF prints the
 * URL whole. A URL printed without its scheme ("www.osce.org/...") or as a DOI ("doi:10...") is an
 * ordinary way to print it, not damage. With a verification report, says which reading the check
 * settled on.
 */
public final class UrlRepaired implements AuditRule {

  private static final int OTHER_READINGS = 5;

  /** A line break with the spaces around it. */
  private static final Pattern WRAP = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*");

  @Override
  public String id() {
    return "url.repaired";
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "a URL the PDF broke (spaces, line breaks) that the extraction repaired: printed against repaired";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      Source source = cited.source();
      if (!cited.full() || source.url() == null) {
        continue;
      }
      String printed = source.urlAsPrinted();
      boolean broken = printed != null && printed.chars().anyMatch(Character::isWhitespace);
      boolean changed = printed != null && !sameBesidesScheme(printed, source.url());
      List<String> others =
          source.urlCandidates().stream().filter(u -> !sameBesidesScheme(u, source.url())).toList();
      if (!broken && !changed && others.isEmpty()) {
        continue;
      }
      StringBuilder message =
          new StringBuilder(
              broken
                  ? "The PDF broke this URL: printed "
                  : changed ? "The URL is printed as " : "The printed URL reads in several ways: ");
      message
          .append(Describe.printed(printed == null ? source.url() : printed))
          .append(", read as ")
          .append(source.url())
          .append('.');
      if (!others.isEmpty()) {
        message
            .append(others.size() == 1 ? " Another reading: " : " Other readings: ")
            .append(String.join("; ", others.subList(0, Math.min(OTHER_READINGS, others.size()))))
            .append(others.size() > OTHER_READINGS ? "; …" : "")
            .append('.');
      }
      String url = source.url();
      UrlResult result = context.result(cited.number(), cited.index());
      if (result != null && result.url() != null) {
        message.append(
            result.url().equals(url)
                ? " The check found this reading " + result.verdict().id() + "."
                : " The check settled on " + result.url() + " (" + result.verdict().id() + ").");
        url = result.url();
      }
      findings.add(
          finding(
              cited.number(),
              cited.index(),
              cited.line(),
              message.toString(),
              fix(printed, broken, url)));
    }
    return findings;
  }

  /**
   * What to do. A URL broken only where a line ends is the PDF's line wrap: the source most likely
   * prints it whole, so there is nothing to fix there, and the record keeps the repaired URL. A URL
   * with spaces inside a line may be broken in the source too (or the text was extracted with its
   * wraps joined into spaces): check the source. A URL printed otherwise is corrected in the
   * source.
   */
  static String fix(String printed, boolean broken, String url) {
    if (broken && WRAP.matcher(printed).replaceAll("").chars().noneMatch(Character::isWhitespace)) {
      return "Nothing to fix in the source if it prints the URL whole: the break is where the PDF wrapped"
          + " the line. The record keeps the repaired URL: "
          + url;
    }
    if (broken) {
      return "Check the URL in the source document: if it is whole there, the spaces are the PDF's line wraps and"
          + " there is nothing to fix (the record keeps the repaired URL); if not, correct it so that the next PDF"
          + " prints it whole: "
          + url;
    }
    return "Correct the URL in the source document, so that the next PDF prints it whole: " + url;
  }

  /**
   * True when the two differ only by a scheme added ("www.x.org" or http/https) or a DOI's prefix.
   */
  private static boolean sameBesidesScheme(String printed, String url) {
    return bare(printed).equals(bare(url));
  }

  private static String bare(String url) {
    String lower = url.strip();
    for (String prefix :
        List.of(
            "https://doi.org/",
            "http://doi.org/",
            "https://dx.doi.org/",
            "doi:",
            "doi: ",
            "https://",
            "http://")) {
      if (lower.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return lower.substring(prefix.length()).strip();
      }
    }
    return lower;
  }
}
