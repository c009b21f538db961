package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.junit.jupiter.api.Test;

/**
 * Pointers to other notes read from a note's own text, in either direction, and the parser's
 * misreadings that the text settles.
 */
class NotePointersTest {

  private static Note note(int number, String text, Source... sources) {
    return new Note(number, false, false, 100 + number, text, null, List.of(sources));
  }

  private static List<String> xrefs(Note... notes) {
    AuditContext context = context(references(notes));
    return List.of("xref.mismatch", "xref.ambiguous", "xref.missing-target", "xref.forward")
        .stream()
        .flatMap(id -> check(id, context).stream())
        .map(f -> f.rule() + " " + f.note() + ": " + f.message())
        .toList();
  }

  private static Note cites(int number, String author, String title) {
    Source source =
        source()
            .authors(author)
            .title(title)
            .container("Herald")
            .date("2019")
            .text(author + ", \"" + title + "\", Herald, 2019.")
            .build();
    return note(number, source.text(), source);
  }

  @Test
  void readsEveryWordingAndItsDirection() {
    List<String> found =
        NotePointers.in(
                "Doe, Water, see note 3 below; Roe, supra note 2; cited above (note 4); infra n. 9;"
                    + " Lee, discussed below (note 7); see note 5, above")
            .stream()
            .map(p -> p.note() + (p.below() ? " below" : " above"))
            .toList();
    assertEquals(List.of("3 below", "2 above", "4 above", "9 below", "7 below", "5 above"), found);
    assertEquals(List.of(), NotePointers.in("Notes on Water, 2019, p. 12; Noteworthy above all."));
  }

  @Test
  void belowPointingToAnEarlierNoteIsForward() {
    Note pointer =
        note(
            9,
            "Doe, \"Water\", see note 3 below.",
            source()
                .title("Water")
                .text("Doe, \"Water\", see note 3" + " below.")
                .citedAbove(3, null)
                .build());
    assertEquals(
        List.of(
            "xref.forward 9: Refers to note 3 as \"below\" (\"note 3 below\"), but note 3 comes earlier."),
        xrefs(cites(3, "Jane Doe", "Water"), pointer));
    Note laterBelow = note(2, "Doe, \"Water\", see note 3 below.");
    assertEquals(
        List.of(),
        xrefs(laterBelow, cites(3, "Jane Doe", "Water")),
        "below to a later note is right");
    assertEquals(
        List.of(
            "xref.missing-target 2: Refers to note 8 (\"infra note 8\"), but there is no note 8."),
        xrefs(note(2, "See infra note 8."), cites(3, "Jane Doe", "Water")));
  }

  @Test
  void anAboveTheParserDidNotReadIsStillChecked() {
    assertEquals(
        List.of(
            "xref.forward 2: Refers to note 3 as \"above\" (\"note 3, above\"), but note 3 comes later."),
        xrefs(
            cites(1, "Ann Lee", "Courts"),
            note(2, "As in note 3, above, the point stands."),
            cites(3, "Jane Doe", "Water")));
  }

  @Test
  void theNotesTextSettlesWhatTheParserMisread() {
    Note target =
        note(
            1,
            "On this point, see Fatima Kim, \"Courts after the Frozen Pipelines\", Radio Free Europe, 2017.",
            source().title("On this point").container("see Fatima Kim").date("2017").build());
    Source shortForm =
        source()
            .title("Kim")
            .citedAbove(1, null)
            .text("Kim, \"Courts after the Frozen\", cited above" + " (note 1).")
            .build();
    assertEquals(List.of(), xrefs(target, note(2, shortForm.text(), shortForm)));
    Source wrong =
        source()
            .title("Novak")
            .citedAbove(1, null)
            .text("Novak, \"Bridges\", cited above (note 1).")
            .build();
    assertEquals(
        1,
        xrefs(target, note(2, wrong.text(), wrong)).size(),
        "a name the note does not hold is a mismatch");

    Note unparsed =
        note(1, "See, e.g., Transparency International, Language and Railways, August 2021.");
    Source ibid = source().ibid(null, null, true).text("Ibid.").build();
    assertEquals(
        List.of(),
        xrefs(unparsed, note(2, "Ibid.", ibid)),
        "the note cites something the parser missed");
    assertEquals(
        1,
        xrefs(note(1, "The authors thank Anna Novak for her comments."), note(2, "Ibid.", ibid))
            .size());
  }
}
