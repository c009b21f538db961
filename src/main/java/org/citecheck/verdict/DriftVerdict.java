package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.citecheck.HasId;

/** Whether today's page still says what its snapshot said. {@link #id()} is the serialised form. */
public enum DriftVerdict implements HasId {
  /** The main text (and the cited title) are as in the snapshot. */
  UNCHANGED,
  /** The text was reworded or replaced, or the title no longer carries the cited one. */
  CHANGED,
  /** The pages could not be compared; the reason says why. */
  UNKNOWN;

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
  public static DriftVerdict fromId(String id) {
    return HasId.fromId(DriftVerdict.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}
