package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The closed vocabulary every output uses for a checked URL. {@link #id()} is the serialised form
 * (JSON, JUnit, SARIF, command-line options); {@link #label()} is the display form.
 */
public enum Verdict {
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

  @JsonValue
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Parses the serialised form, case-insensitively; throws on an unknown name. */
  @JsonCreator
  public static Verdict fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Verdict verdict : values()) {
      if (verdict.id.equals(wanted)) {
        return verdict;
      }
    }
    throw new IllegalArgumentException(
        "unknown verdict '" + id + "' (expected one of " + allIds() + ")");
  }

  public static String allIds() {
    StringBuilder ids = new StringBuilder();
    for (Verdict verdict : values()) {
      if (ids.length() > 0) {
        ids.append(", ");
      }
      ids.append(verdict.id);
    }
    return ids.toString();
  }

  @Override
  public String toString() {
    return id;
  }
}
