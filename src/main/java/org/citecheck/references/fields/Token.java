package org.citecheck.references.fields;

/**
 * One token of a reference: a word, a number, one punctuation mark, or a whole URL or DOI.
 *
 * @param text the token as printed
 * @param start offset of its first character in the reference
 * @param end offset after its last character
 */
public record Token(String text, int start, int end) {}
