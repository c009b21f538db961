package org.citecheck.scholarly.doi;

/**
 * What the DOI handle API says of a DOI.
 *
 * @param state registered, not registered, or not known (no answer, a server error)
 * @param target the URL the DOI points to when registered, or null
 * @param detail why the state is unknown, or null
 * @param since for a DOI found not registered: ISO 8601 instant of the first of the unbroken run of
 *     such answers, to confirm it a day later; null otherwise
 * @param at ISO 8601 instant of the answer
 */
public record Registration(State state, String target, String detail, String since, String at) {

  public enum State {
    REGISTERED,
    NOT_REGISTERED,
    UNKNOWN
  }
}
