package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;

/**
 * A marker out of the notes' order: a note whose marker the sequence of markers around it cannot
 * place ("³" after "⁴", "accord.12" after "accord.13"): a marker printed as one beyond doubt, or a
 * weakly printed number ("in 2019.12") within two places of where the sequence expects it, as when
 * two markers are swapped (see {@link MarkerScan#misplaced}). A weakly printed number further off
 * is more likely prose, and {@code marker.missing} names it as the possible marker.
 */
public final class MarkerOrder extends MarkerRule {

  @Override
  public String id() {
    return "marker.order";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a marker out of the notes' order in the body";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    MarkerScan scan = context.markers();
    List<Finding> findings = new ArrayList<>();
    for (int number : context.printedNumbers()) {
      MarkerCandidate marker = scan.misplaced(number);
      if (marker == null) {
        continue;
      }
      MarkerCandidate larger = scan.largerBefore(marker);
      MarkerCandidate smaller = scan.smallerAfter(marker);
      String against =
          larger != null
              ? "; it comes after " + describe(larger)
              : smaller != null ? "; it comes before " + describe(smaller) : "";
      findings.add(
          finding(
              number,
              null,
              marker.line(),
              "The " + describe(marker) + " is out of order" + against + ".",
              "Renumber the notes so that their markers run 1, 2, 3... through the body, or move the marker."));
    }
    return findings;
  }
}
