package org.citecheck.check.outcome;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.citecheck.check.page.PageTitles;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.Verdict;

/**
 * The verdict on one distinct URL, before it is tied to the notes that cite it. This is also what
 * the cache keeps.
 *
 * @param url the URL checked
 * @param verdict the verdict
 * @param reason why, in words
 * @param httpStatus the final status, or null
 * @param finalUrl where the redirects ended, or null when there were none
 * @param redirects the redirect chain
 * @param elapsedMs time the check took
 * @param page the page's titles when it was HTML, or null
 * @param failure the network failure behind the verdict, or null
 * @param checkedAt ISO 8601 instant of the check
 */
@JsonPropertyOrder({
  "url",
  "verdict",
  "reason",
  "httpStatus",
  "finalUrl",
  "redirects",
  "elapsedMs",
  "page",
  "failure",
  "checkedAt"
})
public record UrlOutcome(
    String url,
    Verdict verdict,
    String reason,
    Integer httpStatus,
    String finalUrl,
    List<Redirect> redirects,
    long elapsedMs,
    PageTitles page,
    Failure failure,
    String checkedAt) {

  public UrlOutcome {
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
  }

  public UrlOutcome withVerdict(Verdict newVerdict, String newReason) {
    return new UrlOutcome(
        url,
        newVerdict,
        newReason,
        httpStatus,
        finalUrl,
        redirects,
        elapsedMs,
        page,
        failure,
        checkedAt);
  }

  public UrlOutcome withReason(String newReason) {
    return withVerdict(verdict, newReason);
  }

  /** True for the verdicts that say the cited page is there. */
  public boolean found() {
    return verdict == Verdict.ALIVE || verdict == Verdict.REDIRECTED;
  }
}
