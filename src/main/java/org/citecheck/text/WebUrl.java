package org.citecheck.text;

import java.util.Locale;

/**
 * Decides whether a URL from a document may become a clickable link in a report: only http and
 * https, nothing that a browser would read as script ({@code javascript:}, {@code data:}) and nothing
 * with spaces or control characters that could break out of the link.
 */
public final class WebUrl {

  /** Longer URLs are shown as text, not linked: no real citation needs more. */
  public static final int MAX_LINK_LENGTH = 4096;

  private WebUrl() {}

  public static boolean isLinkable(String url) {
    if (url == null || url.length() > MAX_LINK_LENGTH) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return false;
    }
    if (url.length() == lower.indexOf("//") + 2) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || (c >= 0x7F && c <= 0x9F) || Character.isWhitespace(c)
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
          || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
