package org.citecheck.bib;

/**
 * What a bibliography run wrote.
 *
 * @param entries the number of entries
 * @param output where they went ("standard output" or the file)
 */
public record BibResult(int entries, String output) {}
