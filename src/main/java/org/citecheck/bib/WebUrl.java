package org.citecheck.bib;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs as a bibliography may carry them. URLs come from untrusted documents: only http(s) is kept,
 * and characters that would unbalance a BibTeX field or end a LaTeX argument ({@code { } \}, space,
 * quotes, angle brackets) are percent-encoded, which leaves the URL meaning the same.
 */
final class WebUrl {

  private static final Pattern PARTS =
      Pattern.compile("(?i)(https?)://([^/?#]*)(.*)", Pattern.DOTALL);

  private WebUrl() {}

  /** The URL made safe to write, or null when it is missing or not http(s). */
  static String safe(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = PARTS.matcher(url.strip());
    if (!matcher.matches() || matcher.group(2).isEmpty()) {
      return null;
    }
    StringBuilder safe = new StringBuilder();
    safe.append(matcher.group(1).toLowerCase(Locale.ROOT)).append("://").append(matcher.group(2));
    String rest = matcher.group(3);
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c <= ' ' || c == 0x7f || "{}\\\"<>|^`".indexOf(c) >= 0) {
        safe.append(String.format("%%%02X", (int) c));
      } else {
        safe.append(c);
      }
    }
    String result = safe.toString();
    return result.matches("(?s).*[\\s{}\\\\].*") ? null : result;
  }

  /**
   * The URL in pure ASCII, for classic BibTeX: an international host in punycode, other
   * non-ASCII characters percent-encoded as UTF-8 (the same resource, as RFC 3987 maps IRIs).
   */
  static String ascii(String safeUrl) {
    Matcher matcher = PARTS.matcher(safeUrl);
    if (!matcher.matches()) {
      return safeUrl;
    }
    String host = matcher.group(2);
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      host = percentEncodeNonAscii(host);
    }
    return matcher.group(1) + "://" + host + percentEncodeNonAscii(matcher.group(3));
  }

  /** A form for telling whether two citations point at the same page. */
  static String comparable(String safeUrl) {
    Matcher matcher = PARTS.matcher(safeUrl);
    String url = matcher.matches()
        ? matcher.group(1).toLowerCase(Locale.ROOT) + "://"
            + matcher.group(2).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") + matcher.group(3)
        : safeUrl;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String percentEncodeNonAscii(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0) {
        encoded.append((char) b);
      } else {
        encoded.append(String.format("%%%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
