package org.citecheck.scholarly.service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citecheck.http.BodyReader;
import org.citecheck.http.BreakerInterceptor;
import org.citecheck.http.BreakerPolicy;
import org.citecheck.http.RedirectInterceptor;
import org.citecheck.http.RedirectPolicy;
import org.citecheck.http.RetryInterceptor;
import org.citecheck.http.RetryPolicy;
import org.citecheck.http.ServiceLimiter;
import org.citecheck.http.ServiceStoppedException;
import org.citecheck.http.TimeSource;
import org.citecheck.http.UserAgentInterceptor;
import org.citecheck.text.SafeText;

/**
 * One metadata service (the DOI resolver, Crossref, DataCite) on the run's service client: its own
 * User-Agent with the contact address, retries honouring Retry-After, the breaker that stops a
 * service that keeps refusing, and its one {@link ServiceLimiter}. Redirects are followed hop by
 * hop (content negotiation goes from doi.org to the registration agency), each hop through the
 * limiter. Never throws for a network problem: the {@link Answer} says what happened.
 */
public final class MetadataService {

  private final String name;
  private final OkHttpClient client;
  private final ServiceLimiter limiter;
  private final long maxBytes;

  public MetadataService(
      OkHttpClient base,
      String name,
      ServicePolicy policy,
      String userAgent,
      TimeSource time,
      Clock clock) {
    this.name = name;
    this.maxBytes = policy.maxBytes();
    this.limiter =
        new ServiceLimiter(policy.maxInFlight(), policy.interval(), policy.maxWait(), time, clock);
    RetryPolicy retry =
        new RetryPolicy(
            policy.retries(),
            java.time.Duration.ofSeconds(1),
            policy.maxWait(),
            policy.maxWait(),
            false,
            Integer.MAX_VALUE,
            0);
    this.client =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(
                new RedirectInterceptor(new RedirectPolicy(policy.maxRedirects(), null)))
            .addInterceptor(new UserAgentInterceptor(userAgent))
            .addInterceptor(new RetryInterceptor(retry, time, clock))
            .addInterceptor(
                new BreakerInterceptor(name, new BreakerPolicy(3, policy.maxWait(), 5), clock))
            .addInterceptor(limiter)
            .build();
  }

  public String name() {
    return name;
  }

  /** The limiter, to read the spacing the service asked for. */
  public ServiceLimiter limiter() {
    return limiter;
  }

  /** GETs the URL asking for {@code accept}, reads at most the policy's bytes. */
  public Answer get(String url, String accept) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return Answer.failed("not an http(s) URL: " + SafeText.words(url, 200), false);
    }
    Request request = new Request.Builder().url(parsed).header("Accept", accept).get().build();
    try (Response response = client.newCall(request).execute()) {
      BodyReader.Bytes read = BodyReader.read(response, maxBytes);
      if (read.failure() != null) {
        return Answer.failed(name + ": the answer stopped arriving", false);
      }
      return new Answer(
          response.code(),
          new String(read.bytes(), charset(response)),
          response.request().url().toString(),
          null,
          false);
    } catch (ServiceStoppedException e) {
      return Answer.failed(SafeText.words(e.getMessage(), 300), false);
    } catch (IOException e) {
      boolean network =
          e instanceof UnknownHostException
              || e instanceof ConnectException
              || e instanceof NoRouteToHostException;
      return Answer.failed(
          name + " did not answer (" + SafeText.words(describe(e), 200) + ")", network);
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? "a network error" : e.getMessage();
  }

  private static Charset charset(Response response) {
    MediaType type = response.body() == null ? null : response.body().contentType();
    Charset declared = type == null ? null : type.charset(null);
    return declared == null ? StandardCharsets.UTF_8 : declared;
  }
}
