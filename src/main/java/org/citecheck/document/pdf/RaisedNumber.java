package org.citecheck.document.pdf;

/**
 * A number printed raised above the baseline in smaller type in the body: a note marker, as the
 * page's fonts and baselines show it.
 *
 * @param number the number
 * @param line the 0-based line of the document's text
 * @param column where it starts in that line
 * @param page the 1-based page
 */
public record RaisedNumber(int number, int line, int column, int page) {}
