package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Source;

/**
 * A PDF whose link annotation over a printed URL points somewhere else than the print says, beyond
 * the line breaks: a shortened print, a stale target, another host. Readers who click and readers
 * who type the URL reach different pages; one of the two is wrong.
 */
public final class UrlLinkTarget implements AuditRule {

  @Override
  public String id() {
    return "url.link-target";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a PDF link whose target differs from the URL printed under it (beyond line breaks)";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      Source source = cited.source();
      if (source.urlTarget() == null || source.url() == null) {
        continue;
      }
      findings.add(
          finding(
              cited.number(),
              cited.index(),
              cited.line(),
              "The URL printed as "
                  + Describe.printed(
                      source.urlAsPrinted() == null ? source.url() : source.urlAsPrinted())
                  + " links to "
                  + source.urlTarget()
                  + ": a reader who clicks and a reader who types it reach"
                  + " different addresses.",
              "Make the link's target and the printed URL the same address (the record keeps the printed "
                  + source.url()
                  + " and lists the target among its readings)."));
    }
    return findings;
  }
}
