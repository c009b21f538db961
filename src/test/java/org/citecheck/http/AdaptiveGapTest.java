package org.citecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdaptiveGapTest {

  static final long MS = 1_000_000;

  @Test
  void startsWithNoGapDoublesOnRefusalAndEasesBackByAddition() {
    AdaptiveGap gap = new AdaptiveGap(true, 0);
    assertEquals(0, gap.gap());
    assertTrue(gap.answered(429, 0));
    assertEquals(250 * MS, gap.gap());
    assertFalse(gap.answered(503, 100 * MS), "a refusal within the gap counts once");
    assertEquals(250 * MS, gap.gap());
    assertTrue(gap.answered(503, 400 * MS));
    assertEquals(500 * MS, gap.gap());
    for (int i = 0; i < 4; i++) {
      gap.answered(200, 1000 * MS);
    }
    assertEquals(400 * MS, gap.gap(), "four good answers narrow it by 4 x 25 ms");
    for (int i = 0; i < 100; i++) {
      gap.answered(200, 2000 * MS);
    }
    assertEquals(0, gap.gap());
  }

  @Test
  void neverFallsBelowItsFloorNorRisesAboveTheCap() {
    AdaptiveGap gap = new AdaptiveGap(true, 100 * MS);
    assertEquals(100 * MS, gap.gap());
    long now = 0;
    for (int i = 0; i < 20; i++) {
      now += Duration.ofMinutes(1).toNanos();
      gap.answered(429, now);
    }
    assertEquals(AdaptiveGap.MAX_GAP, gap.gap());
    for (int i = 0; i < 10_000; i++) {
      gap.answered(200, now);
    }
    assertEquals(100 * MS, gap.gap());
    gap.raiseFloor(2000 * MS);
    assertEquals(2000 * MS, gap.gap(), "a Crawl-delay raises the floor");
  }

  @Test
  void slowAnswersAreNoSignal() {
    // the latency the checker sees includes its own wait for a core: a loaded machine is no
    // reason to slow a host down
    AdaptiveGap gap = new AdaptiveGap(true, 0);
    for (int i = 0; i < 50; i++) {
      assertFalse(gap.answered(200, i * MS));
    }
    assertEquals(0, gap.gap());
  }

  @Test
  void aFixedPaceLearnsNothing() {
    AdaptiveGap gap = new AdaptiveGap(false, 100 * MS);
    assertFalse(gap.answered(429, 0));
    assertEquals(100 * MS, gap.gap());
  }
}
