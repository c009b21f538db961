package org.citecheck.check.http;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The shared client, tuned per host with {@code newBuilder()}: each host gets a connection pool and
 * a dispatcher of its own. OkHttp looks a pooled connection up by scanning the whole pool under
 * locks, and registers every call with its dispatcher under one lock, so with hundreds of calls in
 * flight over many hosts one pool and one dispatcher become the run's bottleneck; small per-host
 * ones cost nothing (a dispatcher starts no thread for synchronous calls).
 */
public final class HostClients implements AutoCloseable {

  private final OkHttpClient shared;
  private final int perHost;
  private final ConcurrentHashMap<String, OkHttpClient> byHost = new ConcurrentHashMap<>();

  public HostClients(OkHttpClient shared, int perHost) {
    this.shared = shared;
    this.perHost = perHost;
  }

  public OkHttpClient forHost(String host) {
    return byHost.computeIfAbsent(
        host.toLowerCase(Locale.ROOT),
        h ->
            shared
                .newBuilder()
                .connectionPool(new ConnectionPool(perHost, 1, TimeUnit.MINUTES))
                .dispatcher(new Dispatcher())
                .build());
  }

  /** Closes the per-host pools' idle connections; the shared pool is its builder's to close. */
  @Override
  public void close() {
    for (OkHttpClient client : byHost.values()) {
      client.connectionPool().evictAll();
      client.dispatcher().executorService().shutdown();
    }
  }
}
