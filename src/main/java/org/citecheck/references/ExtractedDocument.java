package org.citecheck.references;

import java.util.List;
import org.citecheck.document.DocumentText;
import org.citecheck.notes.NotesSection;

/**
 * What extraction read from a document: the records, plus the text and where its notes are, for the
 * checks (such as note markers in the body) that need the document itself.
 *
 * @param document the document's text
 * @param section where the notes are
 * @param references the records
 * @param body the body's lines: line {@code i} is line {@code i + 1} of the document. Endnotes: the
 *     lines before the notes. Footnotes: every line, with the notes' own lines blanked.
 */
public record ExtractedDocument(
    DocumentText document, NotesSection section, ReferenceSet references, List<String> body) {

  public ExtractedDocument {
    body = List.copyOf(body);
  }

  /**
   * What the user should know about how the document was read (a PDF's pages without text, its
   * unreadable glyphs), one line each: every command that reads a document says it, not only {@code
   * extract}.
   */
  public List<String> notices() {
    return document.notices();
  }
}
