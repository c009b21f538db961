package org.citecheck.archive.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citecheck.http.BreakerInterceptor;
import org.citecheck.http.PaceInterceptor;
import org.citecheck.http.PacePolicy;
import org.citecheck.http.RedirectInterceptor;
import org.citecheck.http.RedirectPolicy;
import org.citecheck.http.RetryInterceptor;
import org.citecheck.http.ServiceStoppedException;
import org.citecheck.http.TimeSource;
import org.citecheck.http.UserAgentInterceptor;

/**
 * The caller's OkHttp client tuned for one archive service with the shared interceptors: the
 * archive's User-Agent, retries with the archive's policy, the breaker that stops a service that
 * keeps refusing or failing, and one pace for the whole service. Redirects are left to the caller
 * (TimeGates answer with them).
 */
public final class ServiceClient {

  private final String name;
  private final LimitPolicy limits;
  private final BreakerInterceptor breaker;
  private final OkHttpClient client;

  /**
   * @param name the service's name in messages ("Wayback CDX")
   * @param interval the least time between two requests to the service
   */
  public ServiceClient(
      OkHttpClient base,
      String name,
      Duration interval,
      LimitPolicy limits,
      String userAgent,
      TimeSource time) {
    this.name = name;
    this.limits = limits;
    this.breaker = new BreakerInterceptor(name, limits.breaker(), Clock.systemUTC());
    this.client =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(new UserAgentInterceptor(userAgent))
            .addInterceptor(new RetryInterceptor(limits.retry(), time, Clock.systemUTC()))
            .addInterceptor(breaker)
            .addInterceptor(PaceInterceptor.together(PacePolicy.spacing(interval), time))
            .build();
  }

  private ServiceClient(ServiceClient from, OkHttpClient client) {
    this.name = from.name;
    this.limits = from.limits;
    this.breaker = from.breaker;
    this.client = client;
  }

  /**
   * The same service (same pace, same breaker) following up to {@code maxRedirects} redirects
   * itself, each hop a request through every interceptor.
   */
  public ServiceClient following(int maxRedirects) {
    OkHttpClient.Builder builder = client.newBuilder();
    builder.interceptors().add(0, new RedirectInterceptor(new RedirectPolicy(maxRedirects, null)));
    return new ServiceClient(this, builder.build());
  }

  public String name() {
    return name;
  }

  public boolean stopped() {
    return breaker.isStopped();
  }

  /** GETs a page (HTML preferred) and reads at most {@code maxBytes} of it. */
  public Reply get(String url, long maxBytes) throws IOException {
    return execute(Reply.pageRequest(url), maxBytes);
  }

  /**
   * Sends the request and reads at most {@code maxBytes} of the answer.
   *
   * @throws RateLimitedException when the service is stopped or still answers 429 after the retries
   */
  public Reply execute(Request request, long maxBytes) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (response.code() == 429) {
        breaker.throwIfStopped();
        throw new RateLimitedException(
            "archive rate-limited: "
                + name
                + " still answered 429 after "
                + (limits.retries() + 1)
                + " attempts",
            true);
      }
      return Reply.read(response, maxBytes);
    } catch (ServiceStoppedException e) {
      throw new RateLimitedException("archive " + e.getMessage(), e.rateLimited());
    }
  }
}
