package org.citecheck.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries 429, 502, 503, 504, timeouts and connection resets with exponential backoff, honouring
 * Retry-After, within the policy, the retry budget of the client it belongs to and the request's
 * {@link Deadline}. A request that is not idempotent (a POST) is retried only after a 429, which
 * says it was not acted on.
 */
public final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final TimeSource time;
  private final Clock clock;

  /**
   * @param clock reads Retry-After dates
   */
  public RetryInterceptor(RetryPolicy policy, TimeSource time, Clock clock) {
    this.policy = policy;
    this.budget = new RetryBudget(policy.budgetFloor(), policy.budgetRatio());
    this.time = time;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Deadline deadline = request.tag(Deadline.class);
    boolean idempotent = !request.method().equals("POST") && !request.method().equals("PATCH");
    for (int attempt = 0; ; attempt++) {
      budget.recordRequest();
      Response response;
      try {
        response = chain.proceed(attempt == 0 ? request : retry(request));
      } catch (IOException e) {
        Duration wait = backoff(attempt);
        if (!idempotent
            || !isTransient(e)
            || chain.call().isCanceled()
            || !mayRetry(attempt, wait, deadline)) {
          throw e;
        }
        pause(wait);
        continue;
      }
      if (!isTransient(response) || (!idempotent && response.code() != 429)) {
        return response;
      }
      Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock);
      if (asked.isPresent() && asked.get().compareTo(policy.retryAfterCap()) > 0) {
        return response;
      }
      Duration wait = asked.isPresent() ? asked.get() : backoff(attempt);
      if (!mayRetry(attempt, wait, deadline)) {
        return response;
      }
      response.close();
      pause(wait);
    }
  }

  /**
   * Marks a repeated request: it has waited its backoff (or the server's Retry-After), so a pace
   * below does not make it wait again (see {@link PaceInterceptor}).
   */
  public static final class Retried {
    static final Retried INSTANCE = new Retried();

    private Retried() {}
  }

  private static Request retry(Request request) {
    return request.newBuilder().tag(Retried.class, Retried.INSTANCE).build();
  }

  private boolean mayRetry(int attempt, Duration wait, Deadline deadline) {
    if (attempt >= policy.maxRetries()) {
      return false;
    }
    if (deadline != null && wait.compareTo(deadline.remaining()) >= 0) {
      return false;
    }
    return budget.tryRetry();
  }

  /** Exponential backoff; with jitter, "equal jitter": half the step is fixed, half random. */
  Duration backoff(int attempt) {
    long base = policy.baseDelay().toMillis();
    long step = Math.min(policy.maxDelay().toMillis(), base << Math.min(attempt, 20));
    if (!policy.jitter()) {
      return Duration.ofMillis(step);
    }
    long half = step / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  private void pause(Duration wait) throws IOException {
    try {
      time.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static boolean isTransient(Response response) {
    int code = response.code();
    if (BotChallenges.isChallenge(response.headers())) {
      return false;
    }
    return code == 429 || code == 502 || code == 503 || code == 504;
  }

  /** Timeouts and resets: a later attempt may well succeed. A refused connection is not one. */
  public static boolean isTransient(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return true;
    }
    if (e instanceof SocketException) {
      String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
      return message.contains("reset") || message.contains("broken pipe");
    }
    return false;
  }
}
