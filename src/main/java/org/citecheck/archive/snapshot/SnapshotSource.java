package org.citecheck.archive.snapshot;

import java.util.List;

/**
 * One way of asking the web archives for the capture of a URL nearest its cite date: a service's
 * API (Wayback CDX, the Availability API, a Memento TimeGate, Time Travel), or several combined.
 * The engine walks an ordered list of them built from {@code --archive}; fallbacks are combinators.
 */
@FunctionalInterface
public interface SnapshotSource {

  /** What this source says about the URL; never throws (a failure is an error outcome). */
  LookupOutcome find(String url, CiteDate cite);

  /**
   * This source, and when it cannot answer (an error, not "none") the fallback, whose reason then
   * names what went wrong first.
   */
  default SnapshotSource orOnError(SnapshotSource fallback) {
    return (url, cite) -> {
      LookupOutcome first = find(url, cite);
      if (first.kind() != LookupOutcome.Kind.ERROR) {
        return first;
      }
      LookupOutcome second = fallback.find(url, cite);
      String reason = second.reason() + " (after " + first.reason() + ")";
      return switch (second.kind()) {
        case FOUND -> LookupOutcome.found(second.capture(), reason);
        case NONE -> LookupOutcome.none(reason);
        case ERROR ->
            new LookupOutcome(
                LookupOutcome.Kind.ERROR,
                null,
                reason,
                first.rateLimited() || second.rateLimited());
      };
    };
  }

  /**
   * The sources in order until one finds a capture; when none does, what they said together (see
   * {@link LookupOutcome#together}).
   */
  static SnapshotSource firstFound(List<? extends SnapshotSource> sources) {
    List<SnapshotSource> ordered = List.copyOf(sources);
    return (url, cite) -> {
      LookupOutcome[] said = new LookupOutcome[ordered.size()];
      for (int i = 0; i < ordered.size(); i++) {
        said[i] = ordered.get(i).find(url, cite);
        if (said[i].found()) {
          return said[i];
        }
      }
      return LookupOutcome.together(List.of(said));
    };
  }
}
