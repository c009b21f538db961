package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.regex.Pattern;
import org.citecheck.http.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine tells its listener which URLs are being fetched, so progress can show what hangs. */
class FetchEventsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private String url(String path) {
    return server.getRuntimeInfo().getHttpBaseUrl() + path;
  }

  @Test
  void eachFetchedUrlIsAnnouncedOnceAndEndsBeforeItsResultsSettle() {
    server.stubFor(any(urlEqualTo("/fast")).willReturn(aResponse().withStatus(200)));
    server.stubFor(
        any(urlEqualTo("/slow")).willReturn(aResponse().withStatus(404).withFixedDelay(700)));
    RecordingListener listener = new RecordingListener();
    CheckOptions options =
        TestOptions.loopback(new FakeTime()).withExcludes(List.of(Pattern.compile("/excluded")));
    TestOptions.run(
        options,
        new TestReferences()
            .note(TestReferences.web("Slow", url("/slow")))
            .note(TestReferences.web("Fast", url("/fast")))
            .note(TestReferences.web("Excluded", url("/excluded")))
            .note(TestReferences.web("Slow again", url("/slow")))
            .build(),
        listener);

    List<String> events = listener.events;
    for (String path : List.of("/slow", "/fast")) {
      assertEquals(
          1, events.stream().filter(("fetching " + url(path))::equals).count(), events::toString);
      assertEquals(
          1, events.stream().filter(("fetched " + url(path))::equals).count(), events::toString);
      assertTrue(
          events.indexOf("fetching " + url(path)) < events.indexOf("fetched " + url(path)),
          events::toString);
    }
    assertTrue(
        events.stream().noneMatch(event -> event.endsWith("/excluded")),
        "an excluded URL is not fetched");
    int slowEnded = events.indexOf("fetched " + url("/slow"));
    assertTrue(
        events.indexOf("settled alive") < slowEnded,
        "the fast page settles while the slow one still runs: " + events);
    assertEquals(
        List.of("settled dead", "settled dead"),
        events.subList(slowEnded + 1, events.size()).stream()
            .filter(e -> e.startsWith("settled dead"))
            .toList(),
        "both notes citing the slow page settle after its fetch ended: " + events);
  }
}
