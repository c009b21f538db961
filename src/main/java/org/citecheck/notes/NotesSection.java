package org.citecheck.notes;

/**
 * Where a document's notes are: lines {@code start} (inclusive) to {@code end} (exclusive),
 * 0-based.
 *
 * @param heading index of the heading line ("Notes", "Endnotes", ...), or -1 when the notes were
 *     found as the document's trailing run of numbered lines
 * @param start first line after the heading
 * @param end one past the last line of the section
 * @param bibliography true when the heading names a reference list ("References", "Bibliography"),
 *     whose entries are usually unnumbered
 * @param footnotes true when the notes are footnotes printed at the foot of each page, so that body
 *     text stands between them: a note then ends at the first blank line (the page break)
 */
public record NotesSection(
    int heading, int start, int end, boolean bibliography, boolean footnotes) {

  public NotesSection(int heading, int start, int end, boolean bibliography) {
    this(heading, start, end, bibliography, false);
  }
}
