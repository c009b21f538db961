package org.citecheck.check.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/** Counts settled results and works out the rate and the time left, for both progress displays. */
final class ProgressMeter {

  private final LongSupplier nanoTime;
  private long startNanos;
  private int total;
  private int done;

  ProgressMeter(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  synchronized void start(int count) {
    total = count;
    done = 0;
    startNanos = nanoTime.getAsLong();
  }

  synchronized void advance() {
    done++;
  }

  synchronized int done() {
    return done;
  }

  synchronized int total() {
    return total;
  }

  synchronized Duration elapsed() {
    return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
  }

  /** Results per second so far, or 0 before the first. */
  synchronized double rate() {
    double seconds = elapsed().toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** "12.5/s, 0:31 left", or just the rate when nothing is known yet. */
  synchronized String rateAndEta() {
    double rate = rate();
    String perSecond = String.format(Locale.ROOT, "%.1f/s", rate);
    if (done == 0 || rate <= 0) {
      return perSecond;
    }
    long secondsLeft = Math.round((total - done) / rate);
    return perSecond + ", " + clock(secondsLeft) + " left";
  }

  static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
