package org.citecheck.check;

import org.citecheck.check.http.NetworkEvidence;

/**
 * Decides whether the checker itself is offline: no server answered anything, some fetches reached
 * no server at all, and the probe cannot be reached either. It asks the probe once, early when the
 * first failures pile up with no answer at all (so an offline run does not wait on every URL), or
 * at the end of the run.
 */
final class OfflineWatch {

  /** Failures before any answer after which the probe is asked without waiting for the end. */
  static final int EARLY_PROBE_AFTER = 8;

  private final NetworkEvidence evidence;
  private final NetworkProbe probe;
  private Boolean probeReachable;

  OfflineWatch(NetworkEvidence evidence, NetworkProbe probe) {
    this.evidence = evidence;
    this.probe = probe;
  }

  /** True once the run is known to be offline; later URLs need not be tried. */
  synchronized boolean knownOffline() {
    if (probeReachable == null
        && evidence.responses() == 0
        && evidence.unreached() >= EARLY_PROBE_AFTER) {
      probeReachable = probe.reachable();
    }
    return probeReachable != null && !probeReachable && evidence.responses() == 0;
  }

  /** The final answer, asking the probe when the evidence calls for it and it was not asked yet. */
  synchronized boolean offlineAtEnd() {
    if (evidence.responses() > 0 || evidence.unreached() == 0) {
      return false;
    }
    if (probeReachable == null) {
      probeReachable = probe.reachable();
    }
    return !probeReachable;
  }

  String probeUrl() {
    return probe.url();
  }
}
