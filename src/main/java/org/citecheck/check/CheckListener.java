package org.citecheck.check;

import org.citecheck.verdict.Verdict;

/** Hears a run's progress; called from the checking threads, so implementations are thread-safe. */
public interface CheckListener {

  CheckListener NONE = new CheckListener() {};

  /** The run starts with this many (note, source) results to produce. */
  default void started(int total) {}

  /** One (note, source) pair is settled with this verdict (before the run's offline decision). */
  default void settled(Verdict verdict) {}

  /** Something the user should know that does not stop the run (a cache that cannot be written). */
  default void warning(String message) {}

  /** Every result is settled. */
  default void finished() {}
}
