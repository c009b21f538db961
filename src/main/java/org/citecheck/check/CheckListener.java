package org.citecheck.check;

import org.citecheck.verdict.Verdict;

/** Hears a run's progress; called from the checking threads, so implementations are thread-safe. */
public interface CheckListener {

  CheckListener NONE = new CheckListener() {};

  /** The run starts with this many (note, source) results to produce. */
  default void started(int total) {}

  /** One (note, source) pair is settled with this verdict (before the run's offline decision). */
  default void settled(Verdict verdict) {}

  /**
   * This run starts fetching the URL (each distinct URL once; not for cached or excluded ones), so
   * a display can show what is still running and for how long.
   */
  default void fetching(String url) {}

  /** The fetch of a URL that {@link #fetching} announced has ended, whatever its outcome. */
  default void fetched(String url) {}

  /** Something the user should know that does not stop the run (a cache that cannot be written). */
  default void warning(String message) {}

  /** Every result is settled. */
  default void finished() {}
}
