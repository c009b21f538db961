package org.citecheck.archive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.citecheck.archive.snapshot.WaybackTimestamp;
import org.citecheck.io.Json;

/**
 * The Wayback CDX server and Availability API as a WireMock transformer over a list of captures,
 * behaving as web-archives.md describes them: CDX applies fl, repeatable [!]field:regex filters,
 * inclusive from/to (padded as the server pads them), sort=closest and limit (negative = last N)
 * and answers [] when nothing matches; the Availability API picks the closest capture whatever its
 * status and echoes url and timestamp. Switches reproduce the services' quirks.
 */
public final class FakeWaybackArchive implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "fake-wayback";
  static final List<String> ALL_FIELDS =
      List.of("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length");

  /** One capture as the CDX index holds it. */
  public record Row(String timestamp, String original, String mimetype, String statuscode) {
    String field(String name) {
      return switch (name) {
        case "urlkey" -> key(original);
        case "timestamp" -> timestamp;
        case "original" -> original;
        case "mimetype" -> mimetype;
        case "statuscode" -> statuscode;
        case "digest" -> "Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY";
        case "length" -> "1415";
        default -> "";
      };
    }
  }

  private final List<Row> rows = new CopyOnWriteArrayList<>();

  /** A mirror that ignores filter= (so revisits and redirects come back). */
  public volatile boolean ignoreFilters;

  /** Answer "none" from CDX with an empty body instead of []. */
  public volatile boolean emptyBodyForNone;

  /** The Availability API answers {} for url=http(s)://... (it works without the scheme). */
  public volatile boolean availabilityEmptyWithScheme;

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  public FakeWaybackArchive capture(String original, String timestamp, int status) {
    rows.add(new Row(timestamp, original, "text/html", String.valueOf(status)));
    return this;
  }

  public FakeWaybackArchive revisit(String original, String timestamp) {
    rows.add(new Row(timestamp, original, "warc/revisit", "-"));
    return this;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*$", "");
    if (path.endsWith("/cdx/search/cdx")) {
      return cdx(request);
    }
    return availability(request);
  }

  private ResponseDefinition cdx(Request request) {
    String wanted = key(request.queryParameter("url").firstValue());
    List<Row> matches = new ArrayList<>();
    for (Row row : rows) {
      if (key(row.original()).equals(wanted) && passes(row, request)) {
        matches.add(row);
      }
    }
    matches.sort(Comparator.comparing(Row::timestamp));
    QueryParameter closest = request.queryParameter("closest");
    if ("closest".equals(value(request, "sort")) && closest.isPresent()) {
      LocalDateTime target = WaybackTimestamp.parse(closest.firstValue());
      matches.sort(Comparator.comparing(row -> distance(row, target)));
    }
    String limit = value(request, "limit");
    if (limit != null) {
      int n = Integer.parseInt(limit);
      matches =
          n >= 0
              ? matches.subList(0, Math.min(n, matches.size()))
              : matches.subList(Math.max(0, matches.size() + n), matches.size());
    }
    if (matches.isEmpty()) {
      return json(emptyBodyForNone ? "" : "[]");
    }
    String fl = value(request, "fl");
    List<String> fields = fl == null ? ALL_FIELDS : List.of(fl.split(","));
    ArrayNode out = Json.mapper().createArrayNode();
    ArrayNode header = out.addArray();
    fields.forEach(header::add);
    for (Row row : matches) {
      ArrayNode line = out.addArray();
      fields.forEach(field -> line.add(row.field(field)));
    }
    return json(out.toString());
  }

  private boolean passes(Row row, Request request) {
    String from = value(request, "from");
    String to = value(request, "to");
    if (from != null && row.timestamp().compareTo(pad(from, '0')) < 0) {
      return false;
    }
    if (to != null && row.timestamp().compareTo(pad(to, '9')) > 0) {
      return false;
    }
    QueryParameter filters = request.queryParameter("filter");
    if (ignoreFilters || !filters.isPresent()) {
      return true;
    }
    for (String filter : filters.values()) {
      boolean negate = filter.startsWith("!");
      String[] parts = filter.substring(negate ? 1 : 0).split(":", 2);
      boolean matches = Pattern.compile(parts[1]).matcher(row.field(parts[0])).matches();
      if (matches == negate) {
        return false;
      }
    }
    return true;
  }

  private ResponseDefinition availability(Request request) {
    String url = value(request, "url");
    String timestamp = value(request, "timestamp");
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("url", url);
    ObjectNode snapshots = root.putObject("archived_snapshots");
    boolean quirk = availabilityEmptyWithScheme && url.matches("(?i)^https?://.*");
    LocalDateTime target =
        timestamp == null ? LocalDateTime.MAX : WaybackTimestamp.parse(timestamp);
    Row best =
        quirk
            ? null
            : rows.stream()
                .filter(
                    row -> key(row.original()).equals(key(url)) && !row.statuscode().equals("-"))
                .min(Comparator.comparing(row -> distance(row, target)))
                .orElse(null);
    if (best != null) {
      ObjectNode closest = snapshots.putObject("closest");
      closest.put("status", best.statuscode());
      closest.put("available", true);
      closest.put("url", "http://web.archive.org/web/" + best.timestamp() + "/" + best.original());
      closest.put("timestamp", best.timestamp());
    }
    if (timestamp != null) {
      root.put("timestamp", timestamp);
    }
    return json(root.toString());
  }

  private static Duration distance(Row row, LocalDateTime target) {
    LocalDateTime time = WaybackTimestamp.parse(row.timestamp());
    if (target.equals(LocalDateTime.MAX)) {
      return Duration.between(time, LocalDateTime.of(9999, 1, 1, 0, 0));
    }
    return Duration.between(time, target).abs();
  }

  private static ResponseDefinition json(String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }

  private static String value(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  private static String pad(String digits, char with) {
    StringBuilder padded = new StringBuilder(digits);
    while (padded.length() < 14) {
      padded.append(with);
    }
    return padded.toString();
  }

  /** A rough SURT key: no scheme, no www., no default port, lower-case host, no trailing slash. */
  static String key(String url) {
    String bare = url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    int slash = bare.indexOf('/');
    String host = (slash < 0 ? bare : bare.substring(0, slash)).replaceFirst(":(80|443)$", "");
    String rest = slash < 0 ? "" : bare.substring(slash);
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT) + rest;
  }
}
