package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.text.ArchiveDate;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftVerdict;
import org.citecheck.verdict.UrlResult;

/**
 * A live page that no longer reads like its snapshot from near the cite date (the archive stage's
 * drift measure): what the author cited may have changed, and the snapshot keeps what was read.
 */
public final class LinkChanged implements AuditRule {

  @Override
  public String id() {
    return "link.changed";
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "a live page that no longer reads like its snapshot from when it was cited";
  }

  @Override
  public String unavailable(AuditContext context) {
    return ReportRules.unavailable(context);
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (UrlResult result : context.results()) {
      ArchiveResult archive = result.archive();
      if (result.drift() == null
          || result.drift().verdict() != DriftVerdict.CHANGED
          || archive == null
          || !archive.found()
          || archive.url() == null) {
        continue;
      }
      String date = ArchiveDate.display(archive.timestamp());
      findings.add(
          finding(
              result.note(),
              result.source(),
              context.lineOf(result.note()),
              result.url()
                  + " has changed since it was cited: it no longer reads like its snapshot"
                  + (date == null ? "" : " of " + date)
                  + ".",
              "Cite the snapshot as well, so readers see what was cited: " + archive.url()));
    }
    return findings;
  }
}
