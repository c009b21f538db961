package org.citecheck.archive.memento;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.citecheck.archive.snapshot.Capture;
import org.citecheck.archive.snapshot.WaybackTimestamp;
import org.citecheck.archive.wayback.WaybackEndpoints;

/**
 * Turns Memento links into captures: the memento's datetime comes from its {@code datetime}
 * parameter, else from the 14-digit timestamp most archives put in the URI-M; Wayback links are
 * rewritten onto the configured https base.
 */
public final class MementoLinks {

  private static final Pattern STAMP = Pattern.compile("/(\\d{14})(?:[a-z]{2}_)?/");

  private final WaybackEndpoints wayback;

  public MementoLinks(WaybackEndpoints wayback) {
    this.wayback = wayback;
  }

  /** Every link whose relation includes "memento" and whose time can be told. */
  public List<Capture> captures(List<LinkFormat.Link> links, String via, String fallbackService) {
    List<Capture> captures = new ArrayList<>();
    String original = null;
    for (LinkFormat.Link link : links) {
      if (link.has("original")) {
        original = link.uri();
      }
    }
    for (LinkFormat.Link link : links) {
      if (link.has("memento")) {
        Capture capture =
            capture(
                link.uri(),
                HttpDates.parse(link.param("datetime")),
                original,
                via,
                fallbackService);
        if (capture != null) {
          captures.add(capture);
        }
      }
    }
    return captures;
  }

  /** One memento as a capture; null when its time cannot be told. */
  public Capture capture(
      String uri, LocalDateTime datetime, String original, String via, String fallbackService) {
    LocalDateTime time = datetime != null ? datetime : stamp(uri);
    if (time == null || uri == null || HttpUrl.parse(uri) == null) {
      return null; // an undated memento, or a link that is not http(s) and must not reach a report
    }
    if (wayback.isWaybackLink(uri)) {
      WaybackEndpoints.Replay replay = wayback.parseReplay(uri);
      return new Capture(
          "wayback",
          via,
          wayback.snapshot(WaybackTimestamp.format(time), replay.original()),
          replay.original(),
          time,
          null);
    }
    return new Capture(service(uri, fallbackService), via, uri, original, time, null);
  }

  /** "memento:&lt;host&gt;" of the archive that serves the memento. */
  static String service(String uri, String fallback) {
    HttpUrl url = HttpUrl.parse(uri);
    return url == null ? fallback : "memento:" + url.host();
  }

  private static LocalDateTime stamp(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = STAMP.matcher(uri);
    return m.find() ? WaybackTimestamp.parse(m.group(1)) : null;
  }
}
