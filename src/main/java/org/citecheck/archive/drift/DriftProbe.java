package org.citecheck.archive.drift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.citecheck.archive.http.Reply;
import org.citecheck.archive.wayback.WaybackEndpoints;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftResult;

/**
 * Measures drift for one alive page: reads the snapshot's raw form ({@code <ts>id_}, no archive
 * banner or rewritten links) and the live page, and hands both texts to {@link DriftMeter}. Every
 * reason it cannot compare becomes an "unknown" verdict that says why.
 */
public final class DriftProbe {

  private static final long MAX_BYTES = 2L << 20;

  /** Reads one page, its redirects followed, never past {@link #maxBytes()}. */
  @FunctionalInterface
  public interface PageReader {
    Reply get(String url) throws IOException;
  }

  private final PageReader snapshots;
  private final PageReader live;
  private final WaybackEndpoints endpoints;
  private final int maxDays;

  /**
   * @param snapshots reads archived snapshots (the archive's own client)
   * @param live reads live pages (the cited sites' client, with its address guard)
   */
  public DriftProbe(
      PageReader snapshots, PageReader live, WaybackEndpoints endpoints, int maxDays) {
    this.snapshots = snapshots;
    this.live = live;
    this.endpoints = endpoints;
    this.maxDays = maxDays;
  }

  public static long maxBytes() {
    return MAX_BYTES;
  }

  /**
   * @param liveHtml the live page's HTML when the caller already holds it, else null to fetch it
   */
  public DriftResult measure(
      String liveUrl, String liveHtml, ArchiveResult archive, String citedTitle) {
    if (archive == null || !archive.found()) {
      return DriftResult.unknown("no snapshot to compare with");
    }
    if (archive.saved()) {
      return DriftResult.unknown("the snapshot was made by this run, from the live page itself");
    }
    if (!"wayback".equals(archive.service()) || archive.original() == null) {
      return DriftResult.unknown(
          "snapshots in "
              + archive.service()
              + " have no raw form to compare; only Wayback snapshots are compared");
    }
    if (archive.distanceDays() != null && Math.abs(archive.distanceDays()) > maxDays) {
      return DriftResult.unknown(
          "the snapshot is "
              + Math.abs(archive.distanceDays())
              + " days from the cite date (more than "
              + maxDays
              + ")");
    }
    PageText snapshot;
    try {
      snapshot =
          text(snapshots.get(endpoints.raw(archive.timestamp(), archive.original())), "snapshot");
    } catch (IOException | Unreadable e) {
      return DriftResult.unknown("the snapshot could not be read: " + e.getMessage());
    }
    PageText current;
    try {
      current = liveHtml != null ? PageText.of(liveHtml) : text(live.get(liveUrl), "live page");
    } catch (IOException | Unreadable e) {
      return DriftResult.unknown("the live page could not be read: " + e.getMessage());
    }
    return DriftMeter.compare(current, snapshot, citedTitle);
  }

  private static PageText text(Reply reply, String what) throws Unreadable {
    if (!reply.successful()) {
      throw new Unreadable(what + " answered HTTP " + reply.code());
    }
    String type = reply.mediaType();
    boolean html =
        type.equals("text/html")
            || type.equals("application/xhtml+xml")
            || (type.isEmpty()
                && new String(
                        reply.body(),
                        0,
                        Math.min(reply.body().length, 1024),
                        StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT)
                    .contains("<html"));
    if (!html) {
      throw new Unreadable(
          what + " is " + (type.isEmpty() ? "not HTML" : type) + "; only HTML pages are compared");
    }
    return PageText.of(reply.body(), reply.charset() == null ? null : reply.charset().name());
  }

  /** The answer was not a page whose text can be compared. */
  private static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }
}
