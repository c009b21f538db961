package org.citecheck.archive.wayback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.citecheck.archive.http.RateLimitedException;
import org.citecheck.archive.http.Reply;
import org.citecheck.archive.http.ServiceClient;
import org.citecheck.archive.snapshot.Capture;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.archive.snapshot.LookupOutcome;
import org.citecheck.archive.snapshot.NearestCapture;
import org.citecheck.archive.snapshot.SnapshotSource;
import org.citecheck.archive.snapshot.WaybackTimestamp;
import org.citecheck.http.NetworkProblem;
import org.citecheck.io.Json;

/**
 * The Wayback CDX server, asked with two windows: the last 2xx capture at or before the cite date
 * ({@code to=<ts>&limit=-1}), and only when there is none, the first after it ({@code
 * from=<ts>&limit=1}). The status filter keeps out redirects, error pages and revisit records.
 */
public final class CdxClient implements SnapshotSource {

  static final String FIELDS = "timestamp,original,statuscode,mimetype";
  static final String PAGE_FILTER = "statuscode:2..";
  private static final long MAX_BYTES = 1 << 20;

  private final ServiceClient http;
  private final WaybackEndpoints endpoints;

  public CdxClient(ServiceClient http, WaybackEndpoints endpoints) {
    this.http = http;
    this.endpoints = endpoints;
  }

  @Override
  public LookupOutcome find(String url, CiteDate cite) {
    String ts = cite.timestamp();
    try {
      List<Capture> before = query(url, "to", ts, "-1");
      Optional<Capture> chosen = NearestCapture.choose(before, cite.endOfDay());
      if (chosen.isEmpty()) {
        chosen = NearestCapture.choose(query(url, "from", ts, "1"), cite.endOfDay());
      }
      return chosen
          .map(capture -> LookupOutcome.found(capture, "CDX: closest 2xx capture"))
          .orElseGet(() -> LookupOutcome.none("CDX: no 2xx capture of this URL"));
    } catch (RateLimitedException e) {
      return LookupOutcome.rateLimited(e.getMessage());
    } catch (IOException e) {
      return LookupOutcome.error("CDX: " + describe(e));
    } catch (CdxFormatException e) {
      return LookupOutcome.error("CDX: " + e.getMessage());
    }
  }

  private List<Capture> query(String url, String bound, String ts, String limit)
      throws IOException, CdxFormatException {
    HttpUrl request =
        endpoints
            .cdx()
            .newBuilder()
            .addQueryParameter("url", url)
            .addQueryParameter("output", "json")
            .addQueryParameter("fl", FIELDS)
            .addQueryParameter("filter", PAGE_FILTER)
            .addQueryParameter(bound, ts)
            .addQueryParameter("limit", limit)
            .build();
    Reply reply = http.execute(new Request.Builder().url(request).get().build(), MAX_BYTES);
    if (!reply.successful()) {
      throw new CdxFormatException("answered HTTP " + reply.code());
    }
    return parse(reply.body(), endpoints);
  }

  /** Reads the JSON rows; an empty body and {@code []} both mean no captures. */
  static List<Capture> parse(byte[] body, WaybackEndpoints endpoints) throws CdxFormatException {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
    List<Capture> captures = new ArrayList<>();
    if (text.isEmpty()) {
      return captures;
    }
    JsonNode rows;
    try {
      rows = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new CdxFormatException("answered something other than JSON");
    }
    if (!rows.isArray()) {
      throw new CdxFormatException("answered JSON that is not an array of rows");
    }
    if (rows.isEmpty()) {
      return captures;
    }
    List<String> header = strings(rows.get(0));
    int ts = header.indexOf("timestamp");
    int original = header.indexOf("original");
    int status = header.indexOf("statuscode");
    if (ts < 0 || original < 0 || status < 0) {
      throw new CdxFormatException("rows lack timestamp, original or statuscode");
    }
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = strings(rows.get(i));
      if (row.size() != header.size()) {
        continue;
      }
      Integer code = statusCode(row.get(status));
      var time = WaybackTimestamp.parse(row.get(ts));
      if (code == null || time == null) {
        continue; // a revisit record ("-") or a damaged row: its status cannot be vouched for
      }
      String when = row.get(ts);
      captures.add(
          new Capture(
              "wayback",
              "cdx",
              endpoints.snapshot(when, row.get(original)),
              row.get(original),
              time,
              code));
    }
    return captures;
  }

  private static List<String> strings(JsonNode row) {
    List<String> values = new ArrayList<>();
    if (row != null && row.isArray()) {
      row.forEach(value -> values.add(value.asText()));
    }
    return values;
  }

  static Integer statusCode(String text) {
    if (text == null || !text.matches("\\d{3}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  static String describe(IOException e) {
    return NetworkProblem.inWords(e);
  }

  /** The CDX server answered, but not with the rows it should have. */
  static final class CdxFormatException extends Exception {
    CdxFormatException(String message) {
      super(message);
    }
  }
}
