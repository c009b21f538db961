package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Note;

/** Notes whose number the extraction found displaced inside the note's text. */
public final class NumberingDisplaced implements AuditRule {

  @Override
  public String id() {
    return "numbering.displaced";
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "a note whose number was found inside its text, where the PDF's text layer moved it";
  }

  @Override
  public String unavailable(AuditContext context) {
    return context.unnumbered();
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Note note : context.notes()) {
      if (note.numberDisplaced()) {
        findings.add(
            finding(
                note.number(),
                null,
                note.line() > 0 ? note.line() : null,
                "The number "
                    + note.number()
                    + " was printed inside the note's text, not at its start.",
                "Check the PDF: if the number sits inside the text there too, move it to the start of the note."));
      }
    }
    return findings;
  }
}
