package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.PrintedNote;
import org.citecheck.audit.model.Severity;

/**
 * A note that no marker in the body references. The message places the gap between the markers
 * around it, which is where the editor looks for a garbled or forgotten marker. A marker printed
 * clearly but out of sequence is {@code marker.order}'s finding; when only a weakly printed number
 * could be the marker ("…glued to a word…"), or the body kept markers for few notes at all, the
 * finding is info and says so.
 */
public final class MarkerMissing extends MarkerRule {

  @Override
  public String id() {
    return "marker.missing";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a note that no marker in the body references";
  }

  @Override
  public List<Finding> check(AuditContext context) {
    MarkerScan scan = context.markers();
    List<Finding> findings = new ArrayList<>();
    if (scan.isEmpty()) {
      if (!context.notes().isEmpty()) {
        findings.add(
            finding(
                null,
                null,
                null,
                "No note markers were found in the body (superscript digits, or digits after a word or its"
                    + " punctuation).",
                "Check that the text was extracted with its markers (pdftotext keeps superscripts), or check"
                    + " the markers against the notes by hand."));
      }
      return findings;
    }
    int notes = context.printedNumbers().size();
    boolean sparse = scan.chain().size() * 2 < notes;
    for (PrintedNote note : firstOfEach(context)) {
      int number = note.number();
      if (scan.placed(number) != null || scan.misplaced(number) != null) {
        continue;
      }
      MarkerCandidate maybe = scan.of(number).isEmpty() ? null : scan.of(number).get(0);
      MarkerScan.Neighbours around = scan.neighbours(number);
      String message = "No marker in the body references note " + number + place(around) + ".";
      if (maybe != null) {
        message +=
            " The "
                + describe(maybe)
                + " may be it, out of sequence; it is "
                + maybe.form().printed()
                + ".";
      } else if (sparse) {
        message +=
            " Markers were found for only "
                + scan.chain().size()
                + " of the "
                + notes
                + " notes: the"
                + " text may not keep them.";
      }
      findings.add(
          finding(
              maybe == null && !sparse ? Severity.WARNING : Severity.INFO,
              number,
              null,
              note.line() > 0 ? note.line() : null,
              message,
              "Find where note "
                  + number
                  + " is cited"
                  + range(around)
                  + " and print its marker there; in the extracted text it may be garbled into a word."));
    }
    return findings;
  }

  private static List<PrintedNote> firstOfEach(AuditContext context) {
    List<PrintedNote> first = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (PrintedNote note : context.printed()) {
      if (seen.add(note.number())) {
        first.add(note);
      }
    }
    return first;
  }

  private static String place(MarkerScan.Neighbours around) {
    MarkerCandidate below = around.below();
    MarkerCandidate above = around.above();
    if (below != null && above != null) {
      return "; it belongs between " + describe(below) + " and " + describe(above);
    }
    if (below != null) {
      return "; it belongs after " + describe(below);
    }
    return above != null ? "; it belongs before " + describe(above) : "";
  }

  private static String range(MarkerScan.Neighbours around) {
    MarkerCandidate below = around.below();
    MarkerCandidate above = around.above();
    if (below != null && above != null) {
      return below.line() == above.line()
          ? " (line " + below.line() + ")"
          : " (lines " + below.line() + " to " + above.line() + ")";
    }
    if (below != null) {
      return " (after line " + below.line() + ")";
    }
    return above != null ? " (before line " + above.line() + ")" : "";
  }
}
