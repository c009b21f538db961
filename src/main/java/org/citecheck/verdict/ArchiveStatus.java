package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the archive lookup for a cited URL came to. {@link #id()} is the serialised form. */
public enum ArchiveStatus {
  /** A snapshot to cite was found (or made by Save Page Now). */
  FOUND,
  /** Every archive asked answered that it has no usable capture. */
  NONE,
  /** An archive could not answer (rate limit, failure): there may be a capture it would have found. */
  ERROR,
  /** The archives were not asked for this URL (not fetchable, excluded, offline, or --archive none). */
  SKIPPED;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the serialised form, case-insensitively.
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  @JsonCreator
  public static ArchiveStatus fromId(String id) {
    for (ArchiveStatus status : values()) {
      if (status.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown archive status '" + id + "'");
  }

  @Override
  public String toString() {
    return id();
  }
}
