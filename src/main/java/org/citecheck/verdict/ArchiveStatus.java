package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.citecheck.HasId;

/** What the archive lookup for a cited URL came to. {@link #id()} is the serialised form. */
public enum ArchiveStatus implements HasId {
  /** A snapshot to cite was found (or made by Save Page Now). */
  FOUND,
  /** Every archive asked answered that it has no usable capture. */
  NONE,
  /**
   * An archive could not answer (rate limit, failure): there may be a capture it would have found.
   */
  ERROR,
  /**
   * The archives were not asked for this URL (not fetchable, excluded, offline, or --archive none).
   */
  SKIPPED;

  @Override
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads an id, as {@link HasId#fromId} does (the Java name too, which caches written before the
   * ids existed hold).
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  @JsonCreator
  public static ArchiveStatus fromId(String id) {
    return HasId.fromId(ArchiveStatus.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}
