package org.citecheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.SocketFactory;
import okhttp3.Dns;
import org.citecheck.http.FakeTime;
import org.citecheck.store.HistoryStore;
import org.citecheck.store.StoreAccess;
import org.citecheck.testing.TestStores;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "done when": two CI jobs sharing one store (each opening it on its own, as two
 * runners do) confirm a dead link across runs a day apart, on the run's injected clock.
 */
class SharedStoreConfirmationTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path folder;

  private final MutableClock clock = new MutableClock(TestOptions.START);

  static List<String> kinds() {
    return TestStores.kinds().toList();
  }

  private UrlResult job(StoreAccess store, String url) {
    CheckOptions options =
        TestOptions.options(true, Dns.SYSTEM, SocketFactory.getDefault(), new FakeTime(), clock)
            .withStore(store, Duration.ofHours(1));
    return TestOptions.run(options, TestReferences.of(url)).results().get(0);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void twoJobsADayApartConfirmADeadLink(String kind) {
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    String url = server.getRuntimeInfo().getHttpBaseUrl() + "/gone";
    StoreAccess store = TestStores.fresh(kind, folder);

    UrlResult jobA = job(store, url);
    assertEquals(Verdict.DEAD, jobA.verdict());
    assertEquals(Boolean.FALSE, jobA.confirmed(), "one failure is not yet proof");

    clock.advance(Duration.ofHours(23));
    assertEquals(Boolean.FALSE, job(store, url).confirmed(), "23 hours is not a day");

    clock.advance(Duration.ofHours(2));
    UrlResult jobB = job(store, url);
    assertEquals(Boolean.TRUE, jobB.confirmed(), jobB.reason());
    try (HistoryStore history = store.open()) {
      assertEquals(3, history.recent(url, 20).size(), "every check kept, none lost");
    }
  }
}
