package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The archived snapshot chosen for a cited URL.
 *
 * @param status what the lookup came to
 * @param service the archive that holds the snapshot ("wayback", "memento:archive.today", ...)
 * @param url the snapshot's URL
 * @param timestamp the capture's 14-digit timestamp
 * @param captureStatus the HTTP status the capture recorded
 * @param distanceDays days between the cite date and the capture (negative: before)
 * @param saved true when this run asked the archive to save the page
 * @param citeDate the date the snapshot was sought for (ISO 8601)
 * @param reason why there is no snapshot, or what went wrong
 * @param via how the snapshot was found: cdx, availability, timegate, timemap, timetravel or save
 * @param original the URL as the archive holds it (it can differ from the cited one: :80, www)
 * @param citeDateBasis where the cite date came from: accessed, date, document or today
 */
@JsonPropertyOrder({
  "status",
  "service",
  "url",
  "timestamp",
  "captureStatus",
  "distanceDays",
  "saved",
  "citeDate",
  "reason",
  "via",
  "original",
  "citeDateBasis"
})
public record ArchiveResult(
    ArchiveStatus status,
    String service,
    String url,
    String timestamp,
    Integer captureStatus,
    Long distanceDays,
    boolean saved,
    String citeDate,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_NULL) String via,
    @JsonInclude(JsonInclude.Include.NON_NULL) String original,
    @JsonInclude(JsonInclude.Include.NON_NULL) String citeDateBasis) {

  /** The first nine fields, as the contract first defined them. */
  public ArchiveResult(
      ArchiveStatus status,
      String service,
      String url,
      String timestamp,
      Integer captureStatus,
      Long distanceDays,
      boolean saved,
      String citeDate,
      String reason) {
    this(
        status,
        service,
        url,
        timestamp,
        captureStatus,
        distanceDays,
        saved,
        citeDate,
        reason,
        null,
        null,
        null);
  }

  public static ArchiveResult skipped(String reason) {
    return new ArchiveResult(
        ArchiveStatus.SKIPPED, null, null, null, null, null, false, null, reason);
  }

  public boolean found() {
    return status == ArchiveStatus.FOUND;
  }
}
