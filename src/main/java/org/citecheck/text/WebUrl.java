package org.citecheck.text;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An http(s) URL as a document cites it, cut into its parts once for every stage that asks about a
 * host, a port or a query. Parsing is by hand, not by {@link java.net.URI} or OkHttp's {@code
 * HttpUrl}: cited URLs are often IRIs (non-ASCII hosts and paths, stray quotes or braces) that URI
 * refuses, and HttpUrl rewrites them (encodes, resolves dot segments), while reports and
 * bibliographies must show the URL as cited. The parts are kept as written; the methods that
 * compare (for example {@link #sameResource}) normalise.
 *
 * @param scheme "http" or "https", lower case
 * @param userInfo what comes before "@" in the authority, or null
 * @param host the host as written: a name (possibly international), an IPv4 address, or an IPv6
 *     address in brackets
 * @param port the explicit port, or -1 when there is none
 * @param path the path as written, "" when there is none
 * @param query the text after "?" as written, or null when there is no "?"
 * @param fragment the text after "#" as written, or null when there is no "#"
 */
public record WebUrl(
    String scheme,
    String userInfo,
    String host,
    int port,
    String path,
    String query,
    String fragment) {

  /** Longer URLs are shown as text, not linked: no real citation needs more. */
  public static final int MAX_LINK_LENGTH = 4096;

  /**
   * The parts of an http(s) URL; null for anything else: another scheme, no host, a port that is
   * not a number.
   */
  public static WebUrl parse(String url) {
    if (url == null) {
      return null;
    }
    int separator = url.indexOf("://");
    if (separator < 0) {
      return null;
    }
    String scheme = url.substring(0, separator).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    int start = separator + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? null : authority.substring(0, at);
    String hostAndPort = authority.substring(at + 1);
    String host;
    String portText;
    if (hostAndPort.startsWith("[")) {
      int close = hostAndPort.indexOf(']');
      if (close < 0 || close + 1 < hostAndPort.length() && hostAndPort.charAt(close + 1) != ':') {
        return null;
      }
      host = hostAndPort.substring(0, close + 1);
      portText = close + 1 < hostAndPort.length() ? hostAndPort.substring(close + 2) : "";
    } else {
      int colon = hostAndPort.lastIndexOf(':');
      host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
      portText = colon < 0 ? "" : hostAndPort.substring(colon + 1);
    }
    int port = port(portText);
    if (host.isEmpty() || port < -1) {
      return null;
    }
    String rest = url.substring(end);
    int hash = rest.indexOf('#');
    String fragment = hash < 0 ? null : rest.substring(hash + 1);
    String beforeHash = hash < 0 ? rest : rest.substring(0, hash);
    int question = beforeHash.indexOf('?');
    String query = question < 0 ? null : beforeHash.substring(question + 1);
    String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
    return new WebUrl(scheme, userInfo, host, port, path, query, fragment);
  }

  /**
   * Whether a URL may become a clickable link in a report: an http(s) URL with a host, and nothing
   * in it that could break out of the link or hide what it says (spaces, control characters,
   * bidirectional controls, line separators). {@code javascript:} and {@code data:} are not
   * http(s).
   */
  public static boolean isLinkable(String url) {
    if (url == null || url.length() > MAX_LINK_LENGTH || parse(url) == null) {
      return false;
    }
    return url.codePoints()
        .noneMatch(
            c ->
                c <= ' '
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || SafeText.isHidden(c)
                    || SafeText.isBreak(c));
  }

  /** True for https. */
  public boolean secure() {
    return scheme.equals("https");
  }

  /** The port, or -1 when it is none or the scheme's default (80 for http, 443 for https). */
  public int effectivePort() {
    return port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https") ? -1 : port;
  }

  /** The host in lower case, an international name in punycode ("xn--bcher-kva.example"). */
  public String asciiHost() {
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      // Not a name IDNA accepts (an empty label, an IPv6 literal with odd characters): keep it
      // readable in ASCII.
      return percentEncodeNonAscii(host.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The host in lower case without a leading "www.": what names a site when telling sites apart.
   */
  public String siteHost() {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  /** userinfo@host:port as written ("host" alone when there is neither). */
  public String authority() {
    return (userInfo == null ? "" : userInfo + "@") + host + (port < 0 ? "" : ":" + port);
  }

  /** Everything after the authority as written: path, "?query" and "#fragment". */
  public String tail() {
    return path + (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment);
  }

  /** The query's parameters as printed ("a=1"), in order, empty ones left out. */
  public List<String> queryParameters() {
    List<String> parameters = new ArrayList<>();
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (!parameter.isEmpty()) {
          parameters.add(parameter);
        }
      }
    }
    return parameters;
  }

  /** This URL with another query; no query at all when the list is empty. */
  public WebUrl withQueryParameters(List<String> parameters) {
    return new WebUrl(
        scheme,
        userInfo,
        host,
        port,
        path,
        parameters.isEmpty() ? null : String.join("&", parameters),
        fragment);
  }

  /**
   * True when both URLs name the same resource, whatever the scheme, the user info and the
   * fragment: the same host (case and IDN form aside), the same port (a default port aside), the
   * same path (a trailing slash, an empty path and the case of percent escapes aside, a non-ASCII
   * character equal to its UTF-8 escape) and the same query parameters in the same order.
   */
  public boolean sameResource(WebUrl other) {
    return other != null
        && asciiHost().equals(other.asciiHost())
        && effectivePort() == other.effectivePort()
        && comparablePath().equals(other.comparablePath())
        && queryParameters().stream()
            .map(WebUrl::comparableEscapes)
            .toList()
            .equals(other.queryParameters().stream().map(WebUrl::comparableEscapes).toList());
  }

  /**
   * The URL in pure ASCII: the host in punycode, other non-ASCII characters percent-encoded as
   * UTF-8 (RFC 3987).
   */
  public String toAscii() {
    String ascii =
        scheme
            + "://"
            + (userInfo == null ? "" : percentEncodeNonAscii(userInfo) + "@")
            + punycode(host)
            + (port < 0 ? "" : ":" + port);
    return ascii + percentEncodeNonAscii(tail());
  }

  /** The URL as written, but for the scheme in lower case and an empty port left out. */
  @Override
  public String toString() {
    return scheme + "://" + authority() + tail();
  }

  private String comparablePath() {
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.isEmpty() ? "/" : comparableEscapes(trimmed);
  }

  /**
   * Non-ASCII as UTF-8 escapes, and every escape's hex digits in upper case, so equal text compares
   * equal.
   */
  private static String comparableEscapes(String text) {
    String encoded = percentEncodeNonAscii(text);
    StringBuilder out = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%'
          && i + 2 < encoded.length()
          && isHex(encoded.charAt(i + 1))
          && isHex(encoded.charAt(i + 2))) {
        out.append('%').append(encoded.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The host for the ASCII form: ASCII labels keep their case as written when IDNA accepts the
   * name.
   */
  private static String punycode(String host) {
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return percentEncodeNonAscii(host);
    }
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * -1 for no port, the number for a valid one, -2 for anything else (letters, too long, above
   * 65535).
   */
  private static int port(String text) {
    if (text.isEmpty()) {
      return -1;
    }
    if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -2;
    }
    int port = Integer.parseInt(text);
    return port > 65535 ? -2 : port;
  }

  private static String percentEncodeNonAscii(String text) {
    StringBuilder encoded = new StringBuilder(text.length());
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
