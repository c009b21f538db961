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

  @Test
  void anAdaptivePaceStartsWithNoGapAndSlowsOnlyTheHostThatRefused() throws IOException {
    ScriptedAnswers answers = new ScriptedAnswers().then(200).then(429).then(200);
    PaceInterceptor pace = PaceInterceptor.perHost(PacePolicy.adaptive(4, Duration.ZERO), time);
    OkHttpClient client = answers.client(pace);
    get(client, "https://a.example/1");
    get(client, "https://a.example/2");
    assertEquals(List.of(), time.sleeps(), "no gap before the host refused");
    assertEquals(Duration.ofMillis(250), pace.gapOf("a.example"));
    get(client, "https://b.example/1");
    get(client, "https://a.example/3");
    assertEquals(List.of(Duration.ofMillis(250)), time.sleeps(), "only a.example waits");
    assertEquals(Duration.ofMillis(225), pace.gapOf("a.example"), "and its gap eases back");
  }

  @Test
  void aRetryAfterHoldsBackTheHostsOtherRequests() throws IOException {
    ScriptedAnswers answers = new ScriptedAnswers().then(503, "Retry-After", "7").then(200);
    OkHttpClient client =
        answers.client(PaceInterceptor.perHost(PacePolicy.adaptive(4, Duration.ZERO), time));
    get(client, "https://a.example/1");
    get(client, "https://a.example/2");
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void theCrawlDelayIsAskedOncePerHostAndIsTheFloor() throws IOException {
    List<String> asked = new java.util.ArrayList<>();
    PaceInterceptor pace =
        PaceInterceptor.perHost(
            PacePolicy.adaptive(4, Duration.ZERO),
            time,
            url -> {
              asked.add(url.host());
              return url.host().equals("slow.example") ? Duration.ofSeconds(2) : Duration.ZERO;
            },
            java.time.Clock.systemUTC());
    OkHttpClient client = server.client(pace);
    for (int i = 0; i < 3; i++) {
      get(client, "https://slow.example/" + i);
      get(client, "https://fast.example/" + i);
    }
    assertEquals(List.of("slow.example", "fast.example"), asked);
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void aTurnWaitedForBeforeTheRequestIsNotWaitedAgain() throws Exception {
    PaceInterceptor pace =
        PaceInterceptor.perHost(new PacePolicy(4, Duration.ofSeconds(1), true), time);
    OkHttpClient client = server.client(pace);
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get("https://a.example/1");
    for (int i = 0; i < 3; i++) {
      PaceInterceptor.Turn turn = pace.awaitTurn(url);
      Request request =
          new Request.Builder().url(url).tag(PaceInterceptor.Turn.class, turn).build();
      try (Response response = client.newCall(request).execute()) {
        response.body().string();
      }
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.sleeps());
  }

  @Test
  void aStartThePaceWouldPutPastTheDeadlineFailsAtOnce() {
    PaceInterceptor pace =
        PaceInterceptor.perHost(new PacePolicy(4, Duration.ofSeconds(60), true), time);
    OkHttpClient client = server.client(pace);
    Request first =
        new Request.Builder()
            .url("https://a.example/1")
            .tag(Deadline.class, Deadline.after(Duration.ofSeconds(5)))
            .build();
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> client.newCall(first).execute().close());
    Request second = first.newBuilder().url("https://a.example/2").build();
    org.junit.jupiter.api.Assertions.assertThrows(
        PaceException.class, () -> client.newCall(second).execute());
    assertEquals(List.of(), time.sleeps(), "nothing waited for in vain");
  }
}
