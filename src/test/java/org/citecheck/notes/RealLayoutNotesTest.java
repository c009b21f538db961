package org.citecheck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.citecheck.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Note finding and numbering in the shapes published reports take (issue 12 patterns 3, 9, 10). */
class RealLayoutNotesTest {

  private static List<Integer> numbers(List<Note> notes) {
    return notes.stream().map(Note::number).toList();
  }

  private static List<String> urls(List<Note> notes) {
    return notes.stream()
        .flatMap(n -> n.sources().stream())
        .map(Source::url)
        .filter(u -> u != null)
        .toList();
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  /**
   * Endnotes 1..n, each citing https://example.org/n, with {@code extra} lines after note {@code
   * at}.
   */
  private static List<String> endnotes(int n, int at, String... extra) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add(
          i
              + ". Author "
              + i
              + ", \"Title "
              + i
              + "\", Some Index, https://example.org/n"
              + i
              + ".");
      if (i == at) {
        lines.addAll(List.of(extra));
      }
    }
    return lines;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2017 Annual Index %d",
        "%d | Annual Index 2017",
        "Annual Index 2017 - %d",
        "2019 Review %d"
      })
  void aRunningFooterWithThePageNumberIsNeverANote(String footer) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      lines.add(i + ". Author " + i + ", \"Title " + i + "\", someindex.org/n" + i + "/.");
      if (i % 4 == 0) {
        lines.add(String.format(footer, 30 + i / 4));
        lines.add("");
      }
    }
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 20), numbers(notes));
    assertEquals(20, urls(notes).size());
    assertTrue(
        notes.stream()
            .noneMatch(n -> n.text().contains("Annual Index") || n.text().contains("Review")),
        () -> notes.toString());
  }

  @Test
  void anImplausibleJumpIsNeverTaken() {
    List<String> lines =
        endnotes(
            18,
            18,
            "2017 figures were revised in the next edition of the index.",
            "2017 Annual Index and more, https://example.org/extra.");
    lines.addAll(List.of("19. Author 19, \"Title 19\", https://example.org/n19."));
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 19), numbers(notes));
  }

  @Test
  void aNumberAloneThenABlankLineThenTextWithAnotherNumberInIt() {
    List<String> lines = endnotes(9, 0);
    lines.addAll(List.of("10.", "", "9 Box of Controls, Annual Report, https://example.org/n10."));
    for (int i = 11; i <= 39; i++) {
      lines.add(i + ". Author " + i + ", \"Title " + i + "\", https://example.org/n" + i + ".");
    }
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 39), numbers(notes));
    assertEquals("9 Box of Controls, Annual Report, https://example.org/n10.", notes.get(9).text());
  }

  @Test
  void hangingNumbersPrintedInABlockOfTheirOwn() {
    List<String> lines = new ArrayList<>(endnotes(28, 0));
    for (int i = 29; i <= 40; i++) {
      lines.add(String.valueOf(i));
    }
    for (int i = 29; i <= 40; i++) {
      lines.add("Author " + i + ", \"Title " + i + "\", https://example.org/n" + i + ".");
    }
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 40), numbers(notes));
    assertEquals("Author 35, \"Title 35\", https://example.org/n35.", notes.get(34).text());
  }

  @Test
  void aBracketedNumberGluedToTheTextAtThePageTop() {
    List<String> lines = new ArrayList<>(endnotes(32, 0));
    lines.add("");
    lines.add("[33]\"A/HRC/45/12\", Report of the Council, https://example.org/n33.");
    lines.add("[34]Author 34, https://example.org/n34.");
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 34), numbers(notes));
    assertEquals("https://example.org/n33", notes.get(32).sources().get(0).url());
  }

  @Test
  void aSecondListAfterTheNotesIsNotGluedToTheLastNote() {
    List<String> lines = new ArrayList<>(endnotes(12, 0));
    lines.set(11, "12. Vendor, \"Product overview\", https://example.org/products/overview/");
    lines.addAll(
        List.of(
            "Citazioni",
            "1. Esempio di citazione, https://example.org/it/1.",
            "2. Altra citazione."));
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 12), numbers(notes));
    assertEquals("https://example.org/products/overview/", notes.get(11).sources().get(0).url());
  }

  @Test
  void aCoverPageWithItsOwnReferencesIsNotTheNotes() {
    String cover =
        String.join(
            "\n",
            "Journal of Examples",
            "References",
            "1. Cover item one, https://cover.example.org/1.",
            "2. Cover item two.",
            "3. Cover item three.",
            "",
            "An Article Title",
            "Jane Doe",
            "");
    StringBuilder body = new StringBuilder(cover);
    for (int page = 1; page <= 3; page++) {
      for (int line = 0; line < 14; line++) {
        body.append("Body text of the article on page ")
            .append(page)
            .append(", line ")
            .append(line)
            .append(".\n");
      }
      for (int n = page * 2 - 1; n <= page * 2; n++) {
        body.append(n)
            .append(" Author ")
            .append(n)
            .append(", \"Footnote ")
            .append(n)
            .append("\", https://example.org/f")
            .append(n)
            .append(".\n");
      }
      body.append("\f");
    }
    List<Note> notes = Documents.notes(body.toString());
    assertEquals(range(1, 6), numbers(notes));
    assertEquals("https://example.org/f1", notes.get(0).sources().get(0).url());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aFootnoteCutByThePageBreakGoesOnAtTheNextPagesFoot(boolean bodyEndsItsSentence) {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    for (int page = 1; page <= 3; page++) {
      for (int line = 0; line < 13; line++) {
        text.append("Body text of the report on page ")
            .append(page)
            .append(", line ")
            .append(line)
            .append(".\n");
      }
      text.append(
              bodyEndsItsSentence
                  ? "The last sentence of the body on this page." + page * 2
                  : "The last sentence of the body goes on over the")
          .append("\n");
      if (page == 2) {
        text.append("league.net/view.php?id=53168&lang=en and\nhttps://example.org/after.\n");
      }
      int first = page * 2 - 1;
      text.append(first)
          .append("\nAuthor ")
          .append(first)
          .append(", https://example.org/f")
          .append(first)
          .append(".\n");
      text.append(first + 1).append("\n");
      text.append(
          page == 1
              ? "Tools include https://www.municipal-\n"
              : "Author " + (first + 1) + ", https://example.org/f" + (first + 1) + ".\n");
      text.append("2019 Annual Index ").append(page).append("\n\f");
    }
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(range(1, 6), numbers(notes));
    // nothing in this document says whether "municipal-" + "league" keeps its hyphen: both are
    // readings
    assertTrue(
        notes
            .get(1)
            .sources()
            .get(0)
            .urlCandidates()
            .contains("https://www.municipal-league.net/view.php?id=53168&lang=en"),
        () -> notes.get(1).sources().toString());
    assertEquals("https://example.org/after", notes.get(1).sources().get(1).url());
    assertTrue(
        notes.stream().noneMatch(n -> n.text().contains("Body text")), () -> notes.toString());
  }

  /**
   * Plain pdftotext: a page's first footnote number under the body's last line, a blank line, then
   * the note's text; the page number apart at the foot, after the running footer. {@code glue} says
   * how the body's last line meets the number: its marker, or a word whose hyphen was deleted with
   * the number glued to it ("jurisdic10").
   */
  @ParameterizedTest
  @ValueSource(strings = {"marker", "glued", "mixed", "glued no blank", "blank before"})
  void aFootnoteNumberSetApartByABlankLineFromItsText(String glue) {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    int note = 1;
    for (int page = 1; page <= 5; page++) {
      for (int line = 0; line < 13; line++) {
        text.append("Body text of the report on page ")
            .append(page)
            .append(", line ")
            .append(line)
            .append(".\n");
      }
      // (the document's first note glued with no blank line is still lost: nothing numbered starts
      // the run)
      boolean glued =
          glue.equals("glued")
              || glue.equals("glued no blank") && page > 1
              || glue.equals("mixed") && page % 2 == 0;
      text.append(
              glued
                  ? "The index ranks each jurisdic" + note
                  : "The last sentence of the body." + note)
          .append("\n");
      if (glue.equals("blank before") && page > 1) {
        // the body's paragraph ended the page: the number stands between blank lines (not yet
        // for the document's first note, which the locator then takes for a page number)
        text.append("\n");
      }
      if (!(glued && glue.equals("glued no blank"))) {
        text.append(note).append("\n\n");
      }
      text.append("Author ")
          .append(note)
          .append(", \"Title\", https://example.org/f")
          .append(note)
          .append(".\n");
      note++;
      if (page % 2 == 1) {
        text.append(note)
            .append("\nAuthor ")
            .append(note)
            .append(", https://example.org/f")
            .append(note)
            .append(".\n");
        note++;
      }
      text.append("\n2019 Annual Index\n\n").append(page).append("\n\n\f");
    }
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(range(1, note - 1), numbers(notes));
    List<String> expected =
        IntStream.range(1, note).mapToObj(n -> "https://example.org/f" + n).toList();
    assertEquals(expected, urls(notes));
    assertTrue(
        notes.stream()
            .noneMatch(n -> n.text().contains("Body text") || n.text().contains("jurisdic")),
        () -> notes.toString());
  }

  @Test
  void aPageNumberBetweenBlankLinesIsNoHangingNote() {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    for (int page = 1; page <= 4; page++) {
      for (int line = 0; line < 13; line++) {
        text.append("Body text of the report on page ")
            .append(page)
            .append(", line ")
            .append(line)
            .append(".\n");
      }
      text.append("\n").append(page).append("\n\fNext page opens here.\n");
    }
    text.append("Notes\n1. Author, https://example.org/only.\n");
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(List.of(1), numbers(notes));
    assertEquals(List.of("https://example.org/only"), urls(notes));
  }

  /**
   * The page number, printed after the footnotes between blank lines, is the next note's number.
   */
  @Test
  void aPageNumberEqualToTheNextNoteIsNotThatNote() {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    for (int page = 1; page <= 5; page++) {
      for (int line = 0; line < 13; line++) {
        text.append("Body text of the report on page ")
            .append(page)
            .append(", line ")
            .append(line)
            .append(".\n");
      }
      text.append("The last sentence of the body.").append(page).append("\n");
      text.append(page)
          .append("\nAuthor ")
          .append(page)
          .append(", https://example.org/f")
          .append(page)
          .append(".\n");
      // the cover is page 1: this page's number is the next note's
      text.append("\n").append(page + 1).append("\n\n\f");
    }
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(range(1, 5), numbers(notes));
    assertEquals(
        IntStream.rangeClosed(1, 5).mapToObj(n -> "https://example.org/f" + n).toList(),
        urls(notes));
  }
}
