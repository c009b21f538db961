package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;

/** A marker in the body whose number no note has. */
public final class MarkerOrphan extends MarkerRule {

  @Override
  public String id() {
    return "marker.orphan";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a marker in the body for a note that does not exist";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    MarkerScan scan = context.markers();
    List<Finding> findings = new ArrayList<>();
    for (int number : scan.numbers()) {
      if (context.note(number) != null) {
        continue;
      }
      for (MarkerCandidate marker : scan.of(number)) {
        findings.add(finding(number, null, marker.line(),
            "The " + describe(marker) + " references note " + number + ", which is not among the notes.",
            "Add the missing note, or correct or remove the marker."));
      }
    }
    return findings;
  }
}
