package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Cited;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Note;

/**
 * The cross-reference rules: each reports the cross-references that {@link CrossReferenceCheck}
 * finds with one problem. One class, four rules, because the four share one analysis.
 */
public final class CrossReferenceRule implements AuditRule {

  private final String id;
  private final Severity severity;
  private final CrossReferenceCheck.Problem problem;
  private final String description;

  private CrossReferenceRule(
      String id, Severity severity, CrossReferenceCheck.Problem problem, String description) {
    this.id = id;
    this.severity = severity;
    this.problem = problem;
    this.description = description;
  }

  public static CrossReferenceRule mismatch() {
    return new CrossReferenceRule(
        "xref.mismatch",
        Severity.ERROR,
        CrossReferenceCheck.Problem.MISMATCH,
        "a \"cited above (note N)\" whose note cites nothing with an author or title word of the short form");
  }

  public static CrossReferenceRule ambiguous() {
    return new CrossReferenceRule(
        "xref.ambiguous",
        Severity.WARNING,
        CrossReferenceCheck.Problem.AMBIGUOUS,
        "a cross-reference that fits several sources equally, or a \"cited above\" without a note number");
  }

  public static CrossReferenceRule missingTarget() {
    return new CrossReferenceRule(
        "xref.missing-target",
        Severity.ERROR,
        CrossReferenceCheck.Problem.MISSING_TARGET,
        "a cross-reference to a note that does not exist, or an \"Ibid.\" or \"op. cit.\" with nothing to point to");
  }

  public static CrossReferenceRule forward() {
    return new CrossReferenceRule(
        "xref.forward",
        Severity.ERROR,
        CrossReferenceCheck.Problem.FORWARD,
        "a \"cited above\" that points to its own note or a later one, or a \"below\" that points to an earlier one");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Cited cited : context.cited()) {
      if (cited.full()) {
        continue;
      }
      CrossReferenceCheck.Outcome outcome = CrossReferenceCheck.of(cited, context);
      if (outcome.problem() == problem) {
        findings.add(
            finding(cited.number(), cited.index(), cited.line(), outcome.message(), outcome.fix()));
      }
    }
    if (problem == CrossReferenceCheck.Problem.FORWARD
        || problem == CrossReferenceCheck.Problem.MISSING_TARGET) {
      for (Note note : context.notes()) {
        for (CrossReferenceCheck.Located located : CrossReferenceCheck.pointers(note, context)) {
          if (located.outcome().problem() == problem) {
            findings.add(
                finding(
                    note.number(),
                    located.source(),
                    note.line() > 0 ? note.line() : null,
                    located.outcome().message(),
                    located.outcome().fix()));
          }
        }
      }
    }
    return findings;
  }
}
