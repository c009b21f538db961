package org.citecheck.archive.http;

import java.time.Duration;

/** The monotonic clock and the sleep the limiters wait with; tests pass a fake that never sleeps. */
public interface TimeSource {

  long nanoTime();

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
