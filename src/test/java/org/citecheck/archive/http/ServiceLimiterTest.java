package org.citecheck.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citecheck.http.FakeTime;
import org.junit.jupiter.api.Test;

class ServiceLimiterTest {

  final FakeTime time = new FakeTime();
  final ServiceLimiter limiter =
      new ServiceLimiter("Wayback CDX", Duration.ofSeconds(1), LimitPolicy.defaults(), time);

  @Test
  void spacesRequestsByTheInterval() throws IOException {
    for (int i = 0; i < 4; i++) {
      limiter.acquire();
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
        time.sleeps());
  }

  @Test
  void retryAfterPushesTheNextSlotBack() throws IOException {
    limiter.acquire();
    limiter.recordResponse(429, Duration.ofSeconds(30));
    limiter.acquire();
    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps());
  }

  @Test
  void aSuccessResetsThe429Count() throws IOException {
    limiter.recordResponse(429, null);
    limiter.recordResponse(429, null);
    limiter.recordResponse(200, null);
    limiter.recordResponse(429, null);
    limiter.recordResponse(429, null);
    assertFalse(limiter.isStopped());
    limiter.recordResponse(429, null);
    assertTrue(limiter.isStopped());
    RateLimitedException stopped = assertThrows(RateLimitedException.class, limiter::acquire);
    assertTrue(stopped.rateLimited());
    assertTrue(stopped.getMessage().startsWith("archive rate-limited: Wayback CDX answered 429 3 times"));
  }

  @Test
  void repeatedConnectionFailuresStopTheServiceAsUnreachable() {
    for (int i = 0; i < 5; i++) {
      limiter.recordFailure(new ConnectException("Connection refused"));
    }
    RateLimitedException stopped = assertThrows(RateLimitedException.class, limiter::acquire);
    assertFalse(stopped.rateLimited());
    assertTrue(stopped.getMessage().startsWith("archive unreachable"), stopped.getMessage());
  }
}
