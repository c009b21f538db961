package org.citecheck.audit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.citecheck.document.Months;
import org.citecheck.notes.Artifacts;
import org.citecheck.notes.LineParser;
import org.citecheck.notes.NoteLine;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Note;

/**
 * The notes' numbers as the document prints them, in document order. Extraction keeps a note only
 * where its number continues the sequence, so a second note 14, or note 13 printed after note 14,
 * ends up as text inside the note before it. The numbering rules need those numbers: this reads
 * them back from the notes section, where a line inside a note starts with a number no higher than
 * that note's and reads as a note's start (the line before ends a sentence, a capital or a quote
 * follows the number, and it is not a date such as "12 May 2020").
 */
final class PrintedNumbers {

  /** Ends a sentence, possibly inside closing quotes or brackets, or ends a URL's path. */
  private static final Pattern CLOSED = Pattern.compile("(?:[.!?][\"”’')\\]]*|/)$");

  /**
   * A line ending in an abbreviation that a number follows ("no.", "p.", "vol.") does not end a
   * sentence.
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?i)\\b(?:no|nos|nr|p|pp|vol|vols|art|para|paras|ch|chap|ed|eds|n|nn|fn|sec|fig|s)\\.$");

  /** A surname's lower-case particle before a capital: "van Dijk", "de Waal", "al-Sayed". */
  private static final Pattern PARTICLE =
      Pattern.compile(
          "^(?:van|von|de|der|den|du|da|di|del|della|le|la|ter|ten|bin|ibn)\\s+\\p{Lu}|^al-\\p{Lu}");

  private PrintedNumbers() {}

  /** The notes' own numbers, for input without the document's text. */
  static List<PrintedNote> of(List<Note> notes) {
    List<PrintedNote> printed = new ArrayList<>();
    for (Note note : notes) {
      printed.add(new PrintedNote(note.number(), Math.max(note.line(), 0), false));
    }
    return printed;
  }

  /** The notes' numbers and those printed inside the notes of an endnotes section. */
  static List<PrintedNote> of(List<Note> notes, ExtractedDocument extracted) {
    if (extracted.section().footnotes()) {
      return of(notes);
    }
    Map<Integer, Note> starts = new HashMap<>();
    for (Note note : notes) {
      if (note.line() > 0) {
        starts.putIfAbsent(note.line(), note);
      }
    }
    List<String> lines = extracted.document().lines();
    Artifacts artifacts = Artifacts.of(lines);
    List<PrintedNote> printed = new ArrayList<>();
    Note current = null;
    int uncertain = -1;
    String previous = null;
    for (int i = extracted.section().start();
        i < extracted.section().end() && i < lines.size();
        i++) {
      String raw = lines.get(i);
      Note start = starts.get(i + 1);
      boolean furniture =
          raw.isBlank() || artifacts.isFurniture(raw) || Artifacts.isPageNumber(raw);
      if (start != null) {
        current = start;
        NoteLine line = LineParser.parse(raw, i + 1);
        // A start that prints no number (it came from a number alone on a line, perhaps a page
        // number)
        // or does not read as a note's start may be wrong; a line inside it that prints its number
        // is
        // then where the note really starts. A note whose number extraction took from the sequence
        // but
        // whose line prints a lower one (a second "25." where note 26 was due) is printed with that
        // one.
        boolean credible = line.number() != null && startsNote(line, previous, Integer.MAX_VALUE);
        uncertain = credible ? -1 : printed.size();
        int number =
            start.numberInferred() && credible && line.number() < start.number()
                ? line.number()
                : start.number();
        printed.add(new PrintedNote(number, start.line(), false));
        previous = line.number() == null ? "." : raw.strip();
        continue;
      }
      if (current != null && !furniture) {
        NoteLine line = LineParser.parse(raw, i + 1);
        if (uncertain >= 0 && line.number() != null && line.number() == current.number()) {
          printed.remove(uncertain);
          printed.add(new PrintedNote(current.number(), i + 1, false));
          uncertain = -1;
        } else if (startsNote(line, previous, current.number())) {
          printed.add(new PrintedNote(line.number(), i + 1, true));
        }
      }
      if (!furniture && !header(lines, i)) {
        previous = raw.strip();
      }
    }
    if (printed.size() < notes.size()) {
      return of(notes);
    }
    return printed;
  }

  /**
   * A line alone between blank lines that does not end a sentence: a running header or footer too
   * rare in a short document to count as furniture. It says nothing about whether the note before
   * it ended.
   */
  private static boolean header(List<String> lines, int i) {
    boolean alone =
        (i == 0 || lines.get(i - 1).isBlank())
            && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
    String line = lines.get(i).strip();
    return alone && !CLOSED.matcher(line).find() && !endsWithUrl(line);
  }

  /**
   * A line inside note {@code within} that starts a note numbered no higher, by the evidence above.
   */
  private static boolean startsNote(NoteLine line, String previous, int within) {
    Integer number = line.number();
    if (number == null
        || number < 1
        || number > within
        || line.isNumberOnly()
        || previous == null
        || line.body().isEmpty()) {
      return false;
    }
    String body = line.body();
    int first = body.codePointAt(0);
    boolean opens =
        Character.isUpperCase(first)
            || "\"“‘'«„".indexOf(first) >= 0
            || PARTICLE.matcher(body).find();
    boolean closed =
        CLOSED.matcher(previous).find() && !ABBREVIATION.matcher(previous).find()
            || endsWithUrl(previous);
    return opens && closed && !Months.startsWithMonth(body);
  }

  private static boolean endsWithUrl(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return last.contains("://") || last.startsWith("www.");
  }
}
