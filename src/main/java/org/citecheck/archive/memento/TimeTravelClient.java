package org.citecheck.archive.memento;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Request;
import org.citecheck.archive.http.RateLimitedException;
import org.citecheck.archive.http.Reply;
import org.citecheck.archive.http.ServiceClient;
import org.citecheck.archive.snapshot.Capture;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.archive.snapshot.LookupOutcome;
import org.citecheck.archive.snapshot.NearestCapture;
import org.citecheck.archive.snapshot.SnapshotSource;
import org.citecheck.io.Json;

/**
 * The Time Travel aggregator's JSON API ({@code /api/json/<timestamp>/<URI>}), which searches many
 * Memento archives at once. Its closest, prev and next mementos are enough to apply the "at or
 * before, else after" rule: when the closest is after the cite date, prev is the closest before.
 */
public final class TimeTravelClient implements SnapshotSource {

  private static final String[] SLOTS = {"closest", "prev", "next", "first", "last"};

  private final ServiceClient http;
  private final String base;
  private final MementoLinks mementos;

  public TimeTravelClient(ServiceClient http, String base, MementoLinks mementos) {
    this.http = http;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.mementos = mementos;
  }

  @Override
  public LookupOutcome find(String url, CiteDate cite) {
    try {
      Request request =
          new Request.Builder()
              .url(base + "/api/json/" + cite.timestamp() + "/" + url)
              .get()
              .build();
      Reply reply = http.execute(request, 256 * 1024);
      if (reply.code() == 404) {
        return LookupOutcome.none("Time Travel: no memento in any archive");
      }
      if (!reply.successful()) {
        return LookupOutcome.error("Time Travel: answered HTTP " + reply.code());
      }
      JsonNode root = Json.mapper().readTree(reply.body());
      String original = root.path("original_uri").asText(url);
      List<Capture> captures = new ArrayList<>();
      for (String slot : SLOTS) {
        JsonNode memento = root.path("mementos").path(slot);
        LocalDateTime time = isoTime(memento.path("datetime").asText(null));
        for (JsonNode uri : memento.path("uri")) {
          Capture capture = mementos.capture(uri.asText(), time, original, "timetravel", "memento");
          if (capture != null) {
            captures.add(capture);
          }
        }
      }
      Optional<Capture> chosen = NearestCapture.choose(captures, cite.endOfDay());
      return chosen
          .map(capture -> LookupOutcome.found(capture, "Time Travel: " + capture.service()))
          .orElseGet(() -> LookupOutcome.none("Time Travel: no memento in any archive"));
    } catch (RateLimitedException e) {
      return LookupOutcome.rateLimited(e.getMessage());
    } catch (JsonProcessingException e) {
      return LookupOutcome.error("Time Travel: answered something other than JSON");
    } catch (IOException | IllegalArgumentException e) {
      return LookupOutcome.error("Time Travel: " + e.getMessage());
    }
  }

  private static LocalDateTime isoTime(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
