package org.citecheck.archive;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The archive services --archive can name. */
public enum ArchiveService {
  /** The Internet Archive's Wayback Machine: CDX, then the Availability API. */
  WAYBACK("wayback"),
  /** Memento archives: the configured TimeGates, then the Time Travel aggregator. */
  MEMENTO("memento");

  private final String id;

  ArchiveService(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * Reads "none", or a comma-separated list of service names ("wayback", "wayback,memento"), in the
   * order given: the order in which the services are asked.
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  public static Set<ArchiveService> parseList(String text) {
    Set<ArchiveService> services = new LinkedHashSet<>();
    String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (trimmed.equals("none")) {
      return services;
    }
    for (String part : trimmed.split(",", -1)) {
      String name = part.strip();
      ArchiveService found = null;
      for (ArchiveService service : values()) {
        if (service.id.equals(name)) {
          found = service;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("unknown archive '" + name
            + "' (expected none, or a comma-separated list of wayback, memento)");
      }
      services.add(found);
    }
    return services;
  }
}
