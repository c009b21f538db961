package org.citecheck.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.Months;

/**
 * Splits a notes section into notes. Printed numbers anchor the notes; lines without a number
 * either continue the note before them or start a note whose number the extraction lost. The gaps
 * in the printed numbering say how many notes were lost between two anchors, and the most note-like
 * lines in that gap become those notes ({@code numberInferred}).
 */
public final class NoteAssembler {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*$");

  /** A candidate after the last printed number must look this much like a note start. */
  private static final int TAIL_THRESHOLD = 4;

  /** A candidate between anchors must at least look this much like a note start. */
  private static final int GAP_THRESHOLD = 1;

  private NoteAssembler() {}

  /** One non-blank line of the section, as the assembler classified it. */
  private static final class Item {
    final NoteLine line;
    final boolean pageBreakBefore;
    Integer anchor;
    int score;
    boolean forcedContinuation;
    Integer inferred;
    boolean columnOrder;

    Item(NoteLine line, boolean pageBreakBefore) {
      this.line = line;
      this.pageBreakBefore = pageBreakBefore;
    }

    boolean startsNote() {
      return anchor != null || inferred != null;
    }
  }

  public static List<RawNote> assemble(
      List<String> lines, NotesSection section, Artifacts artifacts) {
    List<Item> items = classify(lines, section, artifacts);
    if (items.stream().anyMatch(item -> item.columnOrder)) {
      // the notes' numbers say their order; nothing was lost between them to infer
      return sortedByNumber(build(items));
    }
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).anchor != null) {
        anchors.add(i);
      }
    }
    if (anchors.isEmpty()) {
      inferUnanchored(items);
    } else {
      inferHead(items, anchors.get(0));
      for (int a = 0; a + 1 < anchors.size(); a++) {
        inferGap(items, anchors.get(a), anchors.get(a + 1));
      }
      inferTail(items, anchors.get(anchors.size() - 1));
    }
    return build(items);
  }

  private static List<Item> classify(
      List<String> lines, NotesSection section, Artifacts artifacts) {
    List<NoteLine> parsed = new ArrayList<>();
    List<Boolean> breaks = new ArrayList<>();
    boolean blankBefore = false;
    int bullets = 0;
    for (int i = section.start(); i < section.end(); i++) {
      String raw = lines.get(i);
      if (raw.isBlank()) {
        NoteLine last = parsed.isEmpty() ? null : parsed.get(parsed.size() - 1);
        // "1", blank, text: the blank only sets the note's text apart from its hanging number
        boolean hanging =
            last != null
                && last.isNumberOnly()
                && last.lineNumber() == i
                && i + 1 < section.end()
                && !lines.get(i + 1).isBlank();
        blankBefore = last != null && !hanging;
        continue;
      }
      if (artifacts.isFurniture(raw)) {
        continue;
      }
      NoteLine line = LineParser.parse(raw, i + 1);
      Matcher glued = GLUED_MARKER.matcher(line.body());
      boolean textAfter =
          i + 1 < section.end() && !lines.get(i + 1).isBlank()
              || NotesLocator.blankSeparatedHanging(lines, i);
      if (section.footnotes() && line.number() == null && textAfter && glued.find()) {
        // Plain pdftotext deletes the hyphen that ends the body's last line ("jurisdic-") and
        // joins the footnote's hanging number to it ("jurisdic10"): the number is the note's when
        // it is the one expected (else the line is read back as text).
        line = new NoteLine(i + 1, raw, false, Integer.parseInt(glued.group(1)), "", line.indent());
      }
      bullets += line.bullet() ? 1 : 0;
      parsed.add(line);
      breaks.add(blankBefore);
      blankBefore = false;
    }
    pairHangingNumbers(parsed, breaks);
    Set<Integer> columnAnchors = section.footnotes() ? Set.of() : ColumnOrder.anchors(parsed);
    boolean bulletsInUse = bullets * 2 >= parsed.size();
    List<Item> items = new ArrayList<>();
    int expected = -1;
    int candidatesSince = 0;
    String previous = null;
    boolean afterNumberOnly = false;
    boolean inFootnote = false;
    List<NoteLine> outside = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      NoteLine line = parsed.get(i);
      if (section.footnotes() && breaks.get(i)) {
        inFootnote = false;
        outside.clear();
      }
      if (expected > 0) {
        line = LineParser.parseGlued(line, expected);
      }
      // On a page of footnotes, a number alone just before a page break (two blank lines, or a
      // form feed after a blank line) is the page's number.
      int at = line.lineNumber() - 1;
      boolean apart =
          section.footnotes()
              && breaks.get(i)
              && at + 2 < section.end()
              && lines.get(at + 1).isBlank()
              && lines.get(at + 2).isBlank();
      boolean strayNumber = !columnAnchors.isEmpty() && !columnAnchors.contains(i);
      if (line.isNumberOnly()
          && (apart || strayNumber || !numberOnlyStartsNote(line, parsed, i, expected))) {
        if (Artifacts.isPageNumber(line.raw())) {
          continue;
        }
        line = line.withoutNumber();
      }
      Item item = new Item(line, breaks.get(i));
      boolean accepted =
          columnAnchors.isEmpty()
              ? line.number() != null && acceptsNumber(line, previous, expected, candidatesSince)
              : columnAnchors.contains(i);
      if (accepted) {
        if (section.footnotes()
            && !inFootnote
            && previous != null
            && (!SENTENCE_END.matcher(previous.strip()).find() || endsInCutHost(previous))) {
          for (NoteLine carried : carriedOver(outside, previous)) {
            Item continuation = new Item(carried, true);
            continuation.forcedContinuation = true;
            continuation.score = -10;
            items.add(continuation);
            previous = carried.body();
          }
        }
        outside.clear();
        item.anchor = line.number();
        item.columnOrder = !columnAnchors.isEmpty();
        expected = line.number() + 1;
        candidatesSince = 0;
        inFootnote = true;
      } else if (section.footnotes() && !inFootnote) {
        outside.add(line);
        continue;
      } else {
        if (line.number() != null) {
          item = new Item(line.withoutNumber(), breaks.get(i));
        }
        item.forcedContinuation = afterNumberOnly;
        item.score =
            item.forcedContinuation ? -10 : NoteStartScore.score(previous, item.line, bulletsInUse);
        if (item.score >= GAP_THRESHOLD) {
          candidatesSince++;
        }
      }
      afterNumberOnly = item.anchor != null && item.line.body().isEmpty();
      previous = item.line.body().isEmpty() ? previous : item.line.body();
      items.add(item);
    }
    return items;
  }

  /**
   * pdftotext sometimes prints a run of hanging note numbers as a block of their own ("29", "30",
   * ... "40") followed by the notes' texts. Each number goes back to one of the lines after the
   * block: the first, then the most note-like ones, in order.
   */
  private static void pairHangingNumbers(List<NoteLine> parsed, List<Boolean> breaks) {
    int i = 0;
    while (i < parsed.size()) {
      int end = i;
      while (end < parsed.size()
          && parsed.get(end).isNumberOnly()
          && (end == i || parsed.get(end).number() == parsed.get(end - 1).number() + 1)) {
        end++;
      }
      int count = end - i;
      if (count < 2) {
        i++;
        continue;
      }
      int textEnd = end;
      while (textEnd < parsed.size() && parsed.get(textEnd).number() == null) {
        textEnd++;
      }
      if (textEnd - end < count) {
        i = end;
        continue;
      }
      List<Integer> starts = new ArrayList<>();
      starts.add(end);
      List<Integer> others = new ArrayList<>();
      for (int k = end + 1; k < textEnd; k++) {
        others.add(k);
      }
      others.sort(
          (a, b) ->
              Integer.compare(
                  NoteStartScore.score(parsed.get(b - 1).body(), parsed.get(b), false),
                  NoteStartScore.score(parsed.get(a - 1).body(), parsed.get(a), false)));
      starts.addAll(others.subList(0, count - 1));
      starts.sort(Integer::compare);
      for (int k = 0; k < count; k++) {
        NoteLine text = parsed.get(starts.get(k));
        parsed.set(
            starts.get(k),
            new NoteLine(
                text.lineNumber(),
                text.raw(),
                text.bullet(),
                parsed.get(i + k).number(),
                text.body(),
                text.indent()));
      }
      for (int k = 0; k < count; k++) {
        parsed.remove(i);
        breaks.remove(i);
      }
      i = textEnd - count;
    }
  }

  /** A footnote's number glued to a word cut by a deleted hyphen: "each jurisdic10". */
  private static final Pattern GLUED_MARKER = Pattern.compile("\\p{Ll}{2}(\\d{1,3})$");

  /** The body text's last line before the footnotes of a page: a sentence and its note marker. */
  private static final Pattern BODY_END = Pattern.compile("[.!?][\"”’')\\]]*\\d{0,3}$");

  /** A line that goes on from a broken one: lower case, or a piece of a URL. */
  private static final Pattern CONTINUES =
      Pattern.compile("^(\\p{Ll}|[^\\s]*[/=&]|[^\\s]*\\.\\p{Ll}{2,}[/?#])");

  /** A footnote broken at a page's foot goes on at the next page's foot, before its first note. */
  private static final int MAX_CARRIED = 4;

  /**
   * The lines that finish a footnote the page break cut, among the lines after that page break and
   * before the next footnote: the last few, from the first that follows the body text's last
   * sentence and reads as the rest of a broken line.
   */
  private static List<NoteLine> carriedOver(List<NoteLine> outside, String previous) {
    boolean inUrl = URL_PIECE.matcher(lastToken(previous)).find();
    for (int k = Math.max(0, outside.size() - MAX_CARRIED); k < outside.size(); k++) {
      String line = outside.get(k).body();
      boolean afterBody = k > 0 && BODY_END.matcher(outside.get(k - 1).raw().strip()).find();
      // a note cut inside a URL goes on with the URL's rest, whatever the body line before it
      if (afterBody && CONTINUES.matcher(line).find()
          || inUrl && URL_PIECE.matcher(firstToken(line)).find()) {
        return List.copyOf(outside.subList(k, outside.size()));
      }
    }
    return List.of();
  }

  /** A piece of a URL: a path, a query, a host with its suffix, a file name ("mation_25.pdf"). */
  private static final Pattern URL_PIECE =
      Pattern.compile("://|/|[=&]|[\\p{L}\\p{N}_]\\.\\p{Ll}{2,}");

  /** A URL's host without a path, ending at a dot: "https://www.eurodesk." */
  private static final Pattern CUT_HOST =
      Pattern.compile("^(?:\\p{L}+://|www\\.)[^/\\s]*[\\p{L}\\p{N}]\\.$");

  /**
   * A footnote whose last line ends with a host cut after a dot: the full stop is the host's, not a
   * sentence's, when the note goes on after the page break ("net/view.php?id=9").
   */
  private static boolean endsInCutHost(String previous) {
    return CUT_HOST.matcher(lastToken(previous)).find();
  }

  private static String lastToken(String text) {
    String stripped = text.strip();
    return stripped.substring(stripped.lastIndexOf(' ') + 1);
  }

  private static String firstToken(String text) {
    String stripped = text.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? stripped : stripped.substring(0, space);
  }

  /** A line holding only a number starts a note when it is the expected one and text follows. */
  private static boolean numberOnlyStartsNote(
      NoteLine line, List<NoteLine> parsed, int i, int expected) {
    // text follows, even text that starts with a number other than the next note's ("10." then
    // "9 Box of Controls")
    NoteLine next = i + 1 < parsed.size() ? parsed.get(i + 1) : null;
    boolean textFollows =
        next != null
            && (next.number() == null
                || !next.body().isEmpty()
                    && next.number() != line.number() + 1
                    && next.number() != line.number());
    return textFollows
        && (expected < 0
            ? line.number() <= 3
            : line.number() == expected || numbersDisplacedLater(parsed, i, expected));
  }

  /** How far after a hanging number pdftotext may set the numbers of the notes before it. */
  private static final int DISPLACED_WITHIN = 30;

  /**
   * Plain pdftotext sometimes sets a page's hanging footnote numbers out of order: "19", its text,
   * the next note's text, "21", its text, "22", its text, then "20" alone under the last. A number
   * after the expected one starts its note when each number it skips is printed alone a little
   * further on (that stray number is then dropped as a page number would be).
   */
  private static boolean numbersDisplacedLater(List<NoteLine> parsed, int i, int expected) {
    int n = parsed.get(i).number();
    if (n <= expected || n > expected + 2) {
      return false;
    }
    for (int skipped = expected; skipped < n; skipped++) {
      boolean later = false;
      for (int k = i + 1; k < Math.min(parsed.size(), i + DISPLACED_WITHIN) && !later; k++) {
        later = parsed.get(k).isNumberOnly() && parsed.get(k).number() == skipped;
      }
      if (!later) {
        return false;
      }
    }
    return true;
  }

  /**
   * A printed number is taken as a note number when it continues the sequence: the next number, or
   * a later one when enough unnumbered note-like lines came in between to hold the lost ones.
   */
  private static boolean acceptsNumber(
      NoteLine line, String previous, int expected, int candidatesSince) {
    int n = line.number();
    if (n <= 0) {
      return false;
    }
    if (expected < 0) {
      return n <= candidatesSince + 3 || previous == null;
    }
    if (n < expected || n > expected + candidatesSince + 2) {
      return false;
    }
    boolean previousOpen = previous != null && !SENTENCE_END.matcher(previous.strip()).find();
    if (previousOpen && Months.startsWithMonth(line.body())) {
      return false;
    }
    return n == expected || !previousOpen;
  }

  private static void inferHead(List<Item> items, int firstAnchor) {
    int missing = items.get(firstAnchor).anchor - 1;
    if (firstAnchor == 0 || missing <= 0) {
      return;
    }
    items.get(0).score = Integer.MAX_VALUE;
    pick(items, 0, firstAnchor, 1, missing, GAP_THRESHOLD);
  }

  private static void inferGap(List<Item> items, int from, int to) {
    int missing = items.get(to).anchor - items.get(from).anchor - 1;
    if (missing > 0) {
      pick(items, from + 1, to, items.get(from).anchor + 1, missing, GAP_THRESHOLD);
    }
  }

  private static void inferTail(List<Item> items, int lastAnchor) {
    pick(
        items,
        lastAnchor + 1,
        items.size(),
        items.get(lastAnchor).anchor + 1,
        Integer.MAX_VALUE,
        TAIL_THRESHOLD);
  }

  /** Unnumbered lists (author-date bibliographies): every note-like line starts an entry. */
  private static void inferUnanchored(List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    items.get(0).score = Integer.MAX_VALUE;
    pick(items, 0, items.size(), 1, Integer.MAX_VALUE, GAP_THRESHOLD);
  }

  /** Marks the {@code count} best candidates in [from, to) as notes numbered from {@code first}. */
  private static void pick(
      List<Item> items, int from, int to, int first, int count, int threshold) {
    List<Integer> chosen = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (items.get(i).anchor == null && items.get(i).score >= threshold) {
        chosen.add(i);
      }
    }
    if (chosen.size() > count) {
      chosen.sort((a, b) -> Integer.compare(items.get(b).score, items.get(a).score));
      chosen = new ArrayList<>(chosen.subList(0, count));
      chosen.sort(Integer::compare);
    }
    int number = first;
    for (int index : chosen) {
      items.get(index).inferred = number++;
    }
  }

  private static List<RawNote> sortedByNumber(List<RawNote> notes) {
    List<RawNote> sorted = new ArrayList<>(notes);
    sorted.sort(Comparator.comparingInt(RawNote::number));
    return sorted;
  }

  private static List<RawNote> build(List<Item> items) {
    List<RawNote> notes = new ArrayList<>();
    List<RawNote.Line> current = null;
    int number = 0;
    boolean inferred = false;
    for (Item item : items) {
      if (item.startsNote()) {
        if (current != null) {
          notes.add(new RawNote(number, inferred, false, current));
        }
        current = new ArrayList<>();
        number = item.anchor != null ? item.anchor : item.inferred;
        inferred = item.anchor == null;
      }
      if (current == null) {
        continue;
      }
      if (!item.line.body().isEmpty()) {
        boolean continuation = !item.startsNote();
        current.add(
            new RawNote.Line(
                item.line.lineNumber(),
                item.line.body(),
                item.pageBreakBefore,
                continuation && item.line.bullet()));
      }
    }
    if (current != null) {
      notes.add(new RawNote(number, inferred, false, current));
    }
    return DisplacedNumbers.recover(notes);
  }
}
