package org.citecheck.notes;

/**
 * One line of a notes section with its list marker and printed note number taken apart.
 *
 * @param lineNumber 1-based line in the document
 * @param raw the line as read
 * @param bullet true when the line starts with a list marker ("- ", "• ")
 * @param number the note number printed at the start of the line, or null
 * @param body the line without marker and number
 * @param indent leading spaces before the marker
 */
public record NoteLine(
    int lineNumber, String raw, boolean bullet, Integer number, String body, int indent) {

  public boolean isBlank() {
    return raw.isBlank();
  }

  /**
   * A line that holds nothing but a number: a note number split from its text, or a page number.
   */
  public boolean isNumberOnly() {
    return number != null && body.isEmpty();
  }

  /** The same line read as unnumbered: the number is put back into the text. */
  public NoteLine withoutNumber() {
    if (number == null) {
      return this;
    }
    String trimmed = raw.strip();
    String text = bullet ? trimmed.substring(1).strip() : trimmed;
    return new NoteLine(lineNumber, raw, bullet, null, text, indent);
  }
}
