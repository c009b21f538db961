package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The archived snapshot chosen for a cited URL.
 *
 * @param status found, none, error or skipped
 * @param service the archive that holds the snapshot ("wayback", "memento:archive.today", ...)
 * @param url the snapshot's URL
 * @param timestamp the capture's 14-digit timestamp
 * @param captureStatus the HTTP status the capture recorded
 * @param distanceDays days between the cite date and the capture (negative: before)
 * @param saved true when this run asked the archive to save the page
 * @param citeDate the date the snapshot was sought for (ISO 8601)
 * @param reason why there is no snapshot, or what went wrong
 */
@JsonPropertyOrder({
  "status", "service", "url", "timestamp", "captureStatus", "distanceDays", "saved", "citeDate",
  "reason"
})
public record ArchiveResult(
    String status,
    String service,
    String url,
    String timestamp,
    Integer captureStatus,
    Long distanceDays,
    boolean saved,
    String citeDate,
    String reason) {

  public static ArchiveResult skipped(String reason) {
    return new ArchiveResult("skipped", null, null, null, null, null, false, null, reason);
  }
}
