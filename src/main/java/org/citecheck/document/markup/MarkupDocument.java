package org.citecheck.document.markup;

import java.util.List;
import org.citecheck.document.pdf.RaisedNumber;

/**
 * A document read from its markup: the notes and links exactly as the markup states them, and the
 * body with the positions of its note references, for the audit.
 *
 * @param format the format it was read as
 * @param text the document as lines (the body, then the notes): what note lines and marker
 *     positions refer to. For a line-based source (Markdown, LaTeX) these are its own lines.
 * @param body the body's lines, index-aligned with {@code text}; note lines are blank
 * @param notes the notes in order: footnotes by the order of their first reference in the body
 * @param bodyLinks the body's links (outside every note), in order
 * @param markers the body's note references: number, 0-based line and column in {@code text}
 * @param title the document's title as its metadata states it, or null
 * @param notices what the user should know about how it was read (tracked changes accepted, a link
 *     left unresolved), one line each
 */
public record MarkupDocument(
    MarkupFormat format,
    List<String> text,
    List<String> body,
    List<MarkupNote> notes,
    List<MarkupLink> bodyLinks,
    List<RaisedNumber> markers,
    String title,
    List<String> notices) {

  public MarkupDocument {
    text = List.copyOf(text);
    body = List.copyOf(body);
    notes = List.copyOf(notes);
    bodyLinks = List.copyOf(bodyLinks);
    markers = List.copyOf(markers);
    notices = List.copyOf(notices);
  }
}
