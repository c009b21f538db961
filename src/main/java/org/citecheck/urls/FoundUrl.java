package org.citecheck.urls;

import java.util.List;

/**
 * A URL found in a note's printed text.
 *
 * @param start offset where the printed URL starts (after any label or angle bracket)
 * @param end offset just past the printed URL, trailing punctuation excluded
 * @param printed the URL's text as printed, line breaks and list markers included
 * @param candidates every plausible reading, best first; never empty
 * @param doi the DOI when the URL is one (printed as doi:..., a bare DOI or a doi.org link)
 */
public record FoundUrl(int start, int end, String printed, List<String> candidates, String doi) {

  public FoundUrl {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a found URL needs at least one reading");
    }
  }

  public String best() {
    return candidates.get(0);
  }
}
