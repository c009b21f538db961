package org.citecheck.http;

/**
 * Bounds the retries of a whole run: a fixed floor plus a share of the requests made, so that a
 * failing network or a failing site never multiplies the traffic by the per-request retry count.
 */
public final class RetryBudget {

  private final int floor;
  private final double ratio;
  private long requests;
  private long retries;

  public RetryBudget(int floor, double ratio) {
    this.floor = floor;
    this.ratio = ratio;
  }

  public synchronized void recordRequest() {
    requests++;
  }

  /** Takes one retry from the budget; false when it is spent. */
  public synchronized boolean tryRetry() {
    if (retries >= floor + (long) Math.floor(ratio * requests)) {
      return false;
    }
    retries++;
    return true;
  }
}
