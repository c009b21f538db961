package org.citecheck.document.bibtex;

import java.util.List;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;

/**
 * One entry of a BibTeX or biblatex file, read.
 *
 * @param key the entry's key ({@code @article{key, ...})
 * @param line the 1-based line where the entry starts, or 0 when not found
 * @param fields its fields as text (TeX turned into the words it prints)
 * @param text the entry as one line of text, for reports and for the audit's comparisons
 * @param links its URL as a link, when it has one
 */
public record BibtexEntry(
    String key, int line, CitedFields fields, String text, List<MarkupLink> links) {

  public BibtexEntry {
    links = List.copyOf(links);
  }

  /**
   * The entry as a note: no printed mark, for a bibliography's entries have none (they are numbered
   * by position, and the number is marked as inferred).
   */
  public MarkupNote note() {
    return new MarkupNote(null, line, text, links, fields, key);
  }
}
