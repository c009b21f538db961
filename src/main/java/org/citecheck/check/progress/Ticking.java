package org.citecheck.check.progress;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.citecheck.verdict.Verdict;

/**
 * Ticks a display on a daemon thread from the run's start to its end, so it keeps moving when no
 * result settles for a while (a URL waiting out its timeout).
 */
final class Ticking implements ProgressDisplay {

  private final ProgressDisplay display;
  private final Duration period;
  private ScheduledExecutorService ticker;

  Ticking(ProgressDisplay display, Duration period) {
    this.display = display;
    this.period = period;
  }

  /** The display ticked. */
  ProgressDisplay display() {
    return display;
  }

  @Override
  public void started(int total) {
    display.started(total);
    synchronized (this) {
      if (ticker == null) {
        ticker =
            Executors.newSingleThreadScheduledExecutor(
                runnable -> {
                  Thread thread = new Thread(runnable, "citecheck-progress");
                  thread.setDaemon(true);
                  return thread;
                });
        ticker.scheduleAtFixedRate(
            display::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  @Override
  public void fetching(String url) {
    display.fetching(url);
  }

  @Override
  public void fetched(String url) {
    display.fetched(url);
  }

  @Override
  public void settled(Verdict verdict) {
    display.settled(verdict);
  }

  @Override
  public void warning(String message) {
    display.warning(message);
  }

  @Override
  public void finished() {
    stop();
    display.finished();
  }

  @Override
  public void close() {
    stop();
    display.close();
  }

  /** Stops ticking and waits out a tick in progress, so none draws after the final line. */
  private synchronized void stop() {
    if (ticker == null) {
      return;
    }
    ticker.shutdown();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ticker = null;
  }
}
