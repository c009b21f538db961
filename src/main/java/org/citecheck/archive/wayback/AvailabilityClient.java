package org.citecheck.archive.wayback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.citecheck.archive.http.RateLimitedException;
import org.citecheck.archive.http.Reply;
import org.citecheck.archive.http.ServiceClient;
import org.citecheck.archive.snapshot.Capture;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.archive.snapshot.LookupOutcome;
import org.citecheck.archive.snapshot.SnapshotSource;
import org.citecheck.archive.snapshot.WaybackTimestamp;
import org.citecheck.io.Json;

/**
 * The Wayback Availability API, the fallback when CDX cannot answer. Its quirks are met here: an
 * empty {@code archived_snapshots} for an archived URL (asked again without the scheme, which is
 * known to succeed where {@code https://} fails), and a closest capture that is itself a redirect
 * or an error page (refused: it is not the cited page).
 */
public final class AvailabilityClient implements SnapshotSource {

  private static final long MAX_BYTES = 64 * 1024;

  private final ServiceClient http;
  private final WaybackEndpoints endpoints;

  public AvailabilityClient(ServiceClient http, WaybackEndpoints endpoints) {
    this.http = http;
    this.endpoints = endpoints;
  }

  @Override
  public LookupOutcome find(String url, CiteDate cite) {
    try {
      JsonNode closest = ask(url, cite);
      String bare = url.replaceFirst("^(?i)https?://", "");
      if (closest == null && !bare.equals(url)) {
        closest = ask(bare, cite);
      }
      if (closest == null || !closest.path("available").asBoolean(false)) {
        return LookupOutcome.none("Availability API: no capture offered");
      }
      return read(closest, url);
    } catch (RateLimitedException e) {
      return LookupOutcome.rateLimited(e.getMessage());
    } catch (IOException e) {
      return LookupOutcome.error("Availability API: " + CdxClient.describe(e));
    }
  }

  /** The {@code closest} object, or null when {@code archived_snapshots} is empty. */
  private JsonNode ask(String url, CiteDate cite) throws IOException {
    HttpUrl request =
        endpoints
            .availability()
            .newBuilder()
            .addQueryParameter("url", url)
            .addQueryParameter("timestamp", cite.timestamp())
            .build();
    Reply reply = http.execute(new Request.Builder().url(request).get().build(), MAX_BYTES);
    if (!reply.successful()) {
      throw new IOException("answered HTTP " + reply.code());
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(reply.body());
    } catch (IOException e) {
      throw new IOException("answered something other than JSON");
    }
    JsonNode closest = root == null ? null : root.path("archived_snapshots").path("closest");
    return closest == null || !closest.isObject() || closest.isEmpty() ? null : closest;
  }

  private LookupOutcome read(JsonNode closest, String cited) {
    String timestamp = closest.path("timestamp").asText("");
    LocalDateTime time = WaybackTimestamp.parse(timestamp);
    WaybackEndpoints.Replay replay = endpoints.parseReplay(closest.path("url").asText(null));
    if (time == null) {
      return LookupOutcome.error("Availability API: closest capture has no valid timestamp");
    }
    String status = closest.path("status").asText("");
    Integer code = CdxClient.statusCode(status);
    String original = replay != null ? replay.original() : cited;
    Capture capture =
        new Capture(
            "wayback",
            "availability",
            endpoints.snapshot(WaybackTimestamp.format(time), original),
            original,
            time,
            code);
    if (code == null || !capture.isPage()) {
      return LookupOutcome.none(
          "Availability API: the closest capture recorded HTTP "
              + (status.isEmpty() ? "?" : status)
              + ", a redirect or error page, not the cited page");
    }
    return LookupOutcome.found(capture, "Availability API: closest capture");
  }
}
