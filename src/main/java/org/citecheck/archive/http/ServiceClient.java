package org.citecheck.archive.http;

import java.io.IOException;
import java.time.Clock;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citecheck.http.RetryInterceptor;
import org.citecheck.http.TimeSource;

/**
 * The caller's OkHttp client tuned for one archive service: the shared retry interceptor with the
 * archive's policy, then the service's limiter, redirects left to the caller (TimeGates answer with
 * them). A retry waits in the retry interceptor; the limiter spaces every attempt.
 */
public final class ServiceClient {

  private final OkHttpClient client;
  private final ServiceLimiter limiter;

  public ServiceClient(OkHttpClient base, ServiceLimiter limiter, String userAgent, TimeSource time) {
    this.limiter = limiter;
    this.client =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(new RetryInterceptor(limiter.policy().retry(), time, Clock.systemUTC()))
            .addInterceptor(new ThrottleInterceptor(limiter, userAgent))
            .build();
  }

  public String name() {
    return limiter.name();
  }

  public boolean stopped() {
    return limiter.isStopped();
  }

  /**
   * Sends the request and reads at most {@code maxBytes} of the answer.
   *
   * @throws RateLimitedException when the service is stopped or still answers 429 after the retries
   */
  public Reply execute(Request request, long maxBytes) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (response.code() == 429) {
        limiter.throwIfStopped();
        throw new RateLimitedException(
            "archive rate-limited: " + limiter.name() + " still answered 429 after "
                + (limiter.policy().retries() + 1) + " attempts", true);
      }
      return Reply.read(response, maxBytes);
    }
  }
}
