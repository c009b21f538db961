package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;

/**
 * Note numbers missing from the sequence 1, 2, 3... as printed ({@link AuditContext#printed()}):
 * one finding per run of missing numbers.
 */
public final class NumberingGap implements AuditRule {

  @Override
  public String id() {
    return "numbering.gap";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "a note number missing from the sequence 1, 2, 3... (notes that start after 1 included)";
  }

  @Override
  public String unavailable(AuditContext context) {
    return context.unnumbered();
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Set<Integer> present = context.printedNumbers();
    int last = 0;
    for (int number : present) {
      last = Math.max(last, number);
    }
    List<Finding> findings = new ArrayList<>();
    int n = 1;
    while (n < last) {
      if (present.contains(n)) {
        n++;
        continue;
      }
      int from = n;
      while (!present.contains(n)) {
        n++;
      }
      String missing =
          from == n - 1
              ? "Note " + from + " is missing"
              : "Notes " + from + " to " + (n - 1) + " are missing";
      String where =
          from == 1
              ? "the notes start at " + n
              : "note " + (from - 1) + " is followed by note " + n;
      findings.add(
          finding(
              from,
              null,
              context.lineOf(n),
              missing + ": " + where + ".",
              "Look for the lost note in the PDF (the extraction may have joined it to the note before);"
                  + " if the document really skips the number, renumber the notes and their markers."));
    }
    return findings;
  }
}
