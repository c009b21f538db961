package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Dates;
import org.citecheck.references.Source;

/**
 * A source dated before a day or month its own title names ("interview ..., November 12, 2020"
 * dated 14 October 2020): one of the two is wrong. Only that direction counts: a title naming an
 * earlier date is ordinary (a transcript published later, a report on a past period, a look back).
 * A day of slack allows for time zones; years alone are too coarse to contradict anything.
 */
public final class DateTitleMismatch implements AuditRule {

  @Override
  public String id() {
    return "date.title-mismatch";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a source dated before the day or month its own title names";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      Source source = cited.source();
      DateSpan date = cited.full() && source.title() != null ? DateSpan.parse(source.date()) : null;
      if (date == null) {
        continue;
      }
      DateSpan named = latestNamed(source.title());
      if (named == null || date.daysBefore(named) <= 1) {
        continue;
      }
      boolean days = date.start().equals(date.end()) && named.start().equals(named.end());
      findings.add(
          finding(
              cited.number(),
              cited.index(),
              cited.line(),
              "The title names "
                  + named.display()
                  + ", but the source is dated "
                  + date.display()
                  + (days ? ", " + date.daysBefore(named) + " days before." : ", before it."),
              "Check the source and correct its date or its title."));
    }
    return findings;
  }

  /** The latest date of month or day precision the title names, or null. */
  private static DateSpan latestNamed(String title) {
    DateSpan latest = null;
    for (Dates.Found found : Dates.find(title)) {
      DateSpan span = DateSpan.parse(found.iso());
      if (span != null
          && span.finerThanYear()
          && (latest == null || span.start().isAfter(latest.start()))) {
        latest = span;
      }
    }
    return latest;
  }
}
