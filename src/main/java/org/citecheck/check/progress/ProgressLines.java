package org.citecheck.check.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.Verdict;

/** Plain progress lines at a fixed interval, for logs and CI where a redrawn bar would be noise. */
public final class ProgressLines implements ProgressDisplay {

  private final PrintWriter err;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final ProgressMeter meter;
  private long lastLine;
  private boolean running;

  public ProgressLines(PrintWriter err, Duration interval, LongSupplier nanoTime) {
    this.err = err;
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.meter = new ProgressMeter(nanoTime);
  }

  @Override
  public synchronized void started(int total) {
    meter.start(total);
    running = true;
    lastLine = nanoTime.getAsLong();
    err.println("citecheck: checking " + total + " cited URL" + (total == 1 ? "" : "s"));
    err.flush();
  }

  @Override
  public void fetching(String url) {
    meter.began(url);
  }

  @Override
  public void fetched(String url) {
    meter.ended(url);
  }

  @Override
  public synchronized void settled(Verdict verdict) {
    meter.advance();
    lineIfDue();
  }

  /** A line every interval even when nothing settles, saying what the run is waiting for. */
  @Override
  public synchronized void tick() {
    lineIfDue();
  }

  @Override
  public synchronized void warning(String message) {
    err.println("citecheck: warning: " + SafeText.words(message));
    err.flush();
  }

  @Override
  public synchronized void finished() {
    running = false;
    err.println(
        String.format(
            Locale.ROOT,
            "citecheck: %d/%d checked in %.1f s",
            meter.done(),
            meter.total(),
            meter.elapsed().toMillis() / 1000.0));
    err.flush();
  }

  @Override
  public synchronized void close() {
    running = false;
  }

  private void lineIfDue() {
    long now = nanoTime.getAsLong();
    if (running && now - lastLine >= intervalNanos && meter.done() < meter.total()) {
      lastLine = now;
      err.println(
          String.format(
              Locale.ROOT,
              "citecheck: %d/%d checked, %s",
              meter.done(),
              meter.total(),
              meter.status()));
      err.flush();
    }
  }
}
