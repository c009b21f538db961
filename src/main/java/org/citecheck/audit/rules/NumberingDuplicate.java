package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.AuditRule;
import org.citecheck.audit.Finding;
import org.citecheck.audit.Severity;
import org.citecheck.references.Note;

/** Two or more notes with the same number: one finding per note after the first. */
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
  public List<Finding> check(AuditContext context) {
    Map<Integer, Note> first = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Note note : context.notes()) {
      Note earlier = first.putIfAbsent(note.number(), note);
      if (earlier != null) {
        findings.add(finding(note.number(), null, note.line() > 0 ? note.line() : null,
            "Two notes are numbered " + note.number() + " (lines " + earlier.line() + " and " + note.line() + ").",
            "Renumber the notes, and their markers in the body, so that each number is used once."));
      }
    }
    return findings;
  }
}
