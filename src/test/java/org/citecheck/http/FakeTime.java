package org.citecheck.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that advances only when slept on and remembers every sleep asked of it: waits cost no
 * time.
 */
public final class FakeTime implements TimeSource {

  private long now = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
