package org.citecheck.check.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citecheck.verdict.Verdict;

/**
 * A dead link is confirmed only when it failed in at least two checks at least a day apart with
 * nothing in between saying the page was there: one failure can be a site's bad hour.
 */
public final class DeadConfirmation {

  public static final Duration APART = Duration.ofDays(1);

  private DeadConfirmation() {}

  /**
   * True when the history, oldest first and ending with the check being reported, confirms dead.
   */
  public static boolean confirmed(List<HistoryEntry> history) {
    Instant last = null;
    Instant first = null;
    for (int i = history.size() - 1; i >= 0; i--) {
      HistoryEntry entry = history.get(i);
      if (entry.verdict() == Verdict.UNREACHABLE) {
        continue; // says nothing either way about the page
      }
      if (entry.verdict() != Verdict.DEAD) {
        break;
      }
      Instant at = Instant.parse(entry.at());
      last = last == null ? at : last;
      first = at;
    }
    return last != null && !Duration.between(first, last).minus(APART).isNegative();
  }
}
