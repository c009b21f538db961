package org.citecheck.audit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters; {@code --fail-on} compares against it. Declared most severe first. */
public enum Severity {
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

  @JsonValue
  public String id() {
    return id;
  }

  /** True when this severity is the threshold's or a more severe one. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Parses the serialised form, case-insensitively; throws on an unknown name. */
  @JsonCreator
  public static Severity fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Severity severity : values()) {
      if (severity.id.equals(wanted)) {
        return severity;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + id + "' (expected error, warning or info)");
  }

  @Override
  public String toString() {
    return id;
  }
}
