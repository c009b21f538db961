package org.citecheck.references;

import org.citecheck.document.DocumentText;
import org.citecheck.notes.NotesSection;

/**
 * What extraction read from a document: the records, plus the text and where its notes are, for
 * the checks (such as note markers in the body) that need the document itself.
 */
public record ExtractedDocument(DocumentText document, NotesSection section, ReferenceSet references) {

  /** The body's lines (everything before the notes heading or the first note). */
  public java.util.List<String> body() {
    int end = section.heading() >= 0 ? section.heading() : section.start();
    return document.lines().subList(0, end);
  }
}
