package org.citecheck.check.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.Verdict;

/**
 * A one-line progress bar redrawn in place on a terminal: done/total, rate and what is still
 * running.
 */
public final class ProgressBar implements ProgressDisplay {

  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean colour;
  private final ProgressMeter meter;
  private final LongSupplier nanoTime;
  private long lastDraw = Long.MIN_VALUE;
  private int lastLength;
  private boolean drawing;

  /**
   * @param colour false when NO_COLOR is set
   */
  public ProgressBar(PrintWriter err, boolean colour, LongSupplier nanoTime) {
    this.err = err;
    this.colour = colour;
    this.nanoTime = nanoTime;
    this.meter = new ProgressMeter(nanoTime);
  }

  @Override
  public synchronized void started(int total) {
    meter.start(total);
    drawing = true;
    draw(true);
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
    draw(false);
  }

  @Override
  public synchronized void tick() {
    draw(true);
  }

  @Override
  public synchronized void warning(String message) {
    clearLine();
    err.println("citecheck: warning: " + SafeText.words(message));
    lastDraw = Long.MIN_VALUE;
    draw(true);
  }

  @Override
  public synchronized void finished() {
    draw(true);
    drawing = false;
    err.println();
    err.flush();
  }

  @Override
  public synchronized void close() {
    drawing = false;
  }

  private void draw(boolean force) {
    if (!drawing) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (!force
        && lastDraw != Long.MIN_VALUE
        && now - lastDraw < REDRAW_NANOS
        && meter.done() < meter.total()) {
      return;
    }
    lastDraw = now;
    int total = meter.total();
    int done = meter.done();
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    if (colour) {
      bar =
          "\u001b[32m"
              + "#".repeat(filled)
              + "\u001b[2m"
              + "-".repeat(WIDTH - filled)
              + "\u001b[0m";
    }
    String text =
        String.format(Locale.ROOT, "checking [%s] %d/%d %s", bar, done, total, meter.status());
    int visible = text.length() - (colour ? 13 : 0);
    err.print("\r" + text + " ".repeat(Math.max(0, lastLength - visible)));
    lastLength = visible;
    err.flush();
  }

  private void clearLine() {
    err.print("\r" + " ".repeat(lastLength) + "\r");
  }
}
