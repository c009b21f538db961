package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.markers.MarkerScan;
import org.citecheck.references.Note;

/**
 * A note that no marker in the body references. The message places the gap between the markers
 * around it, which is where the editor looks for a garbled or forgotten marker.
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
        findings.add(finding(null, null, null,
            "No note markers were found in the body (superscript digits, or digits after a word or its"
                + " punctuation).",
            "Check that the text was extracted with its markers (pdftotext keeps superscripts), or check"
                + " the markers against the notes by hand."));
      }
      return findings;
    }
    Set<Integer> done = new HashSet<>();
    for (Note note : context.notes()) {
      if (!done.add(note.number()) || !scan.of(note.number()).isEmpty()) {
        continue;
      }
      MarkerScan.Neighbours around = scan.neighbours(note.number());
      findings.add(finding(note.number(), null, note.line() > 0 ? note.line() : null,
          "No marker in the body references note " + note.number() + place(around) + ".",
          "Find where note " + note.number() + " is cited" + range(around)
              + " and print its marker there; in the extracted text it may be garbled into a word."));
    }
    return findings;
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
      return below.line() == above.line() ? " (line " + below.line() + ")"
          : " (lines " + below.line() + " to " + above.line() + ")";
    }
    if (below != null) {
      return " (after line " + below.line() + ")";
    }
    return above != null ? " (before line " + above.line() + ")" : "";
  }
}
