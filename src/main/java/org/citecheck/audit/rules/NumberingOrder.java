package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.PrintedNote;
import org.citecheck.audit.model.Severity;

/**
 * A note whose number is lower than the note printed before it. A number used twice is {@code
 * numbering.duplicate}'s finding, not this one's. Reads the numbers as printed ({@link
 * AuditContext#printed()}): note 13 printed after note 14 is text of note 14 to extraction.
 */
public final class NumberingOrder implements AuditRule {

  @Override
  public String id() {
    return "numbering.order";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "a note numbered lower than the note printed before it";
  }

  @Override
  public String unavailable(AuditContext context) {
    return context.unnumbered();
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    PrintedNote previous = null;
    for (PrintedNote note : context.printed()) {
      boolean repeated = !seen.add(note.number());
      if (previous != null && note.number() < previous.number() && !repeated) {
        findings.add(
            finding(
                note.number(),
                null,
                note.line() > 0 ? note.line() : null,
                "Note "
                    + note.number()
                    + " (line "
                    + note.line()
                    + ") comes after note "
                    + previous.number()
                    + " (line "
                    + previous.line()
                    + ").",
                "Put the notes in the order of their numbers, or renumber them and their markers."));
      }
      previous = note;
    }
    return findings;
  }
}
