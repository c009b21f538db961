package org.citecheck.archive.http;

import java.io.IOException;

/**
 * The service stopped being asked in this run: it kept answering 429, asked for a wait longer than
 * allowed, or kept failing. An IOException so that it travels through OkHttp's interceptor chain.
 */
public final class RateLimitedException extends IOException {

  private final boolean rateLimited;

  public RateLimitedException(String message, boolean rateLimited) {
    super(message);
    this.rateLimited = rateLimited;
  }

  /** True when the cause was the service's rate limit rather than repeated failures. */
  public boolean rateLimited() {
    return rateLimited;
  }
}
