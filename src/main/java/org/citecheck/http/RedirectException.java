package org.citecheck.http;

import java.io.IOException;

/**
 * A redirect that {@link RedirectInterceptor} would not follow. An IOException so that it travels
 * through OkHttp's interceptor chain.
 */
public final class RedirectException extends IOException {

  /** Why the redirect was not followed. */
  public enum Kind {
    /** The Location is too long or not an http(s) URL. */
    BAD_LOCATION,
    /** The target fails the redirect policy's URL policy (a non-public address). */
    REFUSED_TARGET,
    /** The target was already visited with the same cookies. */
    LOOP,
    /** More redirects than the policy allows. */
    TOO_MANY
  }

  private final Kind kind;
  private final String url;

  public RedirectException(Kind kind, String url, String message) {
    super(message);
    this.kind = kind;
    this.url = url;
  }

  public Kind kind() {
    return kind;
  }

  /** The URL the redirect chain stopped at. */
  public String url() {
    return url;
  }
}
