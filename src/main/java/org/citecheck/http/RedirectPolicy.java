package org.citecheck.http;

/**
 * How {@link RedirectInterceptor} follows redirects.
 *
 * @param maxRedirects redirects followed at most; one more is a failure
 * @param targets the policy every redirect target must pass, or null to accept any http(s) URL (the
 *     client's DNS guard and connected-address check still apply)
 */
public record RedirectPolicy(int maxRedirects, UrlPolicy targets) {

  /** A Location longer than this is refused, as a URL that long is refused. */
  public static final int MAX_LOCATION_LENGTH = UrlPolicy.MAX_URL_LENGTH;

  public RedirectPolicy {
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
  }
}
