package org.citecheck.archive.memento;

import java.io.IOException;
import java.time.LocalDateTime;
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

/**
 * One Memento-compliant archive (RFC 7089), asked through its TimeGate with Accept-Datetime. A
 * TimeGate picks by its own policy, usually the closest memento on either side; when that one is
 * after the cite date and the answer's links offer nothing earlier, the archive's TimeMap (which
 * the TimeGate names with rel="timemap") is read to find the closest memento at or before it.
 */
public final class TimeGateClient implements SnapshotSource {

  private static final long MAX_TIMEMAP_BYTES = 4L << 20;

  private final ServiceClient http;
  private final String timegatePrefix;
  private final String service;
  private final MementoLinks mementos;

  /**
   * @param timegatePrefix the TimeGate's address to which the cited URL is appended, for example
   *     {@code https://archive.today/timegate/}
   */
  public TimeGateClient(ServiceClient http, String timegatePrefix, MementoLinks mementos) {
    this.http = http;
    this.timegatePrefix = timegatePrefix;
    this.mementos = mementos;
    this.service = MementoLinks.service(timegatePrefix, "memento");
  }

  @Override
  public LookupOutcome find(String url, CiteDate cite) {
    LocalDateTime citeTime = cite.endOfDay();
    try {
      Request request =
          new Request.Builder()
              .url(timegatePrefix + url)
              .header("Accept-Datetime", HttpDates.format(citeTime))
              .get()
              .build();
      Reply reply = http.execute(request, 64 * 1024);
      if (reply.code() == 404) {
        return LookupOutcome.none("TimeGate " + service + ": no memento");
      }
      List<LinkFormat.Link> links =
          LinkFormat.parse(String.join(", ", reply.headers().values("Link")));
      List<Capture> candidates = new ArrayList<>(mementos.captures(links, "timegate", service));
      Capture selected = selected(reply, links);
      if (selected == null) {
        return LookupOutcome.error(
            "TimeGate "
                + service
                + ": answered HTTP "
                + reply.code()
                + " without a memento whose date can be told");
      }
      candidates.add(selected);
      Optional<Capture> chosen = NearestCapture.choose(candidates, citeTime);
      if (chosen.isPresent() && chosen.get().time().isAfter(citeTime)) {
        chosen =
            fromTimeMap(links, reply.url(), citeTime)
                .or(() -> NearestCapture.choose(candidates, citeTime));
      }
      return LookupOutcome.found(chosen.orElse(selected), "Memento: " + service);
    } catch (RateLimitedException e) {
      return LookupOutcome.rateLimited(e.getMessage());
    } catch (IOException | IllegalArgumentException e) {
      return LookupOutcome.error("TimeGate " + service + ": " + e.getMessage());
    }
  }

  /** The memento the TimeGate chose: its Location on a redirect, itself when it answers 200. */
  private Capture selected(Reply reply, List<LinkFormat.Link> links) {
    String original =
        links.stream()
            .filter(l -> l.has("original"))
            .map(LinkFormat.Link::uri)
            .findFirst()
            .orElse(null);
    String uri = null;
    LocalDateTime datetime = HttpDates.parse(reply.header("Memento-Datetime"));
    if (reply.code() >= 300 && reply.code() < 400 && reply.header("Location") != null) {
      HttpUrl resolved = HttpUrl.get(reply.url()).resolve(reply.header("Location"));
      uri = resolved == null ? null : resolved.toString();
      datetime = null;
    } else if (reply.successful() && datetime != null) {
      String location = reply.header("Content-Location");
      HttpUrl resolved = location == null ? null : HttpUrl.get(reply.url()).resolve(location);
      uri = resolved == null ? reply.url() : resolved.toString();
    }
    if (uri == null) {
      return null;
    }
    for (LinkFormat.Link link : links) {
      if (link.has("memento") && link.uri().equals(uri) && datetime == null) {
        datetime = HttpDates.parse(link.param("datetime"));
      }
    }
    return mementos.capture(uri, datetime, original, "timegate", service);
  }

  private Optional<Capture> fromTimeMap(
      List<LinkFormat.Link> links, String base, LocalDateTime citeTime) throws IOException {
    HttpUrl timemap =
        links.stream()
            .filter(l -> l.has("timemap"))
            .map(l -> HttpUrl.get(base).resolve(l.uri()))
            .filter(u -> u != null)
            .findFirst()
            .orElse(null);
    if (timemap == null) {
      return Optional.empty();
    }
    Request request =
        new Request.Builder()
            .url(timemap)
            .header("Accept", "application/link-format")
            .get()
            .build();
    Reply reply = http.execute(request, MAX_TIMEMAP_BYTES);
    if (!reply.successful()) {
      return Optional.empty();
    }
    List<Capture> captures = mementos.captures(LinkFormat.parse(reply.text()), "timemap", service);
    return NearestCapture.choose(captures, citeTime);
  }
}
