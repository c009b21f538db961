package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;

/**
 * A marker in the body whose number no note has: above the last note ("accord.32" when the notes
 * end at 31) or between notes where no note has it. A marker printed as one beyond doubt, or
 * exactly where the sequence expects the next number, is a warning; a weakly printed number that
 * the sequence took up but that does not sit between its neighbours is info, with the reason.
 */
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
      if (context.printed(number)) {
        continue;
      }
      for (MarkerCandidate marker : scan.of(number)) {
        boolean fits = scan.sequenceFits(marker);
        if (!marker.strong() && !fits && !scan.isOnChain(marker)) {
          continue;
        }
        boolean sure = marker.strong() || fits;
        String where =
            number > scan.last() ? "the notes end at " + scan.last() : "there is no note " + number;
        findings.add(
            finding(
                sure ? Severity.WARNING : Severity.INFO,
                number,
                null,
                marker.line(),
                "The "
                    + describe(marker)
                    + " references note "
                    + number
                    + ", but "
                    + where
                    + "."
                    + (sure ? "" : doubt(marker)),
                "Add the missing note, or correct or remove the marker."));
      }
    }
    return findings;
  }
}
