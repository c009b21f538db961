package org.citecheck.check.http;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts, over a run, the answers received and the fetches that reached no server at all. */
public final class NetworkEvidence {

  private final AtomicInteger responses = new AtomicInteger();
  private final AtomicInteger unreached = new AtomicInteger();

  void responseReceived() {
    responses.incrementAndGet();
  }

  void nothingReached() {
    unreached.incrementAndGet();
  }

  public int responses() {
    return responses.get();
  }

  public int unreached() {
    return unreached.get();
  }
}
