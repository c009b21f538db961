package org.citecheck.http;

import java.io.IOException;

/**
 * A service that {@link BreakerInterceptor} stopped asking in this run: it kept answering 429,
 * asked for a wait longer than allowed, or kept failing. An IOException so that it travels through
 * OkHttp's interceptor chain; never retried.
 */
public final class ServiceStoppedException extends IOException {

  private final boolean rateLimited;

  public ServiceStoppedException(String message, boolean rateLimited) {
    super(message);
    this.rateLimited = rateLimited;
  }

  /** True when the cause was the service's rate limit rather than repeated failures. */
  public boolean rateLimited() {
    return rateLimited;
  }
}
