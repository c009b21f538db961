package org.citecheck.notes;

import java.util.List;

/**
 * A note as printed, before its text is cleaned: its lines (markers and number removed) and where
 * each came from.
 *
 * @param number the note's number
 * @param numberInferred true when the number was taken from the sequence
 * @param numberDisplaced true when the number was found displaced into the text and taken out
 * @param lines the note's lines in order
 */
public record RawNote(
    int number, boolean numberInferred, boolean numberDisplaced, List<Line> lines) {

  /**
   * One printed line of a note.
   *
   * @param lineNumber 1-based line in the document
   * @param text the line's text without list marker or note number
   * @param pageBreakBefore true when a page break (blank line) separates it from the line before
   * @param bulletBefore true when the extractor printed a list marker before this continuation line
   */
  public record Line(int lineNumber, String text, boolean pageBreakBefore, boolean bulletBefore) {}

  public RawNote {
    lines = List.copyOf(lines);
  }

  public int firstLine() {
    return lines.isEmpty() ? 0 : lines.get(0).lineNumber();
  }
}
