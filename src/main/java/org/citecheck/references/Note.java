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
 * @param key the format's own identifier for the note: a BibTeX entry's key, a JATS {@code ref}'s
 *     id; null when the input has none
 */
@JsonPropertyOrder({
  "number",
  "numberInferred",
  "numberDisplaced",
  "line",
  "page",
  "text",
  "commentary",
  "sources",
  "key"
})
public record Note(
    int number,
    boolean numberInferred,
    boolean numberDisplaced,
    int line,
    String text,
    String commentary,
    List<Source> sources,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
    @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

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
    this(number, numberInferred, numberDisplaced, line, text, commentary, sources, null, null);
  }

  /** A note without a key of its own (every input but BibTeX and JATS). */
  public Note(
      int number,
      boolean numberInferred,
      boolean numberDisplaced,
      int line,
      String text,
      String commentary,
      List<Source> sources,
      Integer page) {
    this(number, numberInferred, numberDisplaced, line, text, commentary, sources, page, null);
  }

  /** This note with the format's identifier for it. */
  public Note withKey(String newKey) {
    return new Note(
        number, numberInferred, numberDisplaced, line, text, commentary, sources, page, newKey);
  }

  /** This note with other sources. */
  public Note withSources(List<Source> newSources) {
    return new Note(
        number, numberInferred, numberDisplaced, line, text, commentary, newSources, page, key);
  }
}
