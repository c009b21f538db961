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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Note numbering in the shapes plain pdftotext (without -raw) gives published layouts: two-column
 * endnotes whose blocks come interleaved, footnote numbers set out of order, the first footnote's
 * number glued to the body, a footnote cut inside its URL by a page break.
 */
class PlainPdftotextNotesTest {

  private static List<Integer> numbers(List<Note> notes) {
    return notes.stream().map(Note::number).toList();
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  private static List<String> urls(List<Note> notes) {
    return notes.stream()
        .flatMap(n -> n.sources().stream())
        .map(Source::url)
        .filter(u -> u != null)
        .toList();
  }

  private static List<String> expectedUrls(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "https://example.org/n" + i).toList();
  }

  /** One endnote over two lines, as a column sets it, in the printed form {@code form}. */
  private static List<String> endnote(String form, int n) {
    return List.of(
        String.format(form, n) + " Author " + n + ", \"A Title of Note " + n + ",\" Some Index,",
        "12 May 2020, https://example.org/n" + n + ".");
  }

  /**
   * Two columns of endnotes: the left holds 1..split, the right the rest. {@code order} says how
   * plain pdftotext interleaves them: "block" the left column's first lines, then the right's whole
   * first block, then one note of each; "alternate" one note of each from the start; "tail" the
   * left's notes first, but the right column's first block before the left's last notes.
   */
  @ParameterizedTest
  @CsvSource({
    "block, '%d.', 30, 15",
    "alternate, '%d.', 24, 12",
    "tail, '%d.', 33, 18",
    "block, '[%d]', 30, 15",
    "alternate, '%d)', 20, 10",
    "tail, '(%d)', 26, 13"
  })
  void twoColumnEndnotesInterleavedByPdftotext(String order, String form, int n, int split) {
    List<List<String>> left = new ArrayList<>();
    List<List<String>> right = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      (i <= split ? left : right).add(endnote(form, i));
    }
    List<String> lines = new ArrayList<>();
    switch (order) {
      case "block" -> {
        int head = split - 5;
        left.subList(0, head).forEach(lines::addAll);
        right.subList(0, 6).forEach(lines::addAll);
        for (int k = 0; k < 5; k++) {
          lines.add("");
          lines.addAll(left.get(head + k));
          lines.add("");
          lines.addAll(right.get(6 + k));
        }
        right.subList(11, right.size()).forEach(lines::addAll);
      }
      case "alternate" -> {
        for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
          if (k < left.size()) {
            lines.addAll(left.get(k));
          }
          lines.add("");
          if (k < right.size()) {
            lines.addAll(right.get(k));
          }
          lines.add("");
        }
      }
      default -> {
        left.subList(0, split - 3).forEach(lines::addAll);
        right.subList(0, 7).forEach(lines::addAll);
        left.subList(split - 3, split).forEach(lines::addAll);
        right.subList(7, right.size()).forEach(lines::addAll);
      }
    }
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, n), numbers(notes));
    assertEquals(expectedUrls(n), urls(notes));
    assertTrue(notes.stream().noneMatch(Note::numberInferred));
  }

  /** A continuation line that starts with a year ("2020. Online") is not note 2020. */
  @Test
  void aYearStartingAContinuationLineIsNoNoteInAShuffledList() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      lines.addAll(endnote("%d.", i));
    }
    for (int i = 10; i <= 12; i++) {
      lines.addAll(endnote("%d.", i));
    }
    lines.add("2020. Online edition.");
    for (int i = 7; i <= 9; i++) {
      lines.addAll(endnote("%d.", i));
    }
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 12), numbers(notes));
    assertTrue(notes.get(11).text().endsWith("2020. Online edition."), notes.get(11).text());
  }

  private static List<NoteLine> parsed(int... order) {
    List<NoteLine> lines = new ArrayList<>();
    for (int n : order) {
      for (String line : endnote("%d.", n)) {
        lines.add(LineParser.parse(line, lines.size() + 1));
      }
    }
    return lines;
  }

  /**
   * The audit must see a list's faults as printed: one note out of place, a number printed twice,
   * or a short list are read in sequence; two columns interleaved are put in order.
   */
  @ParameterizedTest
  @CsvSource({
    "'1 2 3 4 5 7 6 8 9 10', false",
    "'1 2 3 4 9 5 6 7 8 10', false",
    "'1 2 3 4 5 6 6 7 8 9 10', false",
    "'1 2 6 3 7 4', false",
    "'1 2 3 4 8 9 10 5 6 7 11 12', true",
    "'1 7 2 8 3 9 4 10 5 11 6 12', true",
    "'1 2 3 4 5 6 7 8 9 10 11 12', false",
    "'1 2 3 10 11 12 7 8 9 4 5 6 13', false",
    "'1 2 10 11 12 3 13 4 5 6 7 8 9', true"
  })
  void onlyTwoInterleavedColumnsAreReordered(String order, boolean reordered) {
    int[] numbers = java.util.Arrays.stream(order.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertEquals(reordered, !ColumnOrder.anchors(parsed(numbers)).isEmpty());
  }

  /** A list in order is read by the sequence rules, which infer a lost number. */
  @Test
  void anOrderedListStillInfersALostNumber() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      List<String> note = endnote("%d.", i);
      lines.add(i == 5 ? note.get(0).substring(3) : note.get(0));
      lines.add(note.get(1));
    }
    List<Note> notes = Documents.notes(Documents.withNotes(lines.toArray(String[]::new)));
    assertEquals(range(1, 8), numbers(notes));
    assertTrue(notes.get(4).numberInferred());
  }

  private static void bodyPage(StringBuilder text, int page) {
    for (int line = 0; line < 13; line++) {
      text.append("Body text of the report on page ")
          .append(page)
          .append(", line ")
          .append(line)
          .append(".\n");
    }
  }

  /**
   * Plain pdftotext sets a page's hanging footnote numbers out of order: the first number, its
   * text, the next note's text without its number, the later numbers with their texts, then the
   * skipped number alone under the last note.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void hangingFootnoteNumbersSetOutOfOrder(int skipped) {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    int note = 1;
    for (int page = 1; page <= 4; page++) {
      bodyPage(text, page);
      text.append("The last sentence of the body.").append(note).append("\n");
      if (page == 2) {
        text.append(note).append("\nAuthor ").append(note);
        text.append(", https://example.org/n").append(note).append(".\n");
        int first = note;
        for (int k = 1; k <= skipped; k++) {
          text.append("Author ").append(first + k).append(", https://example.org/n");
          text.append(first + k).append(".\n");
        }
        for (int k = skipped + 1; k <= skipped + 2; k++) {
          text.append(first + k).append("\nAuthor ").append(first + k);
          text.append(", https://example.org/n").append(first + k).append(".\n");
        }
        for (int k = 1; k <= skipped; k++) {
          text.append(first + k).append("\n");
        }
        note += skipped + 3;
      } else {
        for (int k = 0; k < 2; k++) {
          text.append(note).append("\nAuthor ").append(note);
          text.append(", https://example.org/n").append(note).append(".\n");
          note++;
        }
      }
      text.append("\n2019 Annual Index\n\n").append(page).append("\n\n\f");
    }
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(range(1, note - 1), numbers(notes));
    assertEquals(expectedUrls(note - 1), urls(notes));
  }

  /**
   * The document's first footnote number glued to the body word whose line-end hyphen plain
   * pdftotext deleted ("indica1"), a blank line, then its text; the second note on the same page or
   * a page later.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theFirstFootnoteGluedToTheBodyBetweenBlankLines(boolean secondOnSamePage) {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    bodyPage(text, 1);
    text.append("each jurisdiction on six groups of indica1\n\n");
    text.append("Author 1, \"Title\", https://example.org/n1.\n");
    int note = 2;
    if (secondOnSamePage) {
      text.append("2\nAuthor 2, https://example.org/n2.\n");
      note = 3;
    }
    text.append("\n2019 Annual Index\n\n1\n\n\f");
    for (int page = 2; page <= 4; page++) {
      bodyPage(text, page);
      text.append("The last sentence of the body.").append(note).append("\n");
      text.append(note).append("\nAuthor ").append(note);
      text.append(", https://example.org/n").append(note).append(".\n");
      note++;
      text.append("\n2019 Annual Index\n\n").append(page).append("\n\n\f");
    }
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(range(1, note - 1), numbers(notes));
    assertEquals(expectedUrls(note - 1), urls(notes));
    assertTrue(notes.stream().noneMatch(n -> n.text().contains("Body text")), notes::toString);
  }

  /**
   * A footnote cut by the page break inside its URL: after a dot of the host ("https://www.some-
   * center.") or inside a file name ("infor-" + "mation_25.pdf"), the rest opens the next page's
   * footnotes, after a body line that does not end its sentence.
   */
  @ParameterizedTest
  @CsvSource({
    "'https://www.policy-center.', 'org/view.php?id=9&lang=en.', https://www.policy-center.org/view.php?id=9&lang=en",
    "'http://www.data-lab.info/files/infor-', 'mation_25.pdf.', http://www.data-lab.info/files/information_25.pdf",
    "'https://budget.example.', 'net/files/report_3.pdf.', https://budget.example.net/files/report_3.pdf"
  })
  void aFootnoteCutInsideItsUrlGoesOnAtTheNextPagesFoot(String cut, String rest, String url) {
    StringBuilder text = new StringBuilder("A Report Title\n\n");
    for (int page = 1; page <= 3; page++) {
      bodyPage(text, page);
      text.append("The body's sentence goes on over the page and ").append(page * 2 - 1);
      text.append("\n");
      if (page == 2) {
        text.append(rest).append(" The figures were revised later.\n");
      }
      int first = page * 2 - 1;
      text.append(first).append("\nAuthor ").append(first).append(", https://example.org/n");
      text.append(first).append(".\n");
      text.append(first + 1).append("\n");
      text.append(
          page == 1
              ? "Author 2, \"Title\", " + cut + "\n"
              : "Author " + (first + 1) + ", https://example.org/n" + (first + 1) + ".\n");
      text.append("\n2019 Annual Index\n\n").append(page).append("\n\n\f");
    }
    List<Note> notes = Documents.notes(text.toString());
    assertEquals(range(1, 6), numbers(notes));
    assertTrue(notes.get(1).sources().get(0).urlCandidates().contains(url), notes::toString);
    assertTrue(notes.get(1).text().endsWith("revised later."), notes.get(1).text());
  }
}
