package org.citecheck.archive.save;

import java.time.Duration;

/**
 * How patiently a save is followed.
 *
 * @param pollInterval the wait before each look at an SPN2 job's status
 * @param maxPolls looks before a still-pending job is given up on
 * @param resubmissions how many times a job that failed for a passing reason is submitted again
 * @param resubmitDelay the wait before such a resubmission
 */
public record SavePolicy(
    Duration pollInterval, int maxPolls, int resubmissions, Duration resubmitDelay) {

  /** Looks every 5 s for up to 2 minutes; one resubmission after 30 s. */
  public static SavePolicy defaults() {
    return new SavePolicy(Duration.ofSeconds(5), 24, 1, Duration.ofSeconds(30));
  }
}
