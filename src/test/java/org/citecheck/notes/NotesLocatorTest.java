package org.citecheck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citecheck.document.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotesLocatorTest {

  private static Optional<NotesSection> locate(String text) {
    return NotesLocator.locate(TextNormalizer.lines(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Notes",
        "NOTES",
        "Endnotes",
        "End Notes",
        "Footnotes",
        "Notes and References",
        "References",
        "7. Notes",
        "Anmerkungen",
        "Notes:"
      })
  void findsTheSectionUnderItsHeading(String heading) {
    NotesSection section =
        locate("Title\n\nBody with 1 number.\n\n" + heading + "\n\n1 First.\n2 Second.\n")
            .orElseThrow();
    assertEquals(4, section.heading());
    assertEquals(5, section.start());
  }

  @Test
  void takesTheLastHeadingThatIsFollowedByNotes() {
    String text =
        "Title\nContents\nNotes on method\nIntroduction\nText.\nNotes\n1 First.\n2 Second.\n";
    assertEquals(5, locate(text).orElseThrow().heading());
  }

  @Test
  void endsAtATrailingHeading() {
    String text =
        "Title\nBody.\nNotes\n1 First.\n2 Second.\nAbout the authors\nJane Doe is a researcher.\n";
    NotesSection section = locate(text).orElseThrow();
    assertEquals(5, section.end());
  }

  @Test
  void findsATrailingRunOfNumberedNotesWithoutHeading() {
    String text =
        "Title\n\nBody paragraph one.\n2020. A year.\nMore body.\n\n1 First note.\n2 Second note.\n"
            + "3 Third note.\n4 Fourth note.\n";
    NotesSection section = locate(text).orElseThrow();
    assertEquals(-1, section.heading());
    assertEquals(6, section.start());
  }

  @Test
  void aReferenceListWithoutNumbersIsABibliography() {
    NotesSection section =
        locate(
                "Title\n\nBody.\n\nReferences\n\nSmith, J. (2020). A work.\nDoe, K. (2019). B work.\n")
            .orElseThrow();
    assertTrue(section.bibliography());
  }

  @Test
  void proseHasNoNotes() {
    assertTrue(locate("Title\n\nJust prose, nothing numbered.\nAnother line.\n").isEmpty());
  }

  @Test
  void formFeedIsAPageBreak() {
    List<String> lines = TextNormalizer.lines("a\fb");
    assertEquals(List.of("a", "", "b"), lines);
  }
}
