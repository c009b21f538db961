package org.citecheck.archive.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one archive service said about one URL.
 *
 * @param kind found, none (the service answered and has no usable capture) or error
 * @param capture the chosen capture when found
 * @param reason how the answer was reached, or what went wrong
 * @param rateLimited true when the error is the service's rate limit
 */
public record LookupOutcome(Kind kind, Capture capture, String reason, boolean rateLimited) {

  /** The three answers a service can give. */
  public enum Kind {
    FOUND,
    NONE,
    ERROR
  }

  public static LookupOutcome found(Capture capture, String reason) {
    return new LookupOutcome(Kind.FOUND, capture, reason, false);
  }

  public static LookupOutcome none(String reason) {
    return new LookupOutcome(Kind.NONE, null, reason, false);
  }

  public static LookupOutcome error(String reason) {
    return new LookupOutcome(Kind.ERROR, null, reason, false);
  }

  public static LookupOutcome rateLimited(String reason) {
    return new LookupOutcome(Kind.ERROR, null, reason, true);
  }

  /**
   * What several sources that found nothing said, as one outcome: an error when any failed (there
   * may be a capture it would have found), rate-limited when any was, each distinct reason kept.
   */
  public static LookupOutcome together(List<LookupOutcome> outcomes) {
    if (outcomes.size() == 1) {
      return outcomes.get(0);
    }
    boolean failed = outcomes.stream().anyMatch(o -> o.kind() == Kind.ERROR);
    boolean limited = outcomes.stream().anyMatch(LookupOutcome::rateLimited);
    String reasons =
        outcomes.stream().map(LookupOutcome::reason).distinct().collect(Collectors.joining("; "));
    return new LookupOutcome(failed ? Kind.ERROR : Kind.NONE, null, reasons, limited);
  }

  public boolean found() {
    return kind == Kind.FOUND;
  }
}
