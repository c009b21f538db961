package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

  @Test
  void theBuilderStartsFromTheDefaults() {
    HttpSettings settings = HttpSettings.builder().build();
    assertEquals(HttpSettings.DEFAULT_CONNECT_TIMEOUT, settings.connectTimeout());
    assertEquals(HttpSettings.DEFAULT_READ_TIMEOUT, settings.readTimeout());
    assertEquals(RetryPolicy.defaults(), settings.retry());
    assertEquals(HttpSettings.DEFAULT_HOST_CONCURRENCY, settings.hostConcurrency());
    assertEquals(HttpSettings.DEFAULT_HOST_INTERVAL, settings.hostInterval());
    assertFalse(settings.allowPrivateHosts(), "private addresses are refused unless asked for");
    assertEquals(List.of(), settings.headers());
    assertSame(Dns.SYSTEM, settings.dns());
    assertSame(TimeSource.SYSTEM, settings.time());
  }

  @Test
  void toBuilderKeepsEveryFieldAndChangesOnlyWhatIsSet() {
    HttpSettings first =
        HttpSettings.builder()
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .maxRetries(5)
            .hostConcurrency(3)
            .hostInterval(Duration.ZERO)
            .allowPrivateHosts(true)
            .userAgent("ua")
            .headers(List.of(Map.entry("X-A", "1")))
            .build();
    assertEquals(first, first.toBuilder().build());
    HttpSettings second = first.toBuilder().maxRetries(0).build();
    assertEquals(0, second.retry().maxRetries());
    assertEquals(
        RetryPolicy.defaults().baseDelay(), second.retry().baseDelay(), "only the count changes");
    assertEquals(first.toBuilder().retry(second.retry()).build(), second);
  }
}
