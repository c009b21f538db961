package org.citecheck.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The HTTP clients of one run, built once by the run's composition root and shared by every stage
 * (one connection pool, one set of timeouts and sockets), each tuned per use with {@code
 * newBuilder()}:
 *
 * <ul>
 *   <li>{@link #pages()} for the pages a document cites: the address guard in front of DNS and on
 *       every connection, OkHttp's own redirect following off (redirects are followed hop by hop by
 *       {@link RedirectInterceptor}, so every hop passes the URL policy and the interceptors after
 *       it), then the user agent, the user's headers, per-call cookies, retries and per-host
 *       pacing;
 *   <li>{@link #services()} for what the user configured (archive services, the connectivity
 *       probe): the same resolver, sockets and timeouts without the address guard (a service may be
 *       a local mirror) and without the interceptors meant for cited sites; each service adds its
 *       own.
 * </ul>
 *
 * TLS is verified by the platform's defaults and never relaxed.
 */
public final class HttpClients implements AutoCloseable {

  /** Redirects followed for a cited page; the eleventh is a failure. */
  public static final int MAX_REDIRECTS = 10;

  private final HttpSettings settings;
  private final OkHttpClient pages;
  private final OkHttpClient services;
  private final PaceInterceptor pace;

  /** The robots.txt group citecheck reads before the catch-all one. */
  static final String ROBOTS_AGENT = "citecheck";

  private HttpClients(
      HttpSettings settings, OkHttpClient pages, OkHttpClient services, PaceInterceptor pace) {
    this.settings = settings;
    this.pages = pages;
    this.services = services;
    this.pace = pace;
  }

  /**
   * The per-host pace of {@link #pages()}: a check waits here for its host's turn before its URL's
   * time starts (see {@link PaceInterceptor#awaitTurn}).
   */
  public PaceInterceptor pagePace() {
    return pace;
  }

  public static HttpClients create(HttpSettings settings) {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .dns(settings.allowPrivateHosts() ? settings.dns() : new GuardedDns(settings.dns()))
            .socketFactory(settings.socketFactory())
            .addInterceptor(
                new RedirectInterceptor(
                    new RedirectPolicy(MAX_REDIRECTS, new UrlPolicy(settings.allowPrivateHosts()))))
            .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
            .addInterceptor(new RequestHeadersInterceptor(settings.headers()))
            .addInterceptor(new CookieInterceptor())
            .addInterceptor(
                new RetryInterceptor(settings.retry(), settings.time(), settings.clock()));
    if (!settings.allowPrivateHosts()) {
      builder.addNetworkInterceptor(new ConnectedAddressInterceptor());
    }
    // robots.txt is read with the same guards, once per host before its pace starts: not paced
    // itself, and not retried (a site without one answers 404 at once).
    OkHttpClient.Builder robotsBuilder = builder.build().newBuilder();
    robotsBuilder.interceptors().removeIf(i -> i instanceof RetryInterceptor);
    OkHttpClient robots = robotsBuilder.build();
    Function<HttpUrl, Duration> crawlDelay =
        settings.respectRobots()
            ? url -> RobotsTxt.crawlDelay(robots, url, ROBOTS_AGENT)
            : url -> Duration.ZERO;
    PaceInterceptor pace =
        PaceInterceptor.perHost(
            PacePolicy.adaptive(settings.hostConcurrency(), settings.hostInterval()),
            settings.time(),
            crawlDelay,
            settings.clock());
    builder.addInterceptor(pace);
    OkHttpClient pages = builder.build();
    OkHttpClient.Builder plain = pages.newBuilder().dns(settings.dns());
    plain.interceptors().clear();
    plain.networkInterceptors().clear();
    return new HttpClients(settings, pages, plain.build(), pace);
  }

  /** The client for the pages a document cites. */
  public OkHttpClient pages() {
    return pages;
  }

  /** The base client for the services the user configured. */
  public OkHttpClient services() {
    return services;
  }

  /** The service client naming the checker in its User-Agent, for the connectivity probe. */
  public OkHttpClient probe() {
    return services
        .newBuilder()
        .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
        .build();
  }

  /** Closes every idle connection of the shared pool, so the run leaves no sockets behind. */
  @Override
  public void close() {
    pages.connectionPool().evictAll();
  }
}
