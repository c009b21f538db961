package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citecheck.text.WebUrl;

/**
 * Query parameters that only record where a click came from (the lists Firefox's query stripping
 * and ClearURLs maintain): they identify the person who shared the link and never change the page.
 * "si", "s" and "t" are tracking only on the hosts that use them that way (YouTube, Spotify, X).
 */
final class TrackingParameters {

  private static final Set<String> EVERYWHERE =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "igsh",
          "yclid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "twclid",
          "ttclid",
          "li_fat_id",
          "ref_src",
          "ref_url",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "wickedid",
          "rb_clickid",
          "s_cid",
          "__s",
          "ncid",
          "srsltid");

  private static final List<String> PREFIXES = List.of("utm_", "pk_", "mtm_");

  private TrackingParameters() {}

  /** The parameter's name as printed before "=", lower case. */
  static String name(String parameter) {
    int equals = parameter.indexOf('=');
    return (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
  }

  static boolean isTracking(String name, String host) {
    if (EVERYWHERE.contains(name)) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        return true;
      }
    }
    return switch (name) {
      case "si" -> onHost(host, "youtube.com", "youtu.be", "spotify.com");
      case "s", "t" -> onHost(host, "twitter.com", "x.com");
      default -> false;
    };
  }

  /** The names of the URL's tracking parameters, in printed order; empty when it has none. */
  static List<String> in(String url) {
    WebUrl parts = WebUrl.parse(url);
    List<String> names = new ArrayList<>();
    if (parts != null) {
      for (String parameter : parts.queryParameters()) {
        String name = name(parameter);
        if (isTracking(name, parts.asciiHost())) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The URL as printed, its tracking parameters removed (and the "?" when none is left). */
  static String strip(String url) {
    WebUrl parts = WebUrl.parse(url);
    int question = url.indexOf('?');
    if (parts == null || question < 0) {
      return url;
    }
    int hash = url.indexOf('#', question);
    String query = url.substring(question + 1, hash < 0 ? url.length() : hash);
    StringBuilder kept = new StringBuilder();
    for (String parameter : query.split("&")) {
      if (!parameter.isEmpty() && !isTracking(name(parameter), parts.asciiHost())) {
        kept.append(kept.length() == 0 ? "" : "&").append(parameter);
      }
    }
    return url.substring(0, question)
        + (kept.length() == 0 ? "" : "?" + kept)
        + (hash < 0 ? "" : url.substring(hash));
  }

  /** The URL without its tracking parameters. */
  static WebUrl withoutTracking(WebUrl url) {
    List<String> kept = new ArrayList<>();
    for (String parameter : url.queryParameters()) {
      if (!isTracking(name(parameter), url.asciiHost())) {
        kept.add(parameter);
      }
    }
    return url.withQueryParameters(kept);
  }

  private static boolean onHost(String host, String... domains) {
    for (String domain : domains) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }
}
