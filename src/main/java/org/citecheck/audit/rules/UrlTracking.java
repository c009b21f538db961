package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.UrlResult;

/**
 * A URL with tracking parameters (fbclid, gclid, utm_*...): suggests the clean URL, and says
 * whether the verification report shows that the clean URL serves the same page: the tracked URL
 * redirected to it, or the clean URL, cited elsewhere, ended at the same page. Without such
 * evidence it says so: removing a parameter is safe for these names, but not proven.
 */
public final class UrlTracking implements AuditRule {

  @Override
  public String id() {
    return "url.tracking";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a URL with tracking parameters (fbclid, gclid, utm_*, mc_*, igshid...): the clean URL to cite";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      String url = cited.source().url();
      List<String> names = cited.full() ? TrackingParameters.in(url) : List.of();
      if (names.isEmpty()) {
        continue;
      }
      String clean = TrackingParameters.strip(url);
      String parameters =
          names.size() == 1
              ? "a tracking parameter (" + names.get(0) + "), which identifies"
              : "tracking parameters (" + String.join(", ", names) + "), which identify";
      findings.add(
          finding(
              cited.number(),
              cited.index(),
              cited.line(),
              "The URL carries "
                  + parameters
                  + " who shared the link, not the page. "
                  + evidence(context, cited, clean),
              "Cite the clean URL: " + clean));
    }
    return findings;
  }

  private static String evidence(AuditContext context, Cited cited, String clean) {
    if (context.report() == null) {
      return "Not confirmed that the clean URL serves the same page: no verification report was given.";
    }
    UrlResult result = context.result(cited.number(), cited.index());
    if (result == null) {
      return "Not confirmed that the clean URL serves the same page: the verification report has no result for it.";
    }
    WebUrl target = WebUrl.parse(clean);
    for (String hop : Landing.after(result)) {
      if (target.sameResource(WebUrl.parse(hop))) {
        return "Confirmed by the verification report: the tracked URL redirects to the clean URL.";
      }
    }
    for (UrlResult other : context.results()) {
      if (other != result
          && target.sameResource(WebUrl.parse(other.url()))
          && Landing.served(other)
          && Landing.served(result)
          && sameLanding(result, other)) {
        return "Confirmed by the verification report: the clean URL, cited in note "
            + other.note()
            + ", ends at the same page.";
      }
    }
    if (!Landing.served(result)) {
      return "Not confirmed that the clean URL serves the same page: the tracked URL itself is "
          + result.verdict().id()
          + ".";
    }
    return "Not confirmed that the clean URL serves the same page: the tracked URL did not redirect to it,"
        + " and the clean URL was not checked.";
  }

  private static boolean sameLanding(UrlResult a, UrlResult b) {
    WebUrl endA = Landing.end(a);
    if (endA != null && endA.sameResource(Landing.end(b))) {
      return true;
    }
    String liveA = a.title() == null ? null : a.title().live();
    String liveB = b.title() == null ? null : b.title().live();
    return liveA != null && !liveA.isBlank() && Objects.equals(liveA, liveB);
  }
}
