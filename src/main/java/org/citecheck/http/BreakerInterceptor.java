package org.citecheck.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Stops asking a service that keeps refusing or failing: once it answers 429 too many times in a
 * row, asks (with Retry-After) for a longer wait than the policy allows, or fails too many times in
 * a row (no connection, 5xx), every later request through this interceptor fails at once with
 * {@link ServiceStoppedException}, so that no further request reaches it. One instance per service.
 */
public final class BreakerInterceptor implements Interceptor {

  private final String service;
  private final BreakerPolicy policy;
  private final Clock clock;
  private int consecutive429;
  private int consecutiveFailures;
  private ServiceStoppedException stopped;

  /**
   * @param service the service's name, for the messages
   * @param clock reads Retry-After dates
   */
  public BreakerInterceptor(String service, BreakerPolicy policy, Clock clock) {
    this.service = service;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    throwIfStopped();
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (ServiceStoppedException e) {
      throw e;
    } catch (IOException e) {
      recordFailure(e.getClass().getSimpleName());
      throw e;
    }
    recordResponse(
        response.code(), RetryAfter.parse(response.header("Retry-After"), clock).orElse(null));
    return response;
  }

  public synchronized boolean isStopped() {
    return stopped != null;
  }

  /** Throws why the service was stopped, if it was. */
  public synchronized void throwIfStopped() throws ServiceStoppedException {
    if (stopped != null) {
      throw new ServiceStoppedException(stopped.getMessage(), stopped.rateLimited());
    }
  }

  private synchronized void recordResponse(int code, Duration retryAfter) {
    if (code == 429) {
      consecutive429++;
      if (consecutive429 >= policy.maxConsecutive429()) {
        stop(
            "rate-limited: "
                + service
                + " answered 429 "
                + consecutive429
                + " times in a row; not asked again in this run",
            true);
      } else if (retryAfter != null && retryAfter.compareTo(policy.maxWait()) > 0) {
        stop(
            "rate-limited: "
                + service
                + " asked to wait "
                + retryAfter.toSeconds()
                + " s; not asked again in this run",
            true);
      }
      return;
    }
    consecutive429 = 0;
    if (code >= 500) {
      recordFailure(code + " answer");
    } else {
      consecutiveFailures = 0;
    }
  }

  private synchronized void recordFailure(String what) {
    consecutiveFailures++;
    if (consecutiveFailures >= policy.maxConsecutiveFailures()) {
      stop(
          "unreachable: "
              + service
              + " failed "
              + consecutiveFailures
              + " times in a row (last: "
              + what
              + "); not asked again in this run",
          false);
    }
  }

  private void stop(String reason, boolean rateLimited) {
    if (stopped == null) {
      stopped = new ServiceStoppedException(reason, rateLimited);
    }
  }
}
