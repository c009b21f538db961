package org.citecheck.http;

import java.time.Duration;

/**
 * The monotonic clock and the sleep that every wait in the HTTP stack goes through (retry backoff,
 * Retry-After, pacing between requests); tests pass a fake that records the waits and never sleeps.
 */
public interface TimeSource {

  long nanoTime();

  /** Waits this long; a zero or negative duration returns at once. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  TimeSource SYSTEM =
      new TimeSource() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
          }
        }
      };
}
