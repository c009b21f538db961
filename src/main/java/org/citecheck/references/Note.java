package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param page the 1-based page where the note starts, for PDF input; null for text input
 */
@JsonPropertyOrder({
  "number",
  "numberInferred",
  "numberDisplaced",
  "line",
  "page",
  "text",
  "commentary",
  "sources"
})
public record Note(
    int number,
    boolean numberInferred,
    boolean numberDisplaced,
    int line,
    String text,
    String commentary,
    List<Source> sources,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

  public Note {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A note of text input, which has lines but no pages. */
  public Note(
      int number,
      boolean numberInferred,
      boolean numberDisplaced,
      int line,
      String text,
      String commentary,
      List<Source> sources) {
    this(number, numberInferred, numberDisplaced, line, text, commentary, sources, null);
  }

  /** This note with other sources. */
  public Note withSources(List<Source> newSources) {
    return new Note(
        number, numberInferred, numberDisplaced, line, text, commentary, newSources, page);
  }
}
