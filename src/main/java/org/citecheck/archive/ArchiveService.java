package org.citecheck.archive;

import org.citecheck.HasId;

/** The archive services --archive can name. */
public enum ArchiveService implements HasId {
  /** The Internet Archive's Wayback Machine: CDX, then the Availability API. */
  WAYBACK("wayback"),
  /** Memento archives: the configured TimeGates, then the Time Travel aggregator. */
  MEMENTO("memento");

  private final String id;

  ArchiveService(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
