package org.citecheck.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;

/**
 * One (note, source) pair with a URL to check.
 *
 * @param note the note's number
 * @param source the source's index in the note
 * @param citedTitle the title the note gives, or null
 * @param candidates the readings of the URL, best first, distinct
 */
record Citation(int note, int source, String citedTitle, List<String> candidates) {

  Citation {
    candidates = List.copyOf(candidates);
  }

  private static final Pattern BARE_DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>#?%]+");

  String best() {
    return candidates.get(0);
  }

  /**
   * Every cited source with a URL (or a DOI, checked at doi.org), in note order; cross-references
   * without one give nothing.
   */
  static List<Citation> of(ReferenceSet references) {
    List<Citation> citations = new ArrayList<>();
    for (Note note : references.notes()) {
      for (int i = 0; i < note.sources().size(); i++) {
        Source source = note.sources().get(i);
        Set<String> readings = new LinkedHashSet<>();
        if (source.url() != null && !source.url().isBlank()) {
          readings.add(source.url().trim());
        }
        for (String candidate : source.urlCandidates()) {
          if (candidate != null && !candidate.isBlank()) {
            readings.add(candidate.trim());
          }
        }
        String doi = source.doi() == null ? "" : source.doi().strip();
        if (readings.isEmpty() && BARE_DOI.matcher(doi).matches()) {
          // A DOI printed without a URL is still a link to check: its resolver's address.
          readings.add("https://doi.org/" + doi);
        }
        if (!readings.isEmpty()) {
          citations.add(new Citation(note.number(), i, source.title(), new ArrayList<>(readings)));
        }
      }
    }
    return citations;
  }
}
