package org.citecheck.archive.snapshot;

import java.time.LocalDateTime;

/**
 * One archived copy of a page that a service offered.
 *
 * @param service the archive holding it: "wayback" or "memento:&lt;host&gt;"
 * @param via how it was found: cdx, availability, timegate, timemap, timetravel or save
 * @param snapshotUrl the link to cite
 * @param original the URL as the archive holds it (it may differ: :80, www, trailing slash)
 * @param time when it was captured, UTC
 * @param captureStatus the HTTP status the archive recorded, or null when the service does not say
 */
public record Capture(
    String service,
    String via,
    String snapshotUrl,
    String original,
    LocalDateTime time,
    Integer captureStatus) {

  public String timestamp() {
    return WaybackTimestamp.format(time);
  }

  /** True when the capture is known to be the page itself rather than a redirect or an error. */
  public boolean isPage() {
    return captureStatus == null || (captureStatus >= 200 && captureStatus < 300);
  }
}
