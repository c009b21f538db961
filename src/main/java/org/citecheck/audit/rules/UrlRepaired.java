package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.AuditRule;
import org.citecheck.audit.Cited;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.references.Source;
import org.citecheck.verdict.UrlResult;

/**
 * Every URL the extractor had to repair (spaces or line breaks inside it, a scheme missing or
 * broken) or could read in several ways: printed against repaired, so that the editor fixes the
 * document and the next PDF prints the URL whole. With a verification report, says which reading
 * the check settled on.
 */
public final class UrlRepaired implements AuditRule {

  private static final int OTHER_READINGS = 5;

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
    return "a URL the PDF broke (spaces, line breaks, scheme) that the extraction repaired: printed against repaired";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      Source source = cited.source();
      if (!cited.full() || source.url() == null || !source.urlRepaired() && source.urlCandidates().size() < 2) {
        continue;
      }
      StringBuilder message = new StringBuilder(how(source));
      List<String> others = source.urlCandidates().stream().filter(u -> !u.equals(source.url())).toList();
      if (!others.isEmpty()) {
        message.append(others.size() == 1 ? " Another reading: " : " Other readings: ")
            .append(String.join("; ", others.subList(0, Math.min(OTHER_READINGS, others.size()))))
            .append(others.size() > OTHER_READINGS ? "; …" : "").append('.');
      }
      String url = source.url();
      UrlResult result = context.result(cited.number(), cited.index());
      if (result != null && result.url() != null) {
        message.append(result.url().equals(url) ? " The check found this reading " + result.verdict().id() + "."
            : " The check settled on " + result.url() + " (" + result.verdict().id() + ").");
        url = result.url();
      }
      findings.add(finding(cited.number(), cited.index(), cited.line(), message.toString(),
          "Correct the URL in the source document, so that the next PDF prints it whole: " + url));
    }
    return findings;
  }

  private static String how(Source source) {
    String printed = source.urlAsPrinted();
    if (printed == null || printed.equals(source.url())) {
      return "The printed URL can be read in several ways; the extraction chose " + source.url() + ".";
    }
    String read = ", read as " + source.url() + ".";
    if (printed.chars().anyMatch(Character::isWhitespace)) {
      return "The PDF broke this URL: printed " + Describe.printed(printed) + read;
    }
    if (!printed.contains("://")) {
      return "The URL is printed without its scheme: " + Describe.printed(printed) + read;
    }
    return "The URL is printed as " + Describe.printed(printed) + read;
  }
}
