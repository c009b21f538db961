package org.citecheck.check.progress;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import org.citecheck.text.SafeText;

/**
 * Counts settled results and the fetches still running, for both progress displays. It gives no
 * estimate of the time left: one URL may hang for the whole --timeout while the rest are done, so
 * any estimate from the rate so far reads "0:00 left" exactly when the wait is longest. What is
 * still running, and for how long, is what the user can act on.
 */
final class ProgressMeter {

  /** Longest host name shown; the line must fit a terminal. */
  private static final int HOST_CHARS = 40;

  private final LongSupplier nanoTime;

  /** URL to the time its fetch began, oldest first (a URL is fetched once per run). */
  private final Map<String, Long> running = new LinkedHashMap<>();

  private long startNanos;
  private int total;
  private int done;

  ProgressMeter(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  synchronized void start(int count) {
    total = count;
    done = 0;
    running.clear();
    startNanos = nanoTime.getAsLong();
  }

  synchronized void advance() {
    done++;
  }

  synchronized void began(String url) {
    running.put(url, nanoTime.getAsLong());
  }

  synchronized void ended(String url) {
    running.remove(url);
  }

  synchronized int done() {
    return done;
  }

  synchronized int total() {
    return total;
  }

  synchronized int running() {
    return running.size();
  }

  synchronized Duration elapsed() {
    return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
  }

  /** Results per second so far, or 0 before the first. */
  synchronized double rate() {
    double seconds = elapsed().toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** "12.5/s", then what is running: "12.5/s, 3 running, slowest: www.example.org (27 s)". */
  synchronized String status() {
    String perSecond = String.format(Locale.ROOT, "%.1f/s", rate());
    if (running.isEmpty()) {
      return perSecond;
    }
    Map.Entry<String, Long> slowest = running.entrySet().iterator().next();
    long seconds = (nanoTime.getAsLong() - slowest.getValue()) / 1_000_000_000L;
    return perSecond
        + ", "
        + running.size()
        + " running, slowest: "
        + host(slowest.getKey())
        + " ("
        + (seconds < 60 ? seconds + " s" : clock(seconds))
        + ")";
  }

  private static String host(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    return SafeText.words(parsed == null ? url : parsed.host(), HOST_CHARS);
  }

  static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
