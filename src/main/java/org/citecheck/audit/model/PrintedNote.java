package org.citecheck.audit.model;

/**
 * A note number as the document prints it.
 *
 * @param number the number
 * @param line the 1-based line it is printed on (0 when unknown)
 * @param merged true when extraction read the line as text of the note before (a second note 14,
 *     note 13 printed after note 14), so that no note of its own holds it
 */
public record PrintedNote(int number, int line, boolean merged) {}
