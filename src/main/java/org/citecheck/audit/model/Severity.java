package org.citecheck.audit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.citecheck.HasId;

/**
 * How much a finding matters; {@code --fail-on} compares against it. Declared most severe first.
 */
public enum Severity implements HasId {
  /** The notes are wrong: a reader cannot follow or trust the citation as printed. */
  ERROR("error"),
  /** Probably wrong, or worth fixing before republishing. */
  WARNING("warning"),
  /** Worth knowing; nothing may need to change. */
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  /** True when this severity is the threshold's or a more severe one. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Reads an id, as {@link HasId#fromId} does; throws on an unknown one. */
  @JsonCreator
  public static Severity fromId(String id) {
    return HasId.fromId(Severity.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
