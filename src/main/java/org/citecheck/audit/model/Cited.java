package org.citecheck.audit.model;

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
}
