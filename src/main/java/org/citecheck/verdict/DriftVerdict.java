package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether today's page still says what its snapshot said. {@link #id()} is the serialised form. */
public enum DriftVerdict {
  /** The main text (and the cited title) are as in the snapshot. */
  UNCHANGED,
  /** The text was reworded or replaced, or the title no longer carries the cited one. */
  CHANGED,
  /** The pages could not be compared; the reason says why. */
  UNKNOWN;

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
  public static DriftVerdict fromId(String id) {
    for (DriftVerdict verdict : values()) {
      if (verdict.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return verdict;
      }
    }
    throw new IllegalArgumentException("unknown drift verdict '" + id + "'");
  }

  @Override
  public String toString() {
    return id();
  }
}
