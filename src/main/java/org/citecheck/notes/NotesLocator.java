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

  /** A trailing run shorter than this is not taken for notes. */
  private static final int MIN_RUN = 3;

  private NotesLocator() {}

  public static Optional<NotesSection> locate(List<String> lines) {
    NotesSection byHeading = byHeading(lines);
    if (byHeading != null) {
      return Optional.of(byHeading);
    }
    return Optional.ofNullable(trailingRun(lines));
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
      if (line.number() != null && line.number() > 0 && line.number() < 1000) {
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

  /** The longest run of lines numbered 1, 2, 3... (gaps of up to two allowed) that reaches the end. */
  private static NotesSection trailingRun(List<String> lines) {
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < lines.size(); i++) {
      NoteLine first = LineParser.parse(lines.get(i), i + 1);
      if (first.number() == null || first.number() > 3 || first.body().isEmpty()) {
        continue;
      }
      int[] run = follow(lines, i, first.number());
      boolean reachesEnd = run[1] >= lines.size() * 3 / 4 || lines.size() - run[1] < 40;
      if (reachesEnd && run[0] >= bestLength) {
        bestStart = i;
        bestLength = run[0];
      }
    }
    if (bestLength < MIN_RUN) {
      return null;
    }
    return new NotesSection(-1, bestStart, sectionEnd(lines, bestStart), false);
  }

  /** Returns {run length, index of the run's last numbered line}. */
  private static int[] follow(List<String> lines, int start, int firstNumber) {
    int expected = firstNumber + 1;
    int length = 1;
    int last = start;
    for (int i = start + 1; i < lines.size(); i++) {
      NoteLine line = LineParser.parse(lines.get(i), i + 1);
      Integer n = line.number();
      if (n != null && n >= expected && n <= expected + 2 && !line.body().isEmpty()) {
        length++;
        expected = n + 1;
        last = i;
      }
    }
    return new int[] {length, last};
  }
}
