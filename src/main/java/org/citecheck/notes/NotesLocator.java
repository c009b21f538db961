package org.citecheck.notes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a document's notes: under a "Notes", "Endnotes", "References"... heading, or else as the
 * trailing run of numbered lines (1, 2, 3...) that ends the document.
 */
public final class NotesLocator {

  private static final Pattern NOTES_HEADING =
      Pattern.compile(
          "(?iu)^(?:\\d{1,2}\\.?\\s+|[IVX]{1,4}\\.\\s+)?"
              + "(notes?|end\\s?notes|foot\\s?notes|notes and references|references and notes"
              + "|anmerkungen|fußnoten|endnoten|notes de fin|notas|примечания|сноски)\\s*:?$");

  private static final Pattern BIBLIOGRAPHY_HEADING =
      Pattern.compile(
          "(?iu)^(?:\\d{1,2}\\.?\\s+|[IVX]{1,4}\\.\\s+)?"
              + "(references|bibliography|works cited|sources|literature|reference list|cited works"
              + "|literatur|literaturverzeichnis|quellen|références|bibliographie|referencias"
              + "|bibliografía|bibliografia|литература|список литературы)\\s*:?$");

  /** Headings that end a notes section. */
  private static final Pattern TRAILING_HEADING =
      Pattern.compile(
          "(?iu)^(about the authors?|the authors?|authors?|contributors|author biograph(y|ies)"
              + "|acknowledge?ments|appendix( [a-z0-9]+)?|annex( [a-z0-9]+)?|index|imprint|impressum"
              + "|copyright|licen[cs]e|recent publications|further reading|glossary|abbreviations)\\s*:?$");

  /** How far past a heading the first numbered note may start. */
  private static final int LOOKAHEAD = 12;

  /** Lines of text after a page break between two numbered lines that make them footnotes. */
  private static final int FOOTNOTE_PAGE = 12;

  /** A trailing run shorter than this is not taken for notes. */
  private static final int MIN_RUN = 3;

  private NotesLocator() {}

  public static Optional<NotesSection> locate(List<String> lines) {
    NotesSection byHeading = byHeading(lines);
    NotesSection trailing = trailingRun(lines);
    if (byHeading != null
        && trailing != null
        && trailing.start() > byHeading.start()
        && numberedRun(lines, byHeading) < runLength(lines, trailing.start())
        && !insideFirstNotes(lines, byHeading, trailing.start())) {
      // A short list under a heading near the start (a cover page's or the previous article's
      // "References") is not the notes when a longer numbered run follows it to the end.
      return Optional.of(trailing);
    }
    return Optional.ofNullable(byHeading != null ? byHeading : trailing);
  }

  /**
   * Whether {@code start} lies among the first notes under the heading, before a page of other text
   * came between them: the trailing run is then the same list read past a jump in its numbering
   * (endnotes in two columns whose blocks plain pdftotext interleaves), not a later list.
   */
  private static boolean insideFirstNotes(List<String> lines, NotesSection section, int start) {
    int text = 0;
    boolean numbered = false;
    for (int i = section.start(); i < Math.min(start, section.end()); i++) {
      NoteLine line = LineParser.parse(lines.get(i), i + 1);
      if (line.number() != null && line.number() > 0 && !line.body().isEmpty()) {
        numbered = true;
        text = 0;
      } else if (!lines.get(i).isBlank() && ++text >= FOOTNOTE_PAGE) {
        return false;
      }
    }
    return numbered;
  }

  /** How many numbered lines in sequence the section under a heading holds. */
  private static int numberedRun(List<String> lines, NotesSection section) {
    for (int i = section.start(); i < section.end(); i++) {
      NoteLine line = LineParser.parse(lines.get(i), i + 1);
      if (line.number() != null && line.number() > 0) {
        return closeRun(lines, i, line.number());
      }
    }
    return 0;
  }

  /** The numbered lines in sequence from {@code start} that no page of text separates. */
  private static int closeRun(List<String> lines, int start, int firstNumber) {
    int count = 1;
    int expected = firstNumber + 1;
    int text = 0;
    for (int i = start + 1; i < lines.size() && text < FOOTNOTE_PAGE; i++) {
      NoteLine line = LineParser.parse(lines.get(i), i + 1);
      Integer n = line.number();
      if (n != null && n >= expected && n <= expected + 2) {
        count++;
        expected = n + 1;
        text = 0;
      } else if (!lines.get(i).isBlank()) {
        text++;
      }
    }
    return count;
  }

  private static int runLength(List<String> lines, int start) {
    NoteLine first = LineParser.parse(lines.get(start), start + 1);
    return first.number() == null ? 0 : follow(lines, start, first.number()).size();
  }

  private static NotesSection byHeading(List<String> lines) {
    int bibliographyHeading = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.length() > 45) {
        continue;
      }
      boolean notes = NOTES_HEADING.matcher(line).matches();
      boolean bibliography = !notes && BIBLIOGRAPHY_HEADING.matcher(line).matches();
      if (!notes && !bibliography) {
        continue;
      }
      if (numberedLineFollows(lines, i + 1)) {
        return new NotesSection(i, i + 1, sectionEnd(lines, i + 1), bibliography);
      }
      if (bibliography && bibliographyHeading < 0 && textFollows(lines, i + 1)) {
        bibliographyHeading = i;
      }
    }
    if (bibliographyHeading >= 0) {
      int start = bibliographyHeading + 1;
      return new NotesSection(bibliographyHeading, start, sectionEnd(lines, start), true);
    }
    return null;
  }

  private static boolean numberedLineFollows(List<String> lines, int from) {
    int seen = 0;
    for (int i = from; i < lines.size() && seen < LOOKAHEAD; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      seen++;
      NoteLine line = LineParser.parse(lines.get(i), i + 1);
      if (line.number() != null && line.number() > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean textFollows(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static int sectionEnd(List<String> lines, int start) {
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.length() <= 45 && TRAILING_HEADING.matcher(line).matches()) {
        return i;
      }
    }
    return lines.size();
  }

  /**
   * The longest run of lines numbered 1, 2, 3... (gaps of up to two allowed) that reaches the end:
   * endnotes without a heading, or footnotes at the foot of each page when pages of body text stand
   * between the numbered lines.
   */
  private static NotesSection trailingRun(List<String> lines) {
    List<Integer> best = List.of();
    for (int i = 0; i < lines.size(); i++) {
      NoteLine first = LineParser.parse(lines.get(i), i + 1);
      if (first.number() == null
          || first.number() > 3
          || first.body().isEmpty() && !hangingNumber(lines, i)) {
        continue;
      }
      List<Integer> run = follow(lines, i, first.number());
      int last = run.get(run.size() - 1);
      boolean reachesEnd = last >= lines.size() * 3 / 4 || lines.size() - last < 40;
      if (reachesEnd && run.size() >= best.size()) {
        best = run;
      }
    }
    if (best.size() < MIN_RUN) {
      return null;
    }
    int start = gluedFirstNote(lines, best.get(0));
    return new NotesSection(-1, start, sectionEnd(lines, start), false, pagesBetween(lines, best));
  }

  /** The body's last line with the page's first footnote number glued to it: "... the im1". */
  private static final Pattern GLUED_FIRST = Pattern.compile("\\p{Ll}{2}(\\d{1,3})$");

  /**
   * Where the notes start when the run found begins at its second note: plain pdftotext deletes the
   * hyphen that ends the body's last line and glues the first footnote's number to the cut word
   * ("has not yet published the im1"), then one blank line and the note's text. That line holds
   * note 1.
   */
  private static int gluedFirstNote(List<String> lines, int start) {
    Integer first = LineParser.parse(lines.get(start), start + 1).number();
    if (first == null || first < 2) {
      return start;
    }
    // the first footnote may sit a page before the second
    for (int i = start - 1; i >= Math.max(1, start - 3 * FOOTNOTE_PAGE); i--) {
      java.util.regex.Matcher glued = GLUED_FIRST.matcher(lines.get(i).strip());
      if (glued.find()
          && Integer.parseInt(glued.group(1)) == first - 1
          && blankSeparatedHanging(lines, i)) {
        return i;
      }
    }
    return start;
  }

  /** The indexes of the run's numbered lines, starting with {@code start}. */
  private static List<Integer> follow(List<String> lines, int start, int firstNumber) {
    List<Integer> run = new java.util.ArrayList<>();
    run.add(start);
    int expected = firstNumber + 1;
    for (int i = start + 1; i < lines.size(); i++) {
      NoteLine line = LineParser.parse(lines.get(i), i + 1);
      Integer n = line.number();
      if (n != null
          && n >= expected
          && n <= expected + 2
          && (!line.body().isEmpty() || hangingNumber(lines, i))) {
        run.add(i);
        expected = n + 1;
      }
    }
    return run;
  }

  /**
   * A note number on a line of its own with the note's text on the next line, as pdftotext prints a
   * footnote whose number is set apart (raised, or in a margin).
   */
  private static boolean hangingNumber(List<String> lines, int i) {
    int text = i + 1;
    if (text < lines.size() && lines.get(text).isBlank() && blankSeparatedHanging(lines, i)) {
      text++;
    }
    if (text >= lines.size() || lines.get(text).isBlank()) {
      return false;
    }
    NoteLine next = LineParser.parse(lines.get(text), text + 1);
    return next.number() == null && next.body().codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Plain pdftotext prints the first footnote of some pages as its number directly under the body's
   * last line, one blank line, then the note's text. A page number stands apart instead (a blank
   * line before it, and a page break of more than one blank line after it), so a number right under
   * text and a single blank line before the text is a note's.
   */
  static boolean blankSeparatedHanging(List<String> lines, int i) {
    return i > 0
        && !lines.get(i - 1).isBlank()
        && i + 2 < lines.size()
        && lines.get(i + 1).isBlank()
        && !lines.get(i + 2).isBlank();
  }

  /** Footnotes: some numbered lines have a page break and a page's worth of text between them. */
  private static boolean pagesBetween(List<String> lines, List<Integer> run) {
    for (int k = 0; k + 1 < run.size(); k++) {
      int text = 0;
      boolean pageBreak = false;
      for (int i = run.get(k) + 1; i < run.get(k + 1); i++) {
        if (lines.get(i).isBlank()) {
          pageBreak = true;
        } else if (pageBreak) {
          text++;
        }
      }
      if (text >= FOOTNOTE_PAGE) {
        return true;
      }
    }
    return false;
  }
}
