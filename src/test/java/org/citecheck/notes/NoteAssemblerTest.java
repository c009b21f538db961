package org.citecheck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.references.Note;
import org.citecheck.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteAssemblerTest {

  private static List<Integer> numbers(List<Note> notes) {
    return notes.stream().map(Note::number).toList();
  }

  private static List<Boolean> inferred(List<Note> notes) {
    return notes.stream().map(Note::numberInferred).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"- %d ", "%d ", "%d. ", "[%d] ", "(%d) ", "%d) "})
  void readsEachPrintedNumberForm(String form) {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                String.format(form, 1) + "First note, 2001.",
                String.format(form, 2) + "Second note, 2002.",
                String.format(form, 3) + "Third note, 2003."));
    assertEquals(List.of(1, 2, 3), numbers(notes));
    assertEquals("Second note, 2002.", notes.get(1).text());
  }

  @Test
  void readsSuperscriptNumbers() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes("⁹ Ninth note.", "¹⁰ Tenth note.", "¹¹ Eleventh note."));
    assertEquals(List.of(9, 10, 11), numbers(notes));
    assertEquals("Tenth note.", notes.get(1).text());
  }

  @Test
  void readsANumberPrintedOnItsOwnLine() {
    List<Note> notes =
        Documents.notes(Documents.withNotes("1", "First note text.", "2", "Second note text."));
    assertEquals(List.of(1, 2), numbers(notes));
    assertEquals("Second note text.", notes.get(1).text());
  }

  @Test
  void infersLostNumbersFromTheGapInTheSequence() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "- 13 Thirteenth, 2020.",
                "- \"Fourteenth lost its number\", Site, 2020.",
                "- Mikayel Zolyan, \"Fifteenth too\", OC Media, 2018.",
                "- Jirair Libaridian, \"Sixteenth too\", Aravot, 2020.",
                "- 17 Seventeenth, 2020."));
    assertEquals(List.of(13, 14, 15, 16, 17), numbers(notes));
    assertEquals(List.of(false, true, true, true, false), inferred(notes));
  }

  @Test
  void aContinuationBulletAfterAPageBreakJoinsThePreviousNote() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "- 1 First note.",
                "- 2 A long note whose text runs on to the next page, where place names",
                "",
                "- in Armenian have been transliterated.",
                "- 3 Third note."));
    assertEquals(List.of(1, 2, 3), numbers(notes));
    assertEquals(
        "A long note whose text runs on to the next page, where place names in Armenian have been transliterated.",
        notes.get(1).text());
  }

  @Test
  void joinsAWordHyphenatedAcrossAPageBreak() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "- 1 An economy that would have been ill-equipped to weath-",
                "- er. \"Answers to media\", President of Russia, 17 November 2020.",
                "- 2 Next."));
    assertEquals(List.of(1, 2), numbers(notes));
    assertTrue(
        notes
            .get(0)
            .text()
            .startsWith("An economy that would have been ill-equipped to weather. \"Answers"),
        notes.get(0).text());
  }

  @Test
  void readsFiveDigitNoteNumbers() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes("9999 Note, 2020.", "10000 Next note, 2021.", "10001 Last."));
    assertEquals(List.of(9999, 10000, 10001), numbers(notes));
  }

  @Test
  void rejectsANumberThatBreaksTheSequence() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes("1 First note, with", "2020 figures.", "2 Second note."));
    assertEquals(List.of(1, 2), numbers(notes));
    assertEquals("First note, with 2020 figures.", notes.get(0).text());
  }

  @Test
  void keepsAHyphenTheDocumentPrintsElsewhere() {
    String text =
        "Title\n\nThe Mirror-Spectator wrote.\n\nNotes\n\n1 Libaridian, Armenian Mirror-\nSpectator, 2020.\n2 Next.\n";
    assertEquals(
        "Libaridian, Armenian Mirror-Spectator, 2020.", Documents.notes(text).get(0).text());
    String other =
        "Title\n\nBody.\n\nNotes\n\n1 The economy could not weath-\ner it, 2020.\n2 Next.\n";
    assertEquals("The economy could not weather it, 2020.", Documents.notes(other).get(0).text());
    String compound =
        "Title\n\nA well-known case.\n\nNotes\n\n1 A well-\nknown case, 2020.\n2 Next.\n";
    assertEquals("A well-known case, 2020.", Documents.notes(compound).get(0).text());
  }

  @Test
  void takesADisplacedNumberOutOfTheText() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "- 1 The authors thank the reviewers.",
                "- A note on terminology: following de 2 Waal, the term designates the polity.",
                "- 3 UNSC Resolutions 822 (30 April 1993)."));
    assertEquals(List.of(1, 2, 3), numbers(notes));
    assertFalse(notes.get(1).numberInferred());
    assertTrue(notes.get(1).numberDisplaced());
    assertEquals(
        "A note on terminology: following de Waal, the term designates the polity.",
        notes.get(1).text());
  }

  @Test
  void doesNotTakeANumberThatBelongsToTheText() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "- 1 First.",
                "- See Resolution 2 adopted in 1993, and the protocol of 1994.",
                "- 3 Third."));
    assertEquals(List.of(1, 2, 3), numbers(notes));
    assertTrue(notes.get(1).numberInferred());
    assertEquals(
        "See Resolution 2 adopted in 1993, and the protocol of 1994.", notes.get(1).text());
  }

  @Test
  void aNumberBeforeAMonthIsADayNotADisplacedNoteNumber() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "- 1 First.", "- Interview held on 2 January 2021 in Baku.", "- 3 Third."));
    assertTrue(notes.get(1).numberInferred());
    assertEquals("Interview held on 2 January 2021 in Baku.", notes.get(1).text());
  }

  @Test
  void joinsWrappedLinesOfMultiLineNotes() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "1. Jane Smith, \"A very long title that the extractor",
                "   wrapped\", Journal of Things, 12 May 2020.",
                "2. John Roe, Another Book (Oxford: Oxford University Press,",
                "   2019), p. 12.",
                "3. Third."));
    assertEquals(List.of(1, 2, 3), numbers(notes));
    assertEquals(
        "Jane Smith, \"A very long title that the extractor wrapped\", Journal of Things, 12 May 2020.",
        notes.get(0).text());
  }

  @Test
  void aLineStartingWithADateContinuesTheNote() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "11 Jane Smith, \"Title\", The Times,",
                "12 November 2020, at: https://example.org/a.",
                "12 Next note, 2020.",
                "13 Last note, 2021."));
    assertEquals(List.of(11, 12, 13), numbers(notes));
    assertEquals(
        "Jane Smith, \"Title\", The Times, 12 November 2020, at: https://example.org/a.",
        notes.get(0).text());
  }

  @Test
  void dropsPageFurniture() {
    List<Note> notes =
        Documents.notes(
            "Report\n\nBody.\nOSCE Insights 2020\n\nNotes\n\n1 First note that runs\nOSCE Insights 2020\n12\n"
                + "on after a page break.\n2 Second note.\nOSCE Insights 2020\n");
    assertEquals(List.of(1, 2), numbers(notes));
    assertEquals("First note that runs on after a page break.", notes.get(0).text());
  }

  @Test
  void recordsTheLineWhereEachNoteStarts() {
    List<Note> notes = Documents.notes("Title\n\nNotes\n1 First.\n2 Second.\n");
    assertEquals(List.of(4, 5), notes.stream().map(Note::line).toList());
  }

  @Test
  void numbersAnUnnumberedReferenceList() {
    List<Note> notes =
        Documents.notes(
            "Title\n\nBody.\n\nReferences\n\n"
                + "Smith, J. (2020). A title of a work. Publisher.\n"
                + "Doe, K., & Roe, L. (2019). Another work: With a subtitle that is long and\n"
                + "    wraps onto a second line. Journal of Studies, 12(3), 45–67.\n"
                + "Zed, A. (2018). Third work. https://example.org/z\n");
    assertEquals(List.of(1, 2, 3), numbers(notes));
    assertTrue(notes.stream().allMatch(Note::numberInferred));
    assertTrue(
        notes.get(1).text().endsWith("Journal of Studies, 12(3), 45–67."), notes.get(1).text());
  }
}
