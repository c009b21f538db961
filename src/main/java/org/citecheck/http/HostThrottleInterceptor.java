package org.citecheck.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Limits the requests in flight to one host and spaces their starts by a minimum interval; a
 * host's slot is held until the response body is closed.
 */
public final class HostThrottleInterceptor implements Interceptor {

  private final int perHost;
  private final long intervalNanos;
  private final TimeSource time;
  private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();

  public HostThrottleInterceptor(int perHost, Duration interval, TimeSource time) {
    this.perHost = perHost;
    this.intervalNanos = interval.toNanos();
    this.time = time;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String host = chain.request().url().host().toLowerCase(Locale.ROOT);
    Gate gate = gates.computeIfAbsent(host, h -> new Gate(perHost));
    Deadline deadline = chain.request().tag(Deadline.class);
    gate.enter(deadline);
    AtomicBoolean released = new AtomicBoolean();
    Runnable release = () -> {
      if (released.compareAndSet(false, true)) {
        gate.slots.release();
      }
    };
    try {
      Response response = chain.proceed(chain.request());
      return response.newBuilder().body(releasing(response.body(), release)).build();
    } catch (IOException | RuntimeException e) {
      release.run();
      throw e;
    }
  }

  private static ResponseBody releasing(ResponseBody body, Runnable release) {
    BufferedSource source =
        Okio.buffer(
            new ForwardingSource(body.source()) {
              @Override
              public void close() throws IOException {
                try {
                  super.close();
                } finally {
                  release.run();
                }
              }
            });
    return ResponseBody.create(source, body.contentType(), body.contentLength());
  }

  /** One host's slots and the earliest time its next request may start. */
  private final class Gate {
    final Semaphore slots;
    long nextStart = time.nanoTime();

    Gate(int permits) {
      slots = new Semaphore(permits, true);
    }

    void enter(Deadline deadline) throws IOException {
      try {
        long waitMillis = deadline == null ? Long.MAX_VALUE : deadline.remaining().toMillis();
        if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
          throw new InterruptedIOException("deadline reached while waiting for a free slot on the host");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the host");
      }
      long wait;
      synchronized (this) {
        long now = time.nanoTime();
        long start = Math.max(now, nextStart);
        nextStart = start + intervalNanos;
        wait = start - now;
      }
      try {
        if (wait > 0) {
          time.sleep(Duration.ofNanos(wait));
        }
      } catch (InterruptedException e) {
        slots.release();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the host");
      }
    }
  }
}
