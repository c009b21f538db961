package org.citecheck.check.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.citecheck.check.CheckListener;
import org.citecheck.io.ConsoleText;
import org.citecheck.verdict.Verdict;

/** Plain progress lines at a fixed interval, for logs and CI where a redrawn bar would be noise. */
public final class ProgressLines implements CheckListener {

  private final PrintWriter err;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final ProgressMeter meter;
  private long lastLine;

  public ProgressLines(PrintWriter err, Duration interval, LongSupplier nanoTime) {
    this.err = err;
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.meter = new ProgressMeter(nanoTime);
  }

  @Override
  public synchronized void started(int total) {
    meter.start(total);
    lastLine = nanoTime.getAsLong();
    err.println("citecheck: checking " + total + " cited URL" + (total == 1 ? "" : "s"));
    err.flush();
  }

  @Override
  public synchronized void settled(Verdict verdict) {
    meter.advance();
    long now = nanoTime.getAsLong();
    if (now - lastLine >= intervalNanos && meter.done() < meter.total()) {
      lastLine = now;
      err.println(String.format(Locale.ROOT, "citecheck: %d/%d checked, %s", meter.done(), meter.total(),
          meter.rateAndEta()));
      err.flush();
    }
  }

  @Override
  public synchronized void warning(String message) {
    err.println("citecheck: warning: " + ConsoleText.clean(message));
    err.flush();
  }

  @Override
  public synchronized void finished() {
    err.println(String.format(Locale.ROOT, "citecheck: %d/%d checked in %.1f s", meter.done(), meter.total(),
        meter.elapsed().toMillis() / 1000.0));
    err.flush();
  }
}
