package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;

/**
 * A note referenced by more than one marker: one finding per marker after the first. A bracketed
 * number ("[3]") may recur: the numeric citation style cites a reference as often as needed.
 */
public final class MarkerRepeated extends MarkerRule {

  @Override
  public String id() {
    return "marker.repeated";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a note referenced by more than one marker in the body";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    MarkerScan scan = context.markers();
    List<Finding> findings = new ArrayList<>();
    for (int number : scan.numbers()) {
      List<MarkerCandidate> markers = scan.of(number);
      if (context.note(number) == null || markers.size() < 2) {
        continue;
      }
      MarkerCandidate first = markers.get(0);
      for (MarkerCandidate again : markers.subList(1, markers.size())) {
        if (again.form() == MarkerCandidate.Form.BRACKETED) {
          continue;
        }
        findings.add(finding(number, null, again.line(),
            "Note " + number + " is referenced again by " + describe(again) + "; the first reference is at line "
                + first.line() + ".",
            "Give the later reference a note of its own (a short form: \"..., cited above (note " + number
                + ")\"), or remove one of the markers."));
      }
    }
    return findings;
  }
}
