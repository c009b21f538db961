package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a fetched page says about itself (Highwire {@code citation_*} tags, JSON-LD, Dublin Core,
 * Open Graph, plain HTML), normalised: for each field the most specific convention that gives it
 * wins. Every value is remote text, already cleaned and capped; each output escapes it again.
 *
 * @param title the page's title, the site's name stripped from it, or null
 * @param authors people or bodies the page names as its authors, never the site itself
 * @param published the publication date, ISO 8601 (partial allowed), or null
 * @param siteName the site, journal or publisher, or null
 * @param type what the page says it is ("NewsArticle", "article", "ScholarlyArticle"), or null
 * @param doi the DOI the page gives, without resolver prefix, or null
 * @param canonical the page's canonical http(s) URL, or null
 * @param language the page's language tag ("en", "de-CH"), or null
 */
@JsonPropertyOrder({
  "title",
  "authors",
  "published",
  "siteName",
  "type",
  "doi",
  "canonical",
  "language"
})
public record PageMetadata(
    String title,
    List<String> authors,
    String published,
    String siteName,
    String type,
    String doi,
    String canonical,
    String language) {

  public PageMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** True when the page said nothing about itself. */
  public boolean isEmpty() {
    return title == null
        && authors.isEmpty()
        && published == null
        && siteName == null
        && type == null
        && doi == null
        && canonical == null
        && language == null;
  }
}
