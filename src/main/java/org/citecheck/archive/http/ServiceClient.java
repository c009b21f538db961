package org.citecheck.archive.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The caller's OkHttp client tuned for one archive service: its limiter as the final interceptor,
 * redirects left to the caller (TimeGates answer with them), and bounded retries for 429, 502-504
 * and connection failures, each retry waiting for the slot the limiter pushed back.
 */
public final class ServiceClient {

  private final OkHttpClient client;
  private final ServiceLimiter limiter;

  public ServiceClient(OkHttpClient base, ServiceLimiter limiter, String userAgent) {
    this.limiter = limiter;
    this.client =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
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
   * Sends the request and reads at most {@code maxBytes} of the answer. A POST is retried only after
   * a 429, which means it was not acted on.
   *
   * @throws RateLimitedException when the service is stopped or still answers 429 after the retries
   */
  public Reply execute(Request request, long maxBytes) throws IOException {
    boolean idempotent = !"POST".equals(request.method());
    int retries = limiter.policy().retries();
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= retries;
      try (Response response = client.newCall(request).execute()) {
        int code = response.code();
        boolean retryable = code == 429 || (idempotent && code >= 502 && code <= 504);
        if (retryable && !last) {
          continue;
        }
        if (code == 429) {
          throw new RateLimitedException(
              "archive rate-limited: " + limiter.name() + " still answered 429 after "
                  + (attempt + 1) + " attempts", true);
        }
        return Reply.read(response, maxBytes);
      } catch (RateLimitedException e) {
        throw e;
      } catch (IOException e) {
        if (last || !idempotent || interrupted(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean interrupted(IOException e) {
    return e instanceof InterruptedIOException && Thread.currentThread().isInterrupted();
  }
}
