package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.UrlResult;

/**
 * An http:// link whose server sends the reader to https:// for the same host, path and query (as
 * the verification report's redirects show): the https URL is the one to cite. Without that
 * evidence nothing is said, since many sites serve http only.
 */
public final class UrlInsecure implements AuditRule {

  @Override
  public String id() {
    return "url.insecure";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "an http:// link that the server redirects to the same page over https://";
  }

  @Override
  public String unavailable(AuditContext context) {
    return ReportRules.unavailable(context);
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      WebUrl url = cited.full() ? WebUrl.parse(cited.source().url()) : null;
      UrlResult result =
          url == null || url.secure() ? null : context.result(cited.number(), cited.index());
      if (result == null
          || !Landing.served(result)
          || !url.sameResource(WebUrl.parse(result.url()))) {
        continue;
      }
      WebUrl clean = TrackingParameters.withoutTracking(url);
      for (String hop : Landing.after(result)) {
        WebUrl parts = WebUrl.parse(hop);
        if (parts != null
            && parts.secure()
            && (parts.sameResource(url) || parts.sameResource(clean))) {
          findings.add(
              finding(
                  cited.number(),
                  cited.index(),
                  cited.line(),
                  "The link uses http://, and its server redirects it to the same page over https:// ("
                      + hop
                      + ", verification report).",
                  "Cite the https URL: " + hop));
          break;
        }
      }
    }
    return findings;
  }
}
