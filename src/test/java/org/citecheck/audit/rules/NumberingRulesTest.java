package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.junit.jupiter.api.Test;

class NumberingRulesTest {

  private static final AuditContext CLEAN = context(references(note(1), note(2), note(3)));

  @Test
  void gapsAreReportedOncePerRunOfMissingNumbers() {
    AuditContext context = context(references(note(1), note(2), note(5), note(6), note(8)));
    List<Finding> gaps = check("numbering.gap", context);
    assertEquals(2, gaps.size());
    assertEquals("Notes 3 to 4 are missing: note 2 is followed by note 5.", gaps.get(0).message());
    assertEquals(3, gaps.get(0).note());
    assertEquals(105, gaps.get(0).line(), "the line of the note after the gap");
    assertEquals("Note 7 is missing: note 6 is followed by note 8.", gaps.get(1).message());
    assertEquals(Severity.ERROR, gaps.get(0).severity());
  }

  @Test
  void notesThatStartLateAreAGap() {
    List<Finding> gaps = check("numbering.gap", context(references(note(3), note(4))));
    assertEquals(
        List.of("Notes 1 to 2 are missing: the notes start at 3."),
        gaps.stream().map(Finding::message).toList());
  }

  @Test
  void duplicatesNameBothLines() {
    AuditContext context = context(references(note(1), note(2), note(2), note(3)));
    List<Finding> duplicates = check("numbering.duplicate", context);
    assertEquals(1, duplicates.size());
    assertEquals("Two notes are numbered 2 (lines 102 and 102).", duplicates.get(0).message());
    assertTrue(
        check("numbering.order", context).isEmpty(), "a repeated number is not also out of order");
  }

  @Test
  void aNoteNumberedBelowItsPredecessorIsOutOfOrder() {
    AuditContext context = context(references(note(1), note(3), note(2), note(4)));
    List<Finding> order = check("numbering.order", context);
    assertEquals(1, order.size());
    assertEquals(2, order.get(0).note());
    assertTrue(
        order.get(0).message().startsWith("Note 2 (line 102) comes after note 3"),
        order.get(0).message());
    assertTrue(check("numbering.gap", context).isEmpty());
  }

  @Test
  void inferredAndDisplacedNumbersAskForTheTextToBeChecked() {
    AuditContext context = context(references(note(1), note(2, true, false), note(3, false, true)));
    List<Finding> inferred = check("numbering.inferred", context);
    assertEquals(1, inferred.size());
    assertEquals(2, inferred.get(0).note());
    assertEquals(Severity.INFO, inferred.get(0).severity());
    assertTrue(inferred.get(0).fix().startsWith("Check the PDF"), inferred.get(0).fix());
    List<Finding> displaced = check("numbering.displaced", context);
    assertEquals(1, displaced.size());
    assertEquals(3, displaced.get(0).note());
  }

  @Test
  void cleanNumberingHasNoFindings() {
    for (String rule :
        List.of(
            "numbering.gap",
            "numbering.duplicate",
            "numbering.order",
            "numbering.inferred",
            "numbering.displaced")) {
      assertEquals(List.of(), check(rule, CLEAN), rule);
    }
  }
}
