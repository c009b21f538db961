package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.PrintedNote;
import org.citecheck.audit.model.Severity;

/**
 * Two or more notes printed with the same number: one finding per note after the first, naming the
 * lines of both. Reads the numbers as printed ({@link AuditContext#printed()}), so a second note 14
 * that extraction joined to the first is found too.
 */
public final class NumberingDuplicate implements AuditRule {

  @Override
  public String id() {
    return "numbering.duplicate";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "two notes with the same number";
  }

  @Override
  public String unavailable(AuditContext context) {
    return context.unnumbered();
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Map<Integer, PrintedNote> first = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (PrintedNote note : context.printed()) {
      PrintedNote earlier = first.putIfAbsent(note.number(), note);
      if (earlier != null) {
        findings.add(
            finding(
                note.number(),
                null,
                note.line() > 0 ? note.line() : null,
                "Two notes are numbered "
                    + note.number()
                    + " (lines "
                    + earlier.line()
                    + " and "
                    + note.line()
                    + ").",
                "Renumber the notes, and their markers in the body, so that each number is used once."));
      }
    }
    return findings;
  }
}
