package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One endnote.
 *
 * @param number the note's number
 * @param numberInferred true when the extraction lost the printed number and it was taken from the
 *     sequence
 * @param numberDisplaced true when the printed number was found displaced into the note's text
 * @param line 1-based line of the input document where the note starts
 * @param text the note's cleaned text (breaks joined, URLs repaired)
 * @param commentary the note's text that cites nothing (remarks, quotations), or null
 * @param sources the sources the note cites, in printed order
 */
@JsonPropertyOrder({"number", "numberInferred", "numberDisplaced", "line", "text", "commentary", "sources"})
public record Note(
    int number,
    boolean numberInferred,
    boolean numberDisplaced,
    int line,
    String text,
    String commentary,
    List<Source> sources) {

  public Note {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
