package org.citecheck.http;

import java.time.Duration;

/** Waits between retries and between requests to one host; tests record the waits instead. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
