package org.citecheck.http;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Builds the one OkHttp client a run shares: OkHttp's own redirect following off (redirects are
 * followed hop by hop by {@link RedirectInterceptor}, so every hop passes the URL policy and the
 * other interceptors), TLS verified by the platform's defaults (never relaxed), the address guard
 * in front of DNS, and the cross-cutting behaviour as interceptors. Callers tune it per use with
 * {@code newBuilder()}.
 */
public final class HttpClients {

  /** Redirects followed for a cited page; the eleventh is a failure. */
  public static final int MAX_REDIRECTS = 10;

  private HttpClients() {}

  public static OkHttpClient create(HttpSettings settings) {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .dns(settings.allowPrivateHosts() ? settings.dns() : new GuardedDns(settings.dns()))
            .socketFactory(settings.socketFactory())
            .addInterceptor(new RedirectInterceptor(
                new RedirectPolicy(MAX_REDIRECTS, new UrlPolicy(settings.allowPrivateHosts()))))
            .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
            .addInterceptor(new RequestHeadersInterceptor(settings.headers()))
            .addInterceptor(new CookieInterceptor())
            .addInterceptor(new RetryInterceptor(settings.retry(), settings.time(), settings.clock()))
            .addInterceptor(PaceInterceptor.perHost(
                new PacePolicy(settings.hostConcurrency(), settings.hostInterval()), settings.time()));
    if (!settings.allowPrivateHosts()) {
      builder.addNetworkInterceptor(new ConnectedAddressInterceptor());
    }
    return builder.build();
  }

  /**
   * A client for what the user configured rather than what a document cites (the connectivity
   * probe, archive services): same resolver, sockets and timeouts, no address guard (a service may
   * be a local mirror), and none of the interceptors meant for cited sites.
   */
  public static OkHttpClient forServices(OkHttpClient shared, HttpSettings settings) {
    OkHttpClient.Builder builder = shared.newBuilder().dns(settings.dns());
    builder.interceptors().clear();
    builder.networkInterceptors().clear();
    return builder.build();
  }

  /** The service client naming the checker in its User-Agent, for the connectivity probe. */
  public static OkHttpClient forProbe(OkHttpClient shared, HttpSettings settings) {
    return forServices(shared, settings).newBuilder()
        .addInterceptor(new UserAgentInterceptor(settings.userAgent())).build();
  }
}
