package org.citecheck.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Paces requests that share a key: at most the policy's number in flight, their starts spaced by
 * its interval. A slot is held until the response body is closed. Waiting for a slot stops at the
 * request's {@link Deadline}. Cited pages are paced per host; an archive service as a whole.
 */
public final class PaceInterceptor implements Interceptor {

  private final PacePolicy policy;
  private final Function<Request, String> key;
  private final TimeSource time;
  private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();

  private PaceInterceptor(PacePolicy policy, Function<Request, String> key, TimeSource time) {
    this.policy = policy;
    this.key = key;
    this.time = time;
  }

  /** One pace per host, as a polite crawler keeps. */
  public static PaceInterceptor perHost(PacePolicy policy, TimeSource time) {
    return new PaceInterceptor(
        policy, request -> request.url().host().toLowerCase(Locale.ROOT), time);
  }

  /** One pace for every request through this interceptor: one service, whatever its hosts. */
  public static PaceInterceptor together(PacePolicy policy, TimeSource time) {
    return new PaceInterceptor(policy, request -> "", time);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Gate gate = gates.computeIfAbsent(key.apply(chain.request()), k -> new Gate());
    gate.enter(chain.request().tag(Deadline.class));
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
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

  /** One key's slots and the earliest time its next request may start. */
  private final class Gate {
    final Semaphore slots = new Semaphore(policy.concurrency(), true);
    long nextStart = time.nanoTime();

    void enter(Deadline deadline) throws IOException {
      try {
        long waitMillis = deadline == null ? Long.MAX_VALUE : deadline.remaining().toMillis();
        if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
          throw new InterruptedIOException(
              "deadline reached while waiting for a free slot on the host");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the host");
      }
      long wait;
      synchronized (this) {
        long now = time.nanoTime();
        long start = Math.max(now, nextStart);
        nextStart = start + policy.interval().toNanos();
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
