package org.citecheck.check.progress;

import org.citecheck.check.CheckListener;

/** What the user sees of a running check; closed when the run ends, however it ends. */
public interface ProgressDisplay extends CheckListener, AutoCloseable {

  /**
   * Brings the display up to date though nothing settled: while URLs hang, their time keeps
   * counting. Called about once a second by {@link Ticking}.
   */
  default void tick() {}

  /** Stops anything the display runs in the background; it prints nothing more. */
  @Override
  default void close() {}
}
