package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.citecheck.HasId;

/**
 * The closed vocabulary every output uses for a checked URL. {@link #id()} is the serialised form
 * (JSON, JUnit, SARIF, command-line options); {@link #label()} is the display form.
 */
public enum Verdict implements HasId {
  ALIVE("alive", "Alive"),
  REDIRECTED("redirected", "Redirected"),
  SOFT_404("soft-404", "Soft 404"),
  DEAD("dead", "Dead"),
  BLOCKED("blocked", "Blocked"),
  UNREACHABLE("unreachable", "Unreachable"),
  OFFLINE("offline", "Offline"),
  INVALID("invalid", "Invalid"),
  SKIPPED("skipped", "Skipped");

  private final String id;
  private final String label;

  Verdict(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Reads an id, as {@link HasId#fromId} does; throws on an unknown one. */
  @JsonCreator
  public static Verdict fromId(String id) {
    return HasId.fromId(Verdict.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
