package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.AuditRule;
import org.citecheck.audit.Cited;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Source;

/**
 * A source dated, or accessed, after the citing document's own date, at the precision both give:
 * a 2020 report cannot cite a page of March 2021 (unless it was revised, and then its date is).
 */
public final class DateAfterDocument implements AuditRule {

  @Override
  public String id() {
    return "date.after-document";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a source dated or accessed after the document's own date";
  }

  @Override
  public String unavailable(AuditContext context) {
    return documentDate(context) == null ? "the document gives no date of its own" : null;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    DateSpan document = documentDate(context);
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      if (!cited.full()) {
        continue;
      }
      Source source = cited.source();
      DateSpan date = DateSpan.parse(source.date());
      DateSpan accessed = DateSpan.parse(source.accessed());
      String fix = "Check the date; if the document was revised after it was first published, give the"
          + " document the revision's date.";
      if (date != null && document.daysBefore(date) > 0) {
        findings.add(finding(cited.number(), cited.index(), cited.line(),
            "The source is dated " + date.display() + ", after the document itself (" + document.display() + ").",
            fix));
      } else if (accessed != null && document.daysBefore(accessed) > 0) {
        findings.add(finding(cited.number(), cited.index(), cited.line(),
            "The source was accessed " + accessed.display() + ", after the document's own date ("
                + document.display() + ").", fix));
      }
    }
    return findings;
  }

  private static DateSpan documentDate(AuditContext context) {
    DocumentInfo document = context.references().document();
    return document == null ? null : DateSpan.parse(document.date());
  }
}
