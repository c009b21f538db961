package org.citecheck.urls;

import java.util.Locale;
import java.util.Set;
import org.citecheck.text.WebUrl;

/**
 * Whether a reading's host could be real: a reading that cuts a host short ("https://www.ipin" when
 * the text goes on "st.org/...") is not a plausible URL and is not offered as a candidate.
 */
final class HostCheck {

  /**
   * Generic top-level domains common in citations; every two-letter country code is accepted too.
   */
  private static final Set<String> GENERIC_TLDS =
      Set.of(
          "com",
          "org",
          "net",
          "edu",
          "gov",
          "mil",
          "int",
          "info",
          "biz",
          "name",
          "pro",
          "museum",
          "aero",
          "coop",
          "jobs",
          "mobi",
          "travel",
          "tel",
          "asia",
          "cat",
          "app",
          "dev",
          "io",
          "ai",
          "news",
          "world",
          "online",
          "site",
          "tech",
          "blog",
          "media",
          "press",
          "global",
          "today",
          "live",
          "space",
          "website",
          "store",
          "shop",
          "club",
          "xyz",
          "top",
          "wiki",
          "page",
          "law",
          "foundation",
          "institute",
          "international",
          "network",
          "center",
          "agency",
          "studio",
          "science",
          "academy",
          "university",
          "education",
          "report",
          "eus",
          "bzh",
          "scot",
          "wales",
          "london",
          "berlin",
          "paris",
          "nyc",
          "tokyo",
          "africa",
          "arpa",
          "cloud",
          "digital",
          "email",
          "expert",
          "group",
          "guide",
          "help",
          "link",
          "one",
          "social",
          "solutions",
          "systems",
          "tv",
          "video",
          "works",
          "zone",
          "uk",
          "eu",
          "review",
          "events",
          "community",
          "legal",
          "art",
          "design",
          "earth",
          "energy",
          "health",
          "political",
          "ngo",
          "ong",
          "post",
          "radio",
          "green");

  private HostCheck() {}

  /** True when the URL's host ends in a plausible top-level domain or is an IP address. */
  static boolean plausible(String url) {
    String host = host(url);
    if (host.isEmpty()) {
      return false;
    }
    if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[")) {
      return true;
    }
    int dot = host.lastIndexOf('.');
    if (dot <= 0 || dot == host.length() - 1) {
      return host.equals("localhost");
    }
    String tld = host.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (tld.startsWith("xn--")) {
      return true;
    }
    if (!tld.codePoints().allMatch(Character::isLetter)) {
      return false;
    }
    return tld.length() == 2 || GENERIC_TLDS.contains(tld) || !tld.matches("[a-z]+");
  }

  /** True when the URL has gone past its host: a path, a query or a fragment has started. */
  static boolean hasPath(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    for (int i = start; i < url.length(); i++) {
      if ("/?#".indexOf(url.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The host of a reading, scheme or not: a reading being built may lack its scheme
   * ("someindex.org/x") or have one that is not fetched (ftp), and its host is judged all the same.
   */
  static String host(String url) {
    int scheme = url.indexOf("://");
    WebUrl parsed = WebUrl.parse("http://" + (scheme < 0 ? url : url.substring(scheme + 3)));
    return parsed == null ? "" : parsed.host();
  }
}
