package org.citecheck.bib;

import java.util.List;

/**
 * What a bibliography run wrote.
 *
 * @param entries the number of entries
 * @param output where they went ("standard output" or the file)
 * @param notices what a person should know about the entries (an offline report gave no access
 *     dates...), one line each
 */
public record BibResult(int entries, String output, List<String> notices) {

  public BibResult {
    notices = notices == null ? List.of() : List.copyOf(notices);
  }
}
