package org.citecheck.audit;

import org.citecheck.references.Note;
import org.citecheck.references.Source;

/**
 * One source in the place it is cited.
 *
 * @param note the note that cites it
 * @param index the source's index in the note (0-based, as in verification.json)
 * @param source the source
 */
public record Cited(Note note, int index, Source source) {

  public int number() {
    return note.number();
  }

  /** A full citation, not a cross-reference ("cited above", "Ibid.", "op. cit."). */
  public boolean full() {
    return source.crossRef() == null;
  }

  /** The note's line in the document, or null when unknown. */
  public Integer line() {
    return note.line() > 0 ? note.line() : null;
  }

  /** "note 12" or, when the note cites several sources, "note 12, source 2" (counted from 1). */
  public String where() {
    return note.sources().size() > 1 ? "note " + number() + ", source " + (index + 1) : "note " + number();
  }
}
