package org.citecheck.references.fields;

import java.util.Locale;
import org.citecheck.HasId;

/**
 * What a token of a reference is part of. The names follow AnyStyle's and CSL's field names, so
 * that training data from both corpora maps onto them without loss.
 */
public enum Label implements HasId {
  AUTHOR,
  EDITOR,
  TRANSLATOR,
  TITLE,
  /** The journal, book, site or outlet that holds the source. */
  CONTAINER,
  COLLECTION,
  PUBLISHER,
  LOCATION,
  DATE,
  VOLUME,
  ISSUE,
  PAGES,
  EDITION,
  /** "Report", "[Tweet]", "PhD diss.", "Working Paper". */
  GENRE,
  URL,
  DOI,
  ISBN,
  ACCESSED,
  /** "(TR)", "[trans.]": the title is the note's translation. */
  TRANSLATED,
  /** Commentary, connecting words and identifiers that are no field of ours. */
  NOTE,
  CITATION_NUMBER;

  /** The label's name in the model file and in training data ("container", "citation-number"). */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The label a model file names; unknown names read as {@link #NOTE}. */
  public static Label fromId(String id) {
    Label label = HasId.find(Label.class, id);
    return label == null ? NOTE : label;
  }
}
