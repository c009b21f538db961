package org.citecheck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How strongly an unnumbered line reads as the start of a new note, given the line before it. The
 * score only ranks lines, so most rows compare two readings: the line that a reader would take as a
 * new note must score higher than the one that continues the previous note.
 */
class NoteStartScoreTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // what the previous line ends with
        "after a full stop                  | Ends here.                    | Next note starts | 3",
        "after a closing quote              | He said \"no.\"               | Next note starts | 3",
        "after a question mark in brackets  | Did it (really?)              | Next note starts | 3",
        "after a comma                      | London,                       | Next note starts | -2",
        "after a hyphen that broke a word   | the cease-                    | Fire held        | -3",
        "after an unfinished URL            | https://example.org/a/        | Next note starts | -2",
        "after a word that cannot end       | see the report of             | Next note starts | -3",
        "after 'cf.'                        | Ends here, cf.                | Next note starts | 1",
        "after any other word               | Published by Routledge        | Next note starts | -1",
        "the first line of the notes        | -                             | Next note starts | 1",
        // how the line itself starts
        "a lower-case start continues       | Ends here.                    | and then more    | -2",
        "a quote starts a title             | Ends here.                    | \"Title\", Site    | 3",
        "a bracket starts                   | Ends here.                    | (TR) Title       | 3",
        "a digit is neutral                 | Ends here.                    | 2020 was a year  | 2",
        "an empty body is no note           | Ends here.                    | ''               | -10",
      })
  void scoresAgainstThePreviousLine(String what, String previous, String line, int score) {
    assertEquals(score, NoteStartScore.score(previous, body(line, false), false), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a full stop beats a comma          | Ends here.     | London,          | Next note starts",
        "a full stop beats a hyphen         | Ends here.     | the cease-       | Next note starts",
        "a full stop beats an open word     | Ends here.     | see the report of | Next note starts",
        "a comma is worse than a bare word  | Routledge      | London,          | Next note starts",
      })
  void aSentenceEndRanksAboveAnOpenEnd(String what, String better, String worse, String line) {
    assertTrue(
        NoteStartScore.score(better, body(line, false), false)
            > NoteStartScore.score(worse, body(line, false), false),
        what);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"true | true | 1", "true | false | 0", "false | true | 0"})
  void aBulletCountsOnlyWhenTheNotesUseBullets(boolean bullet, boolean bulletsInUse, int bonus) {
    int plain = NoteStartScore.score("Ends here.", body("Next note", false), bulletsInUse);
    assertEquals(
        plain + bonus, NoteStartScore.score("Ends here.", body("Next note", bullet), bulletsInUse));
  }

  private static NoteLine body(String text, boolean bullet) {
    return new NoteLine(1, text, bullet, null, text, 0);
  }
}
