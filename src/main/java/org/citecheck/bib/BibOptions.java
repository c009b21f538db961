package org.citecheck.bib;

/**
 * What `citecheck bib` was asked to do.
 *
 * @param input references.json (or "-" for standard input)
 * @param style the output format
 * @param output the output file, "-" for standard output, or null for the default: standard output
 *     when the input is standard input, else the style's default name in the current folder
 * @param report a verification.json whose redirects, snapshots and check dates (for the links it
 *     reached) enrich the entries, or null
 * @param password the password of an encrypted PDF input, or null
 * @param baseUrl what an HTML input's relative links are resolved against, or null
 */
public record BibOptions(
    String input, BibStyle style, String output, String report, String password, String baseUrl) {

  public BibOptions(String input, BibStyle style, String output, String report) {
    this(input, style, output, report, null, null);
  }
}
