package org.citecheck.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.Months;

/**
 * Finds a lost note number that the extraction displaced into the note's text ("following de 2
 * Waal" for note 2) or onto the end of the previous note's last line, and takes it out.
 */
final class DisplacedNumbers {

  /** Only the start of a note is searched: a displaced marker lands near where it was printed. */
  private static final int SEARCH_WINDOW = 120;

  /** Words that are normally followed by a number: the number after them is text. */
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "no",
          "nr",
          "vol",
          "volume",
          "resolution",
          "resolutions",
          "article",
          "art",
          "para",
          "paragraph",
          "chapter",
          "ch",
          "part",
          "page",
          "p",
          "pp",
          "section",
          "sec",
          "table",
          "figure",
          "fig",
          "phase",
          "step",
          "version",
          "level",
          "annex",
          "point",
          "item",
          "issue",
          "number",
          "note",
          "notes",
          "protocol",
          "round",
          "stage",
          "group",
          "class",
          "act",
          "law",
          "decree",
          "report",
          "appendix",
          "box",
          "map",
          "edition",
          "ed",
          "series",
          "term",
          "day",
          "week",
          "year",
          "years",
          "hours",
          "minutes",
          "km",
          "per",
          "than",
          "of",
          "only",
          "about",
          "some",
          "over",
          "under",
          "least",
          "most",
          "top",
          "the",
          "and",
          "or",
          "to",
          "with");

  /** Words after a number that make it a quantity ("2 million", "2 years"). */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?iu)(percent|per|km|kg|million|billion|thousand|hundred|times|years?|months?|days?|hours?|minutes?"
              + "|people|persons)\\b");

  private DisplacedNumbers() {}

  static List<RawNote> recover(List<RawNote> notes) {
    List<RawNote> result = new ArrayList<>(notes);
    for (int i = 0; i < result.size(); i++) {
      RawNote note = result.get(i);
      if (!note.numberInferred() || note.lines().isEmpty()) {
        continue;
      }
      RawNote inText = fromText(note);
      if (inText != null) {
        result.set(i, inText);
        continue;
      }
      if (i > 0) {
        RawNote[] moved = fromPreviousLine(result.get(i - 1), note);
        if (moved != null) {
          result.set(i - 1, moved[0]);
          result.set(i, moved[1]);
        }
      }
    }
    return result;
  }

  private static RawNote fromText(RawNote note) {
    RawNote.Line first = note.lines().get(0);
    String text = first.text();
    Pattern token = Pattern.compile("(?<=\\p{L}) " + note.number() + " (?=\\p{L})");
    Matcher matcher = token.matcher(text);
    while (matcher.find() && matcher.start() < SEARCH_WINDOW) {
      String before = lastWord(text.substring(0, matcher.start()));
      String after = text.substring(matcher.end());
      if (NUMBER_WORDS.contains(before.toLowerCase(Locale.ROOT)) || startsWithMonthOrUnit(after)) {
        continue;
      }
      String repaired = text.substring(0, matcher.start()) + " " + after;
      List<RawNote.Line> lines = new ArrayList<>(note.lines());
      lines.set(
          0,
          new RawNote.Line(
              first.lineNumber(), repaired, first.pageBreakBefore(), first.bulletBefore()));
      return new RawNote(note.number(), false, true, lines);
    }
    return null;
  }

  private static RawNote[] fromPreviousLine(RawNote previous, RawNote note) {
    List<RawNote.Line> lines = new ArrayList<>(previous.lines());
    RawNote.Line last = lines.get(lines.size() - 1);
    String suffix = " " + note.number();
    if (!last.text().endsWith(suffix) || !last.text().matches(".*[.!?][\"”’)]?\\s+\\d+$")) {
      return null;
    }
    String trimmed = last.text().substring(0, last.text().length() - suffix.length());
    lines.set(
        lines.size() - 1,
        new RawNote.Line(last.lineNumber(), trimmed, last.pageBreakBefore(), last.bulletBefore()));
    return new RawNote[] {
      new RawNote(previous.number(), previous.numberInferred(), previous.numberDisplaced(), lines),
      new RawNote(note.number(), false, true, note.lines())
    };
  }

  private static String lastWord(String text) {
    String stripped = text.strip();
    int space = stripped.lastIndexOf(' ');
    String word = space < 0 ? stripped : stripped.substring(space + 1);
    return word.replaceAll("[^\\p{L}]", "");
  }

  private static boolean startsWithMonthOrUnit(String text) {
    return Months.startsWithMonth(text) || UNIT.matcher(text).lookingAt();
  }
}
