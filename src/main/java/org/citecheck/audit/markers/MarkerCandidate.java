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

  /**
   * How a number is printed: the evidence that it is a marker. The weight is its say in the chain
   * of markers ({@link MarkerChain}); a strong form is a marker on its own evidence, the others are
   * markers only where the sequence of markers around them expects one.
   */
  public enum Form {
    /**
     * Raised above the baseline in smaller type, as a PDF's layout tells it: a marker beyond doubt.
     * Made by readers that see the page's fonts (PDF input); plain text never gives it.
     */
    RAISED(4, true, "raised in smaller type"),
    /** Superscript digits ("¹²") or "^{12}": a marker beyond doubt. */
    SUPERSCRIPT(4, true, "printed in superscript digits"),
    /**
     * Numbers in square brackets ("[12]", "[3–5]"): the numeric citation style, where a number
     * recurs.
     */
    BRACKETED(4, true, "in square brackets"),
    /** Digits glued to punctuation after a word ("leaders.5", "death.\"6", "accord,12"). */
    GLUED_TO_PUNCTUATION(2, true, "glued to the punctuation after a word"),
    /**
     * Digits after a number's full stop ("in 2021.3 They", "118 to 27.12 The"): it also reads as a
     * decimal.
     */
    AFTER_NUMBER(1, false, "after a number's full stop, where it also reads as a decimal"),
    /** Digits glued to a word ("Introduction1"): it may be part of a name ("COVID19"). */
    GLUED_TO_WORD(1, false, "glued to a word, where it may be part of a name"),
    /** Digits alone after punctuation ("Russia. 10 Turkey"): it may be a count. */
    SPACED(1, false, "set off by a space, where it may be a count");

    private final double weight;
    private final boolean strong;
    private final String printed;

    Form(double weight, boolean strong, String printed) {
      this.weight = weight;
      this.strong = strong;
      this.printed = printed;
    }

    public double weight() {
      return weight;
    }

    /** True when the form alone makes the number a marker, whatever the sequence around it. */
    public boolean strong() {
      return strong;
    }

    /**
     * How it is printed, for a finding's reason: "glued to a word, where it may be part of a name".
     */
    public String printed() {
      return printed;
    }
  }

  /** True when the form alone makes it a marker (see {@link Form#strong()}). */
  public boolean strong() {
    return form.strong();
  }
}
