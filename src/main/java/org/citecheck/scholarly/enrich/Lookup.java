package org.citecheck.scholarly.enrich;

/**
 * What one metadata look-up gave.
 *
 * @param work the work, or null
 * @param reason why there is none (not found, refused, no answer), or null
 * @param answered true when a service (or the store) answered, false when the network failed
 */
public record Lookup(Work work, String reason, boolean answered) {

  static Lookup found(Work work) {
    return new Lookup(work, null, true);
  }

  static Lookup none(String reason) {
    return new Lookup(null, reason, true);
  }

  static Lookup noNetwork(String reason) {
    return new Lookup(null, reason, false);
  }
}
