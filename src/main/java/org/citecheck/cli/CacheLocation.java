package org.citecheck.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the history store lives by default: the platform's per-user cache folder. */
final class CacheLocation {

  private CacheLocation() {}

  static Path defaultFile(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "citecheck", "citecheck.db");
    }
    String localAppData = environment.get("LOCALAPPDATA");
    if (localAppData != null
        && !localAppData.isBlank()
        && System.getProperty("os.name", "").startsWith("Windows")) {
      return Path.of(localAppData, "citecheck", "citecheck.db");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "citecheck", "citecheck.db");
  }
}
