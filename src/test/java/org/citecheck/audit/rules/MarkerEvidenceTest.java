package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.junit.jupiter.api.Test;

/**
 * The marker rules on bodies as plain text prints them: each finding says how sure it is. A marker
 * printed as one beyond doubt (superscript, brackets, digits glued to a word's punctuation) makes a
 * warning; a weakly printed number (after a number's full stop, glued to a word) makes one only
 * where the sequence of markers around it expects it, and info with the reason otherwise.
 */
class MarkerEvidenceTest {

  private static ReferenceSet notes(int count) {
    List<Note> notes = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      notes.add(note(i));
    }
    return references(notes.toArray(Note[]::new));
  }

  private static List<String> found(String rule, AuditContext context) {
    return check(rule, context).stream()
        .map(f -> f.severity() + " " + f.note() + " line " + f.line())
        .toList();
  }

  private static final String[] MARKER_RULES = {
    "marker.missing", "marker.orphan", "marker.order", "marker.repeated"
  };

  private static void assertClean(AuditContext context) {
    for (String rule : MARKER_RULES) {
      assertEquals(List.of(), check(rule, context), rule);
    }
  }

  @Test
  void markersGluedToPunctuationRepeatedOutOfOrderOrPastTheLastNote() {
    AuditContext repeated =
        withBody(
            notes(5), "The accord.1 The talks.2\nThe deal.3 The plan.4\nThe accord again.2 End.5");
    assertEquals(List.of("warning 2 line 3"), found("marker.repeated", repeated));
    Finding finding = check("marker.repeated", repeated).get(0);
    assertTrue(
        finding.message().contains("marker 2 at line 3 (\"The accord again.2 End.5\")")
            && finding.message().contains("the first reference is marker 2 at line 1"),
        finding.message());

    AuditContext swapped =
        withBody(notes(5), "The accord.1 The talks.3\nThe deal.2 The plan.4 End.5");
    assertEquals(1, check("marker.order", swapped).size());
    assertEquals(
        List.of(), check("marker.missing", swapped), "an out-of-order marker is not also missing");

    AuditContext orphan = withBody(notes(4), "One.1 Two.2 Three.3 Four.4\nAnd a fifth claim.5");
    assertEquals(List.of("warning 5 line 2"), found("marker.orphan", orphan));
    assertTrue(check("marker.orphan", orphan).get(0).message().endsWith("but the notes end at 4."));
  }

  @Test
  void aWeaklyPrintedNumberCountsWhereTheSequenceExpectsIt() {
    AuditContext inSequence = withBody(notes(4), "One.1 The vote was 118 to 27.2 Three.3 Four.4");
    assertClean(inSequence);
    AuditContext swapped =
        withBody(notes(4), "One.1 It ended in 2019.3 Then it began in 2020.2 Four.4");
    assertEquals(1, check("marker.order", swapped).size(), "swapped next to its place");
    AuditContext orphan = withBody(notes(3), "One.1 Two.2 Three.3\nThe share rose to 27%.4");
    assertEquals(
        List.of("warning 4 line 2"), found("marker.orphan", orphan), "it continues the sequence");
  }

  @Test
  void aWeaklyPrintedRepeatIsInfoAndSaysWhyAndASpacedCountIsNoRepeat() {
    AuditContext glued =
        withBody(notes(4), "Introduction1\nOne.2 Two.3 Three.4\nProspects2\n\nMore text.");
    List<Finding> repeated = check("marker.repeated", glued);
    assertEquals(List.of("info 2 line 3"), found("marker.repeated", glued));
    assertTrue(
        repeated
            .get(0)
            .message()
            .endsWith(
                "It may be prose, not a marker: it is glued to a word, where it may"
                    + " be part of a name."),
        repeated.get(0).message());
    AuditContext spaced =
        withBody(notes(4), "One.1 Two.2 Three.3 Four.4 Then it ended. 2 members voted against.");
    assertEquals(List.of(), check("marker.repeated", spaced));
  }

  @Test
  void aMissingMarkerIsAWarningUnlessAWeakCandidateMayBeIt() {
    AuditContext missing = withBody(notes(4), "One.1 Two.2 Nothing here. Four.4");
    assertEquals(List.of("warning 3 line 103"), found("marker.missing", missing));
    AuditContext maybe =
        withBody(
            notes(6),
            "One.1 Two.2 Nothing here. Four.4 Five.5 Six.6\nLater the share fell to 9.3 Then");
    Finding finding = check("marker.missing", maybe).get(0);
    assertEquals(Severity.INFO, finding.severity());
    assertTrue(
        finding.message().contains("may be it, out of sequence; it is after a number's full stop"),
        finding.message());
  }

  @Test
  void numbersThatAreProseAreNotMarkers() {
    assertClean(
        withBody(notes(3), "One.1 It rose by 12.5\npercent, Two.2 then 2.5 percent. Three.3"));
    assertClean(
        withBody(
            notes(3), "One.1 About 1,960 people.2 Some 25 years. 3 members resigned. Three.3"));
  }

  @Test
  void markerListsAndBracketsBrokenByTheLine() {
    assertClean(withBody(notes(5), "One.1 Two and three.2,3 Four.4, 5 and more."));
    assertClean(withBody(notes(4), "One.¹ Two.²,3 Four.⁴"));
    assertClean(withBody(notes(4), "One [1]. Two and three [2,\n3]. Four [4]."));
    assertClean(withBody(notes(3), "About 1,960 people.1 Then 2,500 more.2 Three.3"));
  }

  @Test
  void aBracketedNumberMayRecurOnlyInTheNumericStyle() {
    AuditContext once =
        withBody(notes(5), "Studies [1], [2] and [3] agree; [4] and [5] do not, as [3] shows.");
    assertEquals(
        List.of("warning 3 line 1"),
        found("marker.repeated", once),
        "a body that cites each note once");
    AuditContext numeric =
        withBody(notes(5), "Studies [1], [2] and [3] agree [1]; [4] and [5] do not [2].");
    assertEquals(
        List.of(),
        check("marker.repeated", numeric),
        "several recurring numbers: the numeric style");
  }
}
