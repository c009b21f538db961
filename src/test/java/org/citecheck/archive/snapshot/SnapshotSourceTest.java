package org.citecheck.archive.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSourceTest {

  static final CiteDate CITED = new CiteDate(LocalDate.of(2020, 11, 10), "accessed", "2020-11-10");
  static final Capture CAPTURE =
      new Capture(
          "wayback",
          "cdx",
          "https://web.archive.org/web/20201101000000/x",
          "x",
          LocalDateTime.of(2020, 11, 1, 0, 0),
          200);

  /** A source that always says the same and remembers that it was asked. */
  static final class Saying implements SnapshotSource {
    final LookupOutcome outcome;
    final List<String> asked = new ArrayList<>();

    Saying(LookupOutcome outcome) {
      this.outcome = outcome;
    }

    @Override
    public LookupOutcome find(String url, CiteDate cite) {
      asked.add(url);
      return outcome;
    }
  }

  @Test
  void theFallbackIsAskedOnlyWhenTheFirstCannotAnswer() {
    Saying none = new Saying(LookupOutcome.none("CDX: no 2xx capture of this URL"));
    Saying fallback = new Saying(LookupOutcome.found(CAPTURE, "Availability API: closest capture"));
    assertSame(none.outcome, none.orOnError(fallback).find("x", CITED));
    assertTrue(fallback.asked.isEmpty(), "none is an answer: the fallback is not asked");

    Saying failing = new Saying(LookupOutcome.error("CDX: answered HTTP 503"));
    LookupOutcome rescued = failing.orOnError(fallback).find("x", CITED);
    assertTrue(rescued.found());
    assertEquals(
        "Availability API: closest capture (after CDX: answered HTTP 503)", rescued.reason());

    Saying limited = new Saying(LookupOutcome.rateLimited("archive rate-limited: CDX"));
    LookupOutcome both =
        limited
            .orOnError(new Saying(LookupOutcome.error("Availability API: timeout")))
            .find("x", CITED);
    assertEquals(LookupOutcome.Kind.ERROR, both.kind());
    assertTrue(both.rateLimited(), "the first source's rate limit is kept");
  }

  @Test
  void firstFoundStopsAtTheFirstCaptureAndOtherwiseSaysWhatEachSaid() {
    Saying gate = new Saying(LookupOutcome.none("TimeGate a: no memento"));
    Saying found = new Saying(LookupOutcome.found(CAPTURE, "Memento: b"));
    Saying later = new Saying(LookupOutcome.none("Time Travel: no memento in any archive"));
    assertEquals(
        "Memento: b",
        SnapshotSource.firstFound(List.of(gate, found, later)).find("x", CITED).reason());
    assertTrue(later.asked.isEmpty());

    Saying failing = new Saying(LookupOutcome.error("TimeGate c: answered HTTP 500"));
    LookupOutcome nothing =
        SnapshotSource.firstFound(List.of(gate, failing, gate, later)).find("x", CITED);
    assertEquals(
        LookupOutcome.Kind.ERROR, nothing.kind(), "a failure means there may be a capture");
    assertEquals(
        "TimeGate a: no memento; TimeGate c: answered HTTP 500; Time Travel: no memento in any archive",
        nothing.reason());
    assertFalse(nothing.rateLimited());

    LookupOutcome none = SnapshotSource.firstFound(List.of(gate, later)).find("x", CITED);
    assertEquals(LookupOutcome.Kind.NONE, none.kind());
  }
}
