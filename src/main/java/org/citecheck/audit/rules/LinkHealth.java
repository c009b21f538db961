package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.ArchiveDate;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * The link rules: each reports the verification results of one verdict, with the fix that verdict
 * calls for and, where the archive stage found one, the snapshot to cite. A redirect that only
 * upgrades to https or drops tracking parameters is left to url.insecure and url.tracking.
 */
public final class LinkHealth implements AuditRule {

  private final Verdict verdict;
  private final Severity severity;
  private final String description;

  private LinkHealth(Verdict verdict, Severity severity, String description) {
    this.verdict = verdict;
    this.severity = severity;
    this.description = description;
  }

  /** One rule per verdict that calls for an editor's attention, in the vocabulary's order. */
  public static List<LinkHealth> all() {
    return List.of(
        new LinkHealth(
            Verdict.REDIRECTED,
            Severity.WARNING,
            "a link that moved permanently: the new URL to cite"),
        new LinkHealth(
            Verdict.SOFT_404, Severity.ERROR, "a link whose page answers as a \"not found\" page"),
        new LinkHealth(Verdict.DEAD, Severity.ERROR, "a dead link (404, 410, no such host)"),
        new LinkHealth(
            Verdict.BLOCKED,
            Severity.WARNING,
            "a link whose server refused the check: to check by hand"),
        new LinkHealth(
            Verdict.UNREACHABLE,
            Severity.WARNING,
            "a link that could not be reached (timeouts, errors)"),
        new LinkHealth(
            Verdict.INVALID, Severity.ERROR, "a cited URL that is not a valid web address"));
  }

  @Override
  public String id() {
    return "link." + verdict.id();
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String unavailable(AuditContext context) {
    return ReportRules.unavailable(context);
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (UrlResult result : context.results()) {
      if (result.verdict() != verdict || verdict == Verdict.REDIRECTED && onlyCleaned(result)) {
        continue;
      }
      findings.add(
          finding(
              result.note(),
              result.source(),
              context.lineOf(result.note()),
              message(result),
              fix(result)));
    }
    return findings;
  }

  private String message(UrlResult result) {
    String url = result.url();
    String reason =
        result.reason() == null || result.reason().isBlank() ? "" : ": " + result.reason();
    return switch (verdict) {
      case REDIRECTED ->
          url
              + " has moved permanently"
              + (result.finalUrl() == null ? reason : " to " + result.finalUrl())
              + ".";
      case SOFT_404 -> url + " answers with a page that says it is not found" + reason + ".";
      case DEAD ->
          url
              + " is dead"
              + reason
              + (Boolean.TRUE.equals(result.confirmed())
                  ? " (confirmed by two checks a day apart)."
                  : ".");
      case BLOCKED ->
          url + " refused the check" + reason + "; whether it still works is not known.";
      case UNREACHABLE -> url + " could not be reached" + reason + ".";
      default -> url + " is not a valid web address" + reason + ".";
    };
  }

  private String fix(UrlResult result) {
    ArchiveResult archive = result.archive();
    boolean found = archive != null && archive.found() && archive.url() != null;
    String snapshot = found ? "the archived snapshot " + archive.url() + captured(archive) : null;
    return switch (verdict) {
      case REDIRECTED ->
          (result.finalUrl() == null
                  ? "Cite the page's new URL"
                  : "Cite the new URL: " + result.finalUrl())
              + (found ? "; or " + snapshot : "")
              + ".";
      case SOFT_404, DEAD ->
          found
              ? "Cite " + snapshot + "."
              : archive == null
                  ? "Find where the page moved, or its snapshot (citecheck check with archive lookups finds one)."
                  : "No archived snapshot was found: find where the page moved, or another copy of it.";
      case BLOCKED ->
          "Open the URL in a browser to check it by hand"
              + (found ? "; a snapshot to cite: " + snapshot : "")
              + ".";
      case UNREACHABLE ->
          "Check again later, or open the URL by hand"
              + (found ? "; a snapshot to cite: " + snapshot : "")
              + ".";
      default -> "Correct the URL in the note.";
    };
  }

  private static String captured(ArchiveResult archive) {
    String date = ArchiveDate.display(archive.timestamp());
    return date == null ? "" : " (captured " + date + ")";
  }

  /** True when the link only moved to https, or to itself without tracking parameters. */
  private static boolean onlyCleaned(UrlResult result) {
    WebUrl cited = WebUrl.parse(result.url());
    WebUrl end = WebUrl.parse(result.finalUrl());
    return cited != null
        && end != null
        && (end.sameResource(cited) || end.sameResource(TrackingParameters.withoutTracking(cited)));
  }
}
