package org.citecheck.audit.markers;

/**
 * A number in the body that may be a note marker.
 *
 * @param number the note number it would reference
 * @param line the 1-based line of the input document
 * @param column the 0-based position in that line
 * @param form how it is printed, which says how likely it is to be a marker
 * @param context the text around it, for people to find it
 */
public record MarkerCandidate(int number, int line, int column, Form form, String context) {

  /** How a number is printed, from surest to least sure; the weight is its say in the chain. */
  public enum Form {
    /** Superscript digits ("¹²") or "^{12}": a marker beyond doubt. */
    SUPERSCRIPT(4),
    /** Numbers in square brackets ("[12]", "[3–5]"): the numeric citation style, where a number recurs. */
    BRACKETED(4),
    /** Digits glued to punctuation after a word ("leaders.5", "death.\"6"). */
    GLUED_TO_PUNCTUATION(2),
    /** Digits glued to a word ("Introduction1") or alone after punctuation ("Russia. 10 Turkey"). */
    LOOSE(1);

    private final int weight;

    Form(int weight) {
      this.weight = weight;
    }

    public int weight() {
      return weight;
    }
  }
}
