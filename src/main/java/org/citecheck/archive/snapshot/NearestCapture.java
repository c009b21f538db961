package org.citecheck.archive.snapshot;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;

/**
 * The rule every service's answers go through: the closest capture at or before the cite date, else
 * the closest after it; captures of redirects and error pages never qualify.
 */
public final class NearestCapture {

  private NearestCapture() {}

  public static Optional<Capture> choose(Collection<Capture> captures, LocalDateTime citeTime) {
    Capture before = null;
    Capture after = null;
    for (Capture capture : captures) {
      if (!capture.isPage()) {
        continue;
      }
      if (!capture.time().isAfter(citeTime)) {
        if (before == null || capture.time().isAfter(before.time())) {
          before = capture;
        }
      } else if (after == null || capture.time().isBefore(after.time())) {
        after = capture;
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }
}
