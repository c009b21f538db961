package org.citecheck.check;

import java.util.concurrent.CompletableFuture;
import org.citecheck.check.outcome.UrlOutcome;
import org.citecheck.verdict.Verdict;

/**
 * Settles a citation's URL readings: the best reading first; when it is dead, a soft 404 or not a
 * URL at all (what a PDF's line break does to a URL), the other readings in order; the first that
 * answers wins, otherwise the best reading's verdict stands.
 */
final class Settlement {

  /** One citation's settled outcome and the reading it is for. */
  record Settled(Citation citation, String url, UrlOutcome outcome) {}

  private final UrlChecks checks;

  Settlement(UrlChecks checks) {
    this.checks = checks;
  }

  CompletableFuture<Settled> settle(Citation citation) {
    return checks
        .outcome(citation.best())
        .thenCompose(
            best -> {
              if (citation.candidates().size() == 1 || !worthAnotherReading(best.verdict())) {
                return CompletableFuture.completedFuture(
                    new Settled(citation, citation.best(), best));
              }
              return tryReading(citation, 1, best);
            });
  }

  private CompletableFuture<Settled> tryReading(Citation citation, int index, UrlOutcome best) {
    if (index >= citation.candidates().size()) {
      return CompletableFuture.completedFuture(new Settled(citation, citation.best(), best));
    }
    String reading = citation.candidates().get(index);
    if (checks.exclusion(reading).isPresent()) {
      return tryReading(citation, index + 1, best);
    }
    return checks
        .outcome(reading)
        .thenCompose(
            outcome -> {
              if (!outcome.found()) {
                return tryReading(citation, index + 1, best);
              }
              String reason =
                  outcome.reason()
                      + "; the printed URL was broken: reading "
                      + (index + 1)
                      + " of "
                      + citation.candidates().size()
                      + " answered, while the best reading "
                      + citation.best()
                      + " was "
                      + best.verdict().id()
                      + " ("
                      + best.reason()
                      + ")";
              return CompletableFuture.completedFuture(
                  new Settled(citation, reading, outcome.withReason(reason)));
            });
  }

  private static boolean worthAnotherReading(Verdict verdict) {
    return verdict == Verdict.DEAD || verdict == Verdict.SOFT_404 || verdict == Verdict.INVALID;
  }
}
