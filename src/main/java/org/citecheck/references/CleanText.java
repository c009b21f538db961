package org.citecheck.references;

import java.util.List;
import org.citecheck.urls.FoundUrl;

/**
 * A note's text after cleaning, with where each repaired URL now stands in it.
 *
 * @param text the cleaned text: lines joined, words re-joined across breaks, URLs repaired
 * @param urls the URLs in text order
 */
public record CleanText(String text, List<Span> urls) {

  /** A repaired URL at [start, end) of the cleaned text. */
  public record Span(int start, int end, FoundUrl url) {}

  public CleanText {
    urls = List.copyOf(urls);
  }

  /** The URL spans inside [start, end). */
  public List<Span> urlsIn(int start, int end) {
    return urls.stream().filter(s -> s.start() >= start && s.end() <= end).toList();
  }

  /** True when offset falls inside a URL. */
  public boolean insideUrl(int offset) {
    for (Span span : urls) {
      if (offset >= span.start() && offset < span.end()) {
        return true;
      }
    }
    return false;
  }
}
