package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;

/**
 * A note referenced by more than one marker: one finding per marker after the first, naming where
 * both are. A second marker printed as one beyond doubt is a warning; a weakly printed number that
 * touches the text before it, as superscripts come out of a PDF ("Prospects12", "was 89 to 10.12"),
 * is info, with the reason it may be prose; a number set off by a space ("against. 11 members") is
 * most often a count and is not reported. In the numeric citation style, where brackets cite
 * several numbers at once or several numbers recur ("[3]" ... "[3]"), a bracketed number may recur.
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
    for (int number : context.printedNumbers()) {
      MarkerCandidate first =
          scan.placed(number) != null ? scan.placed(number) : scan.misplaced(number);
      if (first == null) {
        continue;
      }
      for (MarkerCandidate again : scan.of(number)) {
        if (again == first
            || again.form() == MarkerCandidate.Form.BRACKETED && scan.numericStyle()
            || again.form() == MarkerCandidate.Form.SPACED) {
          continue;
        }
        findings.add(
            finding(
                again.strong() ? Severity.WARNING : Severity.INFO,
                number,
                null,
                again.line(),
                "Note "
                    + number
                    + " is referenced again by "
                    + describe(again)
                    + "; the first reference is "
                    + describe(first)
                    + "."
                    + (again.strong() ? "" : doubt(again)),
                "Give the later reference a note of its own (a short form: \"..., cited above (note "
                    + number
                    + ")\"), or remove one of the markers."));
      }
    }
    return findings;
  }
}
