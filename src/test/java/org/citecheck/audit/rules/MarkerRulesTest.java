package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.rule;
import static org.citecheck.audit.AuditFixture.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.ReferenceSet;
import org.junit.jupiter.api.Test;

class MarkerRulesTest {

  private static final ReferenceSet FIVE = references(note(1), note(2), note(3), note(4), note(5));

  @Test
  void everyNoteReferencedOnceInOrderHasNoFindings() {
    AuditContext context =
        withBody(
            FIVE, "Intro¹\nThe leaders.2 He said \"no.\"3\nOn 9 November 2020, fighting.⁴ End.⁵");
    for (String id :
        List.of("marker.missing", "marker.orphan", "marker.order", "marker.repeated")) {
      assertEquals(List.of(), check(id, context), id);
    }
  }

  @Test
  void aNoteWithoutMarkerIsPlacedBetweenItsNeighbours() {
    AuditContext context =
        withBody(
            FIVE, "Intro¹\nThe leaders.2\nText.3\nOn 10 October. Haussia had been left.\nEnd.⁵");
    List<Finding> missing = check("marker.missing", context);
    assertEquals(1, missing.size());
    Finding finding = missing.get(0);
    assertEquals(4, finding.note());
    assertEquals(104, finding.line(), "the note's own line");
    assertTrue(
        finding
            .message()
            .contains("between marker 3 at line 3 (\"Text.3\") and marker 5 at line 5"),
        finding.message());
    assertTrue(finding.fix().contains("(lines 3 to 5)"), finding.fix());
  }

  @Test
  void aBodyWithoutAnyMarkerIsOneFinding() {
    List<Finding> missing =
        check("marker.missing", withBody(FIVE, "A body with no markers at all, since 2020."));
    assertEquals(1, missing.size());
    assertNull(missing.get(0).note());
  }

  @Test
  void aMarkerForANoteThatDoesNotExist() {
    List<Finding> orphans =
        check("marker.orphan", withBody(references(note(1), note(2)), "One.¹ Two.² Seven.⁷"));
    assertEquals(1, orphans.size());
    assertEquals(7, orphans.get(0).note());
    assertEquals(1, orphans.get(0).line());
  }

  @Test
  void aMarkerOutOfOrderNamesTheMarkerItFollows() {
    AuditContext context = withBody(FIVE, "One.¹\nTwo.²\nFour.⁴\nThree.³\nFive.⁵");
    List<Finding> order = check("marker.order", context);
    assertEquals(1, order.size(), order.toString());
    Finding finding = order.get(0);
    assertTrue(
        finding.message().contains("out of order; it comes")
            && (finding.note() == 3 || finding.note() == 4),
        finding.message());
    assertEquals(List.of(), check("marker.missing", context));
    assertEquals(List.of(), check("marker.repeated", context));
  }

  @Test
  void aNoteReferencedTwice() {
    AuditContext context = withBody(FIVE, "One.¹ Two.² Three.³\nFour.⁴ Two again.² Five.⁵");
    List<Finding> repeated = check("marker.repeated", context);
    assertEquals(1, repeated.size());
    assertEquals(2, repeated.get(0).note());
    assertEquals(2, repeated.get(0).line());
    assertTrue(
        repeated
                .get(0)
                .message()
                .contains("referenced again by marker 2 at line 2 (\"Four.⁴ Two again.²")
            && repeated
                .get(0)
                .message()
                .contains("the first reference is marker 2 at line 1 (\"One.¹ Two.²"),
        repeated.get(0).message());
    assertEquals(List.of(), check("marker.order", context), "a repeat is not also out of order");
  }

  @Test
  void aBracketedCitationMayBeRepeated() {
    AuditContext context =
        withBody(FIVE, "Studies [1], [2] and [3] agree [1]; [4] and [5] do not [2].");
    assertEquals(List.of(), check("marker.repeated", context));
    assertEquals(List.of(), check("marker.order", context));
    assertEquals(List.of(), check("marker.missing", context));
  }

  @Test
  void anUnnumberedReferenceListHasNoMarkersToCheck() {
    AuditContext context =
        withBody(
            references(note(1, true, false), note(2, true, false)),
            "This paper reviews the literature (Smith, 2019; World Bank, 2021).");
    assertEquals(
        "the notes are an unnumbered reference list: author-date citations have no note markers",
        rule("marker.missing").unavailable(context));
    List<Finding> inferred = check("numbering.inferred", context);
    assertEquals(1, inferred.size());
    assertNull(inferred.get(0).note());
    assertTrue(inferred.get(0).message().startsWith("None of the 2 notes has a printed number"));
  }

  @Test
  void withoutBodyTheMarkerRulesDoNotRun() {
    AuditContext context = context(FIVE);
    for (String id :
        List.of("marker.missing", "marker.orphan", "marker.order", "marker.repeated")) {
      assertEquals("test input holds no body", rule(id).unavailable(context), id);
    }
  }
}
