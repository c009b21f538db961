package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Note;

/**
 * Notes whose printed number the extraction did not find and took from the sequence; when no note
 * has a printed number, one finding for the list.
 */
public final class NumberingInferred implements AuditRule {

  @Override
  public String id() {
    return "numbering.inferred";
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "a note whose printed number the extraction did not find, numbered from the sequence";
  }

  @Override
  public String unavailable(AuditContext context) {
    return context.unnumbered();
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    if (!context.numbered() && context.notes().size() > 1) {
      findings.add(
          finding(
              null,
              null,
              null,
              "None of the "
                  + context.notes().size()
                  + " notes has a printed number: the list is unnumbered (an"
                  + " author-date reference list), or the extraction could not read its numbers.",
              "Nothing to do for an author-date reference list; otherwise check the notes' numbers in the PDF."));
      return findings;
    }
    for (Note note : context.notes()) {
      if (note.numberInferred()) {
        findings.add(
            finding(
                note.number(),
                null,
                note.line() > 0 ? note.line() : null,
                "The text holds no number for this note; the extraction numbered it "
                    + note.number()
                    + " from the sequence.",
                "Check the PDF: this note should be note "
                    + note.number()
                    + " (a number can be lost from the text when it is an image or in a broken font)."));
      }
    }
    return findings;
  }
}
