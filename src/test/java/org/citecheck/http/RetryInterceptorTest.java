package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

  final FakeTime time = new FakeTime();

  /** The archive services' policy: exact steps from 2 s, no jitter, no run budget. */
  final RetryPolicy exact =
      new RetryPolicy(
          2,
          Duration.ofSeconds(2),
          Duration.ofMinutes(2),
          Duration.ofMinutes(2),
          false,
          Integer.MAX_VALUE,
          0);

  int send(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  static Request get() {
    return new Request.Builder().url("https://web.archive.org/cdx/search/cdx").build();
  }

  static Request post() {
    return new Request.Builder()
        .url("https://web.archive.org/save")
        .post(new FormBody.Builder().add("url", "x").build())
        .build();
  }

  RetryInterceptor retry(RetryPolicy policy) {
    return new RetryInterceptor(policy, time, Clock.systemUTC());
  }

  @Test
  void withoutJitterTheBackoffDoublesExactly() throws IOException {
    ScriptedAnswers server = new ScriptedAnswers().then(503).then(502).then(200);
    assertEquals(200, send(server.client(retry(exact)), get()));
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void withJitterEachWaitIsBetweenHalfAndAllOfItsStep() throws IOException {
    RetryPolicy jittered =
        new RetryPolicy(
            3,
            Duration.ofSeconds(2),
            Duration.ofMinutes(2),
            Duration.ofMinutes(2),
            true,
            Integer.MAX_VALUE,
            0);
    ScriptedAnswers server = new ScriptedAnswers().then(503);
    assertEquals(503, send(server.client(retry(jittered)), get()));
    List<Duration> waits = time.sleeps();
    assertEquals(3, waits.size());
    for (int i = 0; i < 3; i++) {
      long step = 2000L << i;
      long ms = waits.get(i).toMillis();
      assertEquals(true, ms >= step / 2 && ms <= step, "wait " + i + " was " + ms + " ms");
    }
  }

  @Test
  void aPostIsRetriedAfterA429OnlyForItWasNotActedOn() throws IOException {
    ScriptedAnswers limited = new ScriptedAnswers().then(429).then(200);
    assertEquals(200, send(limited.client(retry(exact)), post()));
    assertEquals(2, limited.seen().size());

    ScriptedAnswers failing = new ScriptedAnswers().then(503).then(200);
    assertEquals(503, send(failing.client(retry(exact)), post()));
    assertEquals(1, failing.seen().size());

    ScriptedAnswers timingOut =
        new ScriptedAnswers().thenFail(new SocketTimeoutException("read timed out")).then(200);
    assertThrows(SocketTimeoutException.class, () -> send(timingOut.client(retry(exact)), post()));
    assertEquals(1, timingOut.seen().size());
  }

  @Test
  void timeoutsAreRetriedButARefusedConnectionIsNot() throws IOException {
    ScriptedAnswers timingOut =
        new ScriptedAnswers().thenFail(new SocketTimeoutException("read timed out")).then(200);
    assertEquals(200, send(timingOut.client(retry(exact)), get()));

    ScriptedAnswers refusing =
        new ScriptedAnswers().thenFail(new ConnectException("Connection refused"));
    assertThrows(ConnectException.class, () -> send(refusing.client(retry(exact)), get()));
    assertEquals(1, refusing.seen().size());
  }

  @Test
  void aStoppedServiceIsNotRetried() {
    ScriptedAnswers server =
        new ScriptedAnswers().thenFail(new ServiceStoppedException("stopped", true));
    assertThrows(ServiceStoppedException.class, () -> send(server.client(retry(exact)), get()));
    assertEquals(1, server.seen().size());
  }
}
