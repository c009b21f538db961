package org.citecheck.archive;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import okhttp3.OkHttpClient;
import org.citecheck.archive.http.LimitPolicy;
import org.citecheck.archive.save.SavePolicy;
import org.citecheck.http.FakeTime;

/** Builds engines wired to a WireMock server, with fake time and a fixed today. */
public final class ArchiveFixture {

  /** "Today" in every archive test. */
  public static final Clock TODAY =
      Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

  private ArchiveFixture() {}

  public static OkHttpClient client() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Wayback on the server, Time Travel on the server, paced at one request a second; the services
   * (Wayback when none is named) are asked in the order named.
   */
  public static ArchiveOptions options(WireMockExtension server, ArchiveService... services) {
    String base = server.baseUrl();
    return ArchiveOptions.defaults()
        .withServices(
            services.length == 0
                ? EnumSet.of(ArchiveService.WAYBACK)
                : new LinkedHashSet<>(List.of(services)))
        .withBases(base, base + "/tt", List.of())
        .withPacing(Duration.ofSeconds(1), Duration.ofSeconds(15), LimitPolicy.defaults())
        .withSaving(false, null, SavePolicy.defaults());
  }

  public static ArchiveEngine engine(ArchiveOptions options, FakeTime time) {
    OkHttpClient client = client();
    return new ArchiveEngine(client, client, options, TODAY, time);
  }
}
