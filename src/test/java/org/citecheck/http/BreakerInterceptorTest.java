package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class BreakerInterceptorTest {

  final BreakerInterceptor breaker =
      new BreakerInterceptor(
          "Wayback CDX", new BreakerPolicy(3, Duration.ofMinutes(2), 5), Clock.systemUTC());

  static int get(OkHttpClient client) throws IOException {
    try (Response response =
        client
            .newCall(new Request.Builder().url("https://web.archive.org/cdx").build())
            .execute()) {
      return response.code();
    }
  }

  @Test
  void aSuccessResetsThe429Count() throws IOException {
    OkHttpClient client =
        new ScriptedAnswers()
            .then(429)
            .then(429)
            .then(200)
            .then(429)
            .then(429)
            .then(429)
            .client(breaker);
    for (int i = 0; i < 5; i++) {
      get(client);
    }
    assertFalse(breaker.isStopped());
    get(client);
    assertTrue(breaker.isStopped());
    ServiceStoppedException stopped =
        assertThrows(ServiceStoppedException.class, () -> get(client));
    assertTrue(stopped.rateLimited());
    assertTrue(
        stopped.getMessage().startsWith("rate-limited: Wayback CDX answered 429 3 times"),
        stopped.getMessage());
  }

  @Test
  void repeatedConnectionFailuresStopTheServiceAsUnreachable() {
    ScriptedAnswers server =
        new ScriptedAnswers().thenFail(new ConnectException("Connection refused"));
    OkHttpClient client = server.client(breaker);
    for (int i = 0; i < 5; i++) {
      assertThrows(ConnectException.class, () -> get(client));
    }
    ServiceStoppedException stopped =
        assertThrows(ServiceStoppedException.class, () -> get(client));
    assertFalse(stopped.rateLimited());
    assertTrue(stopped.getMessage().startsWith("unreachable"), stopped.getMessage());
    assertEquals(5, server.seen().size(), "the stopped service is not asked again");
  }

  @Test
  void aRetryAfterLongerThanAllowedStopsAtOnce() throws IOException {
    OkHttpClient client = new ScriptedAnswers().then(429, "Retry-After", "3600").client(breaker);
    assertEquals(429, get(client));
    ServiceStoppedException stopped =
        assertThrows(ServiceStoppedException.class, () -> get(client));
    assertTrue(stopped.getMessage().contains("asked to wait 3600 s"), stopped.getMessage());
  }

  @Test
  void serverErrorsCountAsFailuresAndAnAnswerResetsThem() throws IOException {
    OkHttpClient client =
        new ScriptedAnswers()
            .then(503)
            .then(503)
            .then(503)
            .then(503)
            .then(200)
            .then(503)
            .client(breaker);
    for (int i = 0; i < 6; i++) {
      get(client);
    }
    assertFalse(breaker.isStopped(), "four failures, an answer, one failure: never five in a row");
  }
}
