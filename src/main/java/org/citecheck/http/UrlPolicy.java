package org.citecheck.http;

import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Decides whether a URL may be fetched: http or https only, a host, a sane length, and no literal
 * non-public address unless private hosts are allowed. Names are checked after DNS by {@link
 * GuardedDns}; this class catches what OkHttp connects to without asking DNS.
 */
public final class UrlPolicy {

  /** Longer URLs are refused: no browser or server accepts them and they only carry attacks. */
  public static final int MAX_URL_LENGTH = 8192;

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private final boolean allowPrivateHosts;

  public UrlPolicy(boolean allowPrivateHosts) {
    this.allowPrivateHosts = allowPrivateHosts;
  }

  /** The verdict on one URL: a fetchable URL, or why it is not one. */
  public record Decision(HttpUrl url, String problem, boolean refusedAddress) {
    public boolean allowed() {
      return url != null;
    }
  }

  public Decision check(String text) {
    if (text == null || text.isBlank()) {
      return problem("the URL is empty");
    }
    if (text.length() > MAX_URL_LENGTH) {
      return problem("the URL is longer than " + MAX_URL_LENGTH + " characters");
    }
    Matcher scheme = SCHEME.matcher(text.trim());
    if (!scheme.find()) {
      return problem("not an absolute URL (no http:// or https://)");
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    if (!name.equals("http") && !name.equals("https")) {
      return problem("the scheme '" + name + "' is not http or https");
    }
    HttpUrl url = HttpUrl.parse(text.trim());
    if (url == null || url.host().isEmpty()) {
      return problem("not a valid URL");
    }
    return check(url);
  }

  public Decision check(HttpUrl url) {
    if (!allowPrivateHosts) {
      InetAddress literal = AddressPolicy.literal(url.host());
      if (literal != null && !AddressPolicy.isPublic(literal)) {
        return new Decision(null, literal.getHostAddress() + " is not a public address", true);
      }
    }
    return new Decision(url, null, false);
  }

  private static Decision problem(String problem) {
    return new Decision(null, problem, false);
  }
}
