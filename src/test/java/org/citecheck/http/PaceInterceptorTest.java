package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class PaceInterceptorTest {

  final FakeTime time = new FakeTime();
  final ScriptedAnswers server = new ScriptedAnswers().then(200);

  static void get(OkHttpClient client, String url) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      response.body().string();
    }
  }

  @Test
  void spacesRequestsByTheInterval() throws IOException {
    OkHttpClient client =
        server.client(PaceInterceptor.together(PacePolicy.spacing(Duration.ofSeconds(1)), time));
    for (int i = 0; i < 4; i++) {
      get(client, "https://web.archive.org/cdx/search/cdx?i=" + i);
    }
    assertEquals(
        List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
        time.sleeps());
  }

  @Test
  void perHostPacingKeepsEachHostsOwnTime() throws IOException {
    OkHttpClient client =
        server.client(PaceInterceptor.perHost(new PacePolicy(4, Duration.ofMillis(500)), time));
    get(client, "https://a.example/1");
    get(client, "https://b.example/1");
    get(client, "https://A.example/2");
    assertEquals(
        List.of(Duration.ofMillis(500)), time.sleeps(), "only a.example's second request waits");
  }

  @Test
  void togetherOneServiceIsOnePaceWhateverItsHosts() throws IOException {
    OkHttpClient client =
        server.client(PaceInterceptor.together(PacePolicy.spacing(Duration.ofSeconds(2)), time));
    get(client, "https://archive.org/wayback/available");
    get(client, "https://web.archive.org/cdx/search/cdx");
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void aWaitTheRetryAlreadySpentIsNotWaitedAgain() throws IOException {
    ScriptedAnswers busy = new ScriptedAnswers().then(429, "Retry-After", "30").then(200);
    RetryPolicy policy =
        new RetryPolicy(
            2,
            Duration.ofSeconds(2),
            Duration.ofMinutes(2),
            Duration.ofMinutes(2),
            false,
            Integer.MAX_VALUE,
            0);
    OkHttpClient client =
        busy.client(
            new RetryInterceptor(policy, time, java.time.Clock.systemUTC()),
            PaceInterceptor.together(PacePolicy.spacing(Duration.ofSeconds(1)), time));
    get(client, "https://web.archive.org/cdx/search/cdx");
    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps());
    assertEquals(2, busy.seen().size());
  }
}
