package org.citecheck.document.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A link's target as the page states it: an absolute URL exactly as written (entities decoded), a
 * relative one resolved against the page's base, an in-page anchor as written. Counts the relative
 * links no base could resolve, so the reader can say so.
 */
final class Links {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private int unresolved;

  /** The target of {@code a[href]}, or null when it has none. */
  String target(Element anchor) {
    String raw = anchor.attr("href").strip();
    if (raw.isEmpty()) {
      return null;
    }
    if (raw.startsWith("#") || SCHEME.matcher(raw).find()) {
      // Jsoup's resolver would normalise an absolute URL; the citation's own spelling is kept.
      return raw;
    }
    String absolute = anchor.absUrl("href");
    if (absolute.isEmpty()) {
      unresolved++;
      return raw;
    }
    return absolute;
  }

  int unresolved() {
    return unresolved;
  }

  /** The id an in-page link points to ({@code #fn1} gives {@code fn1}), or null. */
  static String fragment(Element anchor) {
    String href = anchor.attr("href").strip();
    return href.length() > 1 && href.startsWith("#") ? href.substring(1) : null;
  }
}
