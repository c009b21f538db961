package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An http(s) URL cut into the parts the URL rules compare. Parsing is by hand, not by
 * {@link java.net.URI}, because cited URLs are often IRIs (non-ASCII paths) that URI refuses.
 *
 * @param scheme "http" or "https"
 * @param host the host, lower case
 * @param port the explicit port, or -1 for the scheme's default
 * @param path the path, "/" when empty
 * @param query the query's parameters as printed ("a=1"), in order
 */
record UrlParts(String scheme, String host, int port, String path, List<String> query) {

  /** The parts of an http(s) URL, or null for anything else. */
  static UrlParts parse(String url) {
    if (url == null) {
      return null;
    }
    int colon = url.indexOf("://");
    if (colon < 0) {
      return null;
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    int start = colon + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int port = -1;
    int portColon = authority.lastIndexOf(':');
    if (portColon > authority.lastIndexOf(']')) {
      String digits = authority.substring(portColon + 1);
      port = digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 5
          ? -1 : Integer.parseInt(digits);
      authority = authority.substring(0, portColon);
    }
    if (authority.isEmpty()) {
      return null;
    }
    if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
      port = -1;
    }
    int hash = url.indexOf('#', end);
    String rest = url.substring(end, hash < 0 ? url.length() : hash);
    int question = rest.indexOf('?');
    String path = question < 0 ? rest : rest.substring(0, question);
    List<String> query = new ArrayList<>();
    if (question >= 0) {
      for (String parameter : rest.substring(question + 1).split("&")) {
        if (!parameter.isEmpty()) {
          query.add(parameter);
        }
      }
    }
    return new UrlParts(scheme, authority.toLowerCase(Locale.ROOT), port, path.isEmpty() ? "/" : path, query);
  }

  /**
   * True when both URLs name the same resource, whatever the scheme: same host and port, same path
   * (a trailing slash aside) and the same query.
   */
  boolean sameResource(UrlParts other) {
    return other != null && host.equals(other.host) && port == other.port
        && trimSlash(path).equals(trimSlash(other.path)) && query.equals(other.query);
  }

  /** This URL without its tracking parameters. */
  UrlParts withoutTracking() {
    List<String> kept = new ArrayList<>();
    for (String parameter : query) {
      if (!TrackingParameters.isTracking(TrackingParameters.name(parameter), host)) {
        kept.add(parameter);
      }
    }
    return new UrlParts(scheme, host, port, path, kept);
  }

  boolean secure() {
    return scheme.equals("https");
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
