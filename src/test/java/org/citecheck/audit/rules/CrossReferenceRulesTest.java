package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.junit.jupiter.api.Test;

class CrossReferenceRulesTest {

  private static final List<String> RULES =
      List.of("xref.mismatch", "xref.ambiguous", "xref.missing-target", "xref.forward");

  private static final Source LAVROV =
      source()
          .kind(org.citecheck.references.SourceKind.OFFICIAL_DOCUMENT)
          .title(
              "Foreign Minister Sergey Lavrov's interview with Russian media, Moscow, November 12, 2020")
          .container("Ministry of Foreign Affairs")
          .date("2020-11-12")
          .url("https://mid.example/4381977")
          .build();

  private static final Source REMLER =
      source()
          .authors("Philip Remler")
          .title("Chained to the Caucasus")
          .container("IPI")
          .date("2016")
          .build();

  private static final Source REGNUM =
      source()
          .title("Lavrov called for Russian peacekeepers")
          .container("Regnum.ru")
          .date("2020-10-14")
          .build();

  private static Source shortForm(String title, Integer note) {
    return source()
        .title(title)
        .citedAbove(note, null)
        .text(title + ", cited above (note " + note + ").")
        .build();
  }

  /** Every finding of the four xref rules, as "rule note: message". */
  private static List<String> findings(Note... notes) {
    AuditContext context = context(references(notes));
    return RULES.stream()
        .flatMap(id -> check(id, context).stream())
        .map(f -> f.rule() + " " + f.note() + ": " + f.message())
        .toList();
  }

  @Test
  void aShortFormMatchingItsNoteHasNoFinding() {
    assertEquals(
        List.of(),
        findings(
            note(1, REGNUM, LAVROV),
            note(2, shortForm("Lavrov 12 November 2020 press conference", 1))));
  }

  @Test
  void aShortFormWhoseNoteCitesSomethingElseIsAMismatchAndTheRightNoteIsSuggested() {
    AuditContext context =
        context(
            references(
                note(1, REMLER),
                note(2, LAVROV),
                note(3, shortForm("Lavrov 12 November 2020 press conference", 1))));
    List<Finding> mismatch = check("xref.mismatch", context);
    assertEquals(1, mismatch.size());
    Finding finding = mismatch.get(0);
    assertEquals(3, finding.note());
    assertEquals(0, finding.source());
    assertTrue(
        finding
            .message()
            .contains(
                "but no author or title in note 1 matches it (it cites \"Chained to the Caucasus\")"),
        finding.message());
    assertTrue(finding.fix().endsWith("in full: refer to note 2."), finding.fix());
  }

  @Test
  void aBareNoteReferenceNamesNothingToCompare() {
    Source bare = source().citedAbove(1, null).text("See note 1 above.").build();
    assertEquals(List.of(), findings(note(1, REMLER, REGNUM), note(2, bare)));
  }

  @Test
  void aShortFormThatFitsTwoSourcesEquallyIsAmbiguous() {
    Source first = source().authors("Jane Doe").title("Borders").date("2019").build();
    Source second = source().authors("Jane Doe").title("Ceasefires").date("2020").build();
    List<String> found = findings(note(1, first, second), note(2, shortForm("Doe", 1)));
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.get(0).startsWith("xref.ambiguous 2: Refers to note 1, where 2 sources match"),
        found.get(0));
  }

  @Test
  void citedAboveWithoutANoteNumberIsAmbiguous() {
    Source vague =
        source()
            .title("Chained to the Caucasus")
            .citedAbove(null, null)
            .text("Remler, cited above.")
            .build();
    List<String> found = findings(note(1, REMLER), note(2, vague));
    assertEquals(List.of("xref.ambiguous 2: \"cited above\" does not say in which note."), found);
  }

  @Test
  void aTargetThatDoesNotExistOrComesLater() {
    List<String> found =
        findings(
            note(1, REMLER),
            note(2, shortForm("Chained to the Caucasus", 9)),
            note(3, shortForm("Chained to the Caucasus", 4)),
            note(4, REGNUM),
            note(5, shortForm("Borders", 5)));
    assertEquals(
        List.of(
            "xref.missing-target 2: Refers to note 9, but there is no note 9.",
            "xref.forward 3: Refers to note 4 as \"cited above\", but note 4 comes later.",
            "xref.forward 5: Refers to its own note (5) as \"cited above\"."),
        found);
    AuditContext context =
        context(references(note(1, REMLER), note(2, shortForm("Chained to the Caucasus", 9))));
    assertEquals(
        "Note 1 cites \"Chained to the Caucasus\" in full: refer to note 1.",
        check("xref.missing-target", context).get(0).fix());
  }

  @Test
  void ibidAfterANoteWithSeveralSourcesIsAmbiguousAndAtTheStartPointsToNothing() {
    Source ibid = source().ibid(null, null, true).text("Ibid.").build();
    List<String> found =
        findings(
            note(1, ibid),
            note(2, REMLER, REGNUM),
            note(3, ibid),
            note(4, source().ibid(2, 0, false).text("Ibid., p. 4.").build()));
    assertEquals(
        List.of(
            "xref.ambiguous 3: \"Ibid.\" follows note 2, which cites 2 sources: it cannot be told which one is meant.",
            "xref.missing-target 1: \"Ibid.\" opens the first note: there is no earlier source."),
        found);
  }

  @Test
  void opCitWithoutAnEarlierWorkByTheAuthor() {
    Source opCit = source().authors("Smith").opCit(true).text("Smith, op. cit., p. 3.").build();
    assertEquals(
        List.of("xref.missing-target 2: \"op. cit.\" names no earlier source by Smith."),
        findings(note(1, REMLER), note(2, opCit)));
  }

  @Test
  void opCitWithoutAnAuthorSaysSoInsteadOfNamingNobody() {
    Source opCit = source().opCit(true).text("Op. cit., 15.").build();
    assertEquals(
        List.of(
            "xref.missing-target 2: \"op. cit.\" names no author, so no earlier source can be told."),
        findings(note(1, REMLER), note(2, opCit)));
  }
}
