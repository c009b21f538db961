package org.citecheck.check.page;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.verdict.PageMetadata;

/**
 * What an HTML page says it is, already cleaned and capped.
 *
 * @param title the {@code <title>}, or null
 * @param ogTitle the {@code og:title} meta property, or null
 * @param h1 the first {@code h1}, or null
 * @param text the start of the visible text, for error-page and parked-domain checks
 * @param parkingScript true when the page loads a script or frame from a domain-parking service
 * @param metadata what the page's embedded metadata says about it, or null (an outcome cached
 *     before it was read)
 */
public record PageTitles(
    String title,
    String ogTitle,
    String h1,
    String text,
    boolean parkingScript,
    PageMetadata metadata) {

  /** Titles without embedded metadata. */
  public PageTitles(String title, String ogTitle, String h1, String text, boolean parkingScript) {
    this(title, ogTitle, h1, text, parkingScript, null);
  }

  /** The same titles without the text, which only matters while judging the page. */
  public PageTitles withoutText() {
    return new PageTitles(title, ogTitle, h1, null, parkingScript, metadata);
  }

  /**
   * The titles present, best first: the embedded metadata's (the most specific convention, the
   * site's name stripped), then title, og:title, h1.
   */
  public List<String> candidates() {
    List<String> all = new ArrayList<>();
    String described = metadata == null ? null : metadata.title();
    for (String candidate : new String[] {described, title, ogTitle, h1}) {
      if (candidate != null && !candidate.isBlank() && !all.contains(candidate)) {
        all.add(candidate);
      }
    }
    return all;
  }
}
