package org.citecheck.document.markup;

import java.util.List;

/**
 * One note as the markup holds it: its text exactly, with nothing to repair.
 *
 * @param mark the mark printed for it ("1", "*", "a"), or null when the format numbers notes by
 *     position only
 * @param line the 1-based line of {@link MarkupDocument#text()} where the note starts
 * @param text the note's text as one paragraph (paragraphs inside a note joined by a space)
 * @param links the note's links in order
 * @param fields the fields the markup states, or null when only the text is known
 * @param key the format's identifier for the note or entry (a BibTeX key, a JATS {@code ref/@id}),
 *     or null
 */
public record MarkupNote(
    String mark, int line, String text, List<MarkupLink> links, CitedFields fields, String key) {

  public MarkupNote {
    links = List.copyOf(links);
  }

  public MarkupNote(String mark, int line, String text, List<MarkupLink> links) {
    this(mark, line, text, links, null, null);
  }
}
