package org.citecheck.testing;

import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;

/**
 * An {@link ArchiveResult} built field by field, instead of its 12-argument constructor. Only the
 * status is given; every other field is empty unless a test sets it.
 */
public final class ArchiveResultFixture {

  private final ArchiveStatus status;
  private String service;
  private String url;
  private String timestamp;
  private Integer captureStatus;
  private Long distanceDays;
  private boolean saved;
  private String citeDate;
  private String reason;
  private String via;
  private String original;
  private String citeDateBasis;

  private ArchiveResultFixture(ArchiveStatus status) {
    this.status = status;
  }

  public static ArchiveResultFixture archive(ArchiveStatus status) {
    return new ArchiveResultFixture(status);
  }

  /** A Wayback snapshot found at this URL and 14-digit timestamp, captured with a 200. */
  public static ArchiveResultFixture snapshot(String url, String timestamp) {
    return archive(ArchiveStatus.FOUND)
        .service("wayback")
        .url(url)
        .timestamp(timestamp)
        .captureStatus(200);
  }

  public ArchiveResultFixture service(String value) {
    service = value;
    return this;
  }

  public ArchiveResultFixture url(String value) {
    url = value;
    return this;
  }

  public ArchiveResultFixture timestamp(String value) {
    timestamp = value;
    return this;
  }

  public ArchiveResultFixture captureStatus(Integer value) {
    captureStatus = value;
    return this;
  }

  public ArchiveResultFixture distanceDays(Long value) {
    distanceDays = value;
    return this;
  }

  public ArchiveResultFixture saved(boolean value) {
    saved = value;
    return this;
  }

  public ArchiveResultFixture citeDate(String value) {
    citeDate = value;
    return this;
  }

  public ArchiveResultFixture reason(String value) {
    reason = value;
    return this;
  }

  public ArchiveResultFixture via(String value) {
    via = value;
    return this;
  }

  public ArchiveResultFixture original(String value) {
    original = value;
    return this;
  }

  public ArchiveResultFixture citeDateBasis(String value) {
    citeDateBasis = value;
    return this;
  }

  public ArchiveResult build() {
    return new ArchiveResult(
        status,
        service,
        url,
        timestamp,
        captureStatus,
        distanceDays,
        saved,
        citeDate,
        reason,
        via,
        original,
        citeDateBasis);
  }
}
