package org.citecheck.archive.http;

import java.io.IOException;
import java.time.Clock;
import org.citecheck.http.RetryAfter;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Paces every request to one archive service through its limiter and reports each answer back. */
public final class ThrottleInterceptor implements Interceptor {

  private final ServiceLimiter limiter;
  private final String userAgent;

  /**
   * @param userAgent set on requests that reach this interceptor without one (the caller's own
   *     User-Agent, when it set one, is kept)
   */
  public ThrottleInterceptor(ServiceLimiter limiter, String userAgent) {
    this.limiter = limiter;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    limiter.acquire();
    Request request = chain.request();
    if (request.header("User-Agent") == null && userAgent != null) {
      request = request.newBuilder().header("User-Agent", userAgent).build();
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      limiter.recordFailure(e);
      throw e;
    }
    limiter.recordResponse(
        response.code(), RetryAfter.parse(response.header("Retry-After"), Clock.systemUTC()).orElse(null));
    return response;
  }
}
