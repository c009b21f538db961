package org.citecheck.bib;

import java.util.Locale;
import org.citecheck.text.WebUrl;

/**
 * URLs as a bibliography may carry them, on top of {@link WebUrl}'s parsing. URLs come from
 * untrusted documents: only http(s) is kept, and characters that would unbalance a BibTeX field or
 * end a LaTeX argument ({@code { } \}, space, quotes, angle brackets) are percent-encoded, which
 * leaves the URL meaning the same.
 */
final class BibUrl {

  private BibUrl() {}

  /** The URL made safe to write, or null when it is missing or not http(s). */
  static String safe(String url) {
    WebUrl parsed = url == null ? null : WebUrl.parse(url.strip());
    if (parsed == null) {
      return null;
    }
    StringBuilder safe = new StringBuilder();
    safe.append(parsed.scheme()).append("://").append(parsed.authority());
    String rest = parsed.tail();
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c <= ' ' || c == 0x7f || "{}\\\"<>|^`".indexOf(c) >= 0) {
        safe.append(String.format("%%%02X", (int) c));
      } else {
        safe.append(c);
      }
    }
    String result = safe.toString();
    // The authority is not encoded (a host with a brace or a space is no host): such a URL is left
    // out.
    return result.matches("(?s).*[\\s{}\\\\].*") ? null : result;
  }

  /**
   * The URL in pure ASCII, for classic BibTeX: an international host in punycode, other non-ASCII
   * characters percent-encoded as UTF-8 (the same resource, as RFC 3987 maps IRIs).
   */
  static String ascii(String safeUrl) {
    WebUrl parsed = WebUrl.parse(safeUrl);
    return parsed == null ? safeUrl : parsed.toAscii();
  }

  /** A form for telling whether two citations point at the same page. */
  static String comparable(String safeUrl) {
    WebUrl parsed = WebUrl.parse(safeUrl);
    String url =
        parsed == null
            ? safeUrl
            : parsed.scheme() + "://" + authorityWithoutWww(parsed) + parsed.tail();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String authorityWithoutWww(WebUrl url) {
    String authority = url.authority().toLowerCase(Locale.ROOT);
    int hostStart = url.userInfo() == null ? 0 : url.userInfo().length() + 1;
    return authority.startsWith("www.", hostStart)
        ? authority.substring(0, hostStart) + authority.substring(hostStart + 4)
        : authority;
  }
}
