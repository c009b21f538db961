package org.citecheck.scholarly.crossref;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds Crossref's bibliographic query URL for a reference as printed. */
public final class CrossrefQuery {

  /** The fields asked for: what a match is confirmed by and what fills a record. */
  static final String SELECT =
      "DOI,title,author,issued,container-title,type,score,page,volume,issue,publisher";

  private static final int MAX_QUERY = 400;

  private CrossrefQuery() {}

  /**
   * {@code {base}/works?query.bibliographic=...&rows=3&select=...}, with {@code mailto} when there
   * is a contact address (the polite pool). The reference's URLs are dropped: they only add noise.
   */
  public static String url(String base, String reference, String mailto) {
    String text = reference.replaceAll("https?://\\S+", " ").replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_QUERY) {
      text = text.substring(0, MAX_QUERY);
    }
    return base
        + "/works?query.bibliographic="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&rows=3&select="
        + URLEncoder.encode(SELECT, StandardCharsets.UTF_8)
        + (mailto == null ? "" : "&mailto=" + URLEncoder.encode(mailto, StandardCharsets.UTF_8));
  }
}
