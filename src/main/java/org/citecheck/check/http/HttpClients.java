package org.citecheck.check.http;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Builds the one OkHttp client a run shares: redirects off (the {@link Fetcher} follows them),
 * TLS verified by the platform's defaults (never relaxed), the address guard in front of DNS, and
 * the cross-cutting behaviour as interceptors. Callers tune it per use with {@code newBuilder()}.
 */
public final class HttpClients {

  private HttpClients() {}

  public static OkHttpClient create(HttpSettings settings, RetryBudget budget) {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .dns(settings.allowPrivateHosts() ? settings.dns() : new GuardedDns(settings.dns()))
            .socketFactory(settings.socketFactory())
            .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
            .addInterceptor(new RequestHeadersInterceptor(settings.headers()))
            .addInterceptor(new CookieInterceptor())
            .addInterceptor(new RetryInterceptor(settings.retry(), budget, settings.sleeper(), settings.clock()))
            .addInterceptor(
                new HostThrottleInterceptor(settings.hostConcurrency(), settings.hostInterval(), settings.sleeper()));
    if (!settings.allowPrivateHosts()) {
      builder.addNetworkInterceptor(new ConnectedAddressInterceptor());
    }
    return builder.build();
  }

  /**
   * A client for the checker's own connectivity probe: same resolver and sockets, no address guard
   * (the probe's URL is configuration, not a document's), no retries or throttling.
   */
  public static OkHttpClient forProbe(OkHttpClient shared, HttpSettings settings) {
    OkHttpClient.Builder builder = shared.newBuilder().dns(settings.dns());
    builder.interceptors().clear();
    builder.networkInterceptors().clear();
    return builder.addInterceptor(new UserAgentInterceptor(settings.userAgent())).build();
  }
}
