package org.citecheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.citecheck.check.progress.Progress;
import org.citecheck.check.progress.ProgressBar;
import org.citecheck.check.progress.ProgressLines;
import org.citecheck.check.progress.QuietProgress;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);
  private final AtomicLong nanos = new AtomicLong();

  @Test
  void theDisplayFollowsTheTerminalQuietAndNoColor() {
    assertTrue(Progress.choose(true, true, Map.of(), err) instanceof QuietProgress);
    assertTrue(Progress.choose(false, true, Map.of(), err) instanceof ProgressBar);
    assertTrue(Progress.choose(false, false, Map.of(), err) instanceof ProgressLines);
    assertTrue(Progress.choose(false, true, Map.of("TERM", "dumb"), err) instanceof ProgressLines);
  }

  @Test
  void plainLinesComeAtTheIntervalWithRateAndTimeLeft() {
    ProgressLines lines = new ProgressLines(err, Duration.ofSeconds(10), nanos::get);
    lines.started(4);
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    lines.settled(Verdict.ALIVE);
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    lines.settled(Verdict.DEAD);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    lines.settled(Verdict.ALIVE);
    lines.settled(Verdict.ALIVE);
    lines.finished();
    assertEquals("citecheck: checking 4 cited URLs\n"
        + "citecheck: 2/4 checked, 0.2/s, 0:10 left\n"
        + "citecheck: 3/4 checked, 0.2/s, 0:07 left\n"
        + "citecheck: 4/4 checked in 20.0 s\n", text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theBarRedrawsInPlaceAndHonoursNoColor() {
    ProgressBar plain = new ProgressBar(err, false, nanos::get);
    plain.started(2);
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    plain.settled(Verdict.ALIVE);
    plain.settled(Verdict.ALIVE);
    plain.finished();
    String output = text.toString();
    assertTrue(output.contains("\rchecking [############------------] 1/2 1.0/s, 0:01 left"), output);
    assertTrue(output.contains("2/2"), output);
    assertFalse(output.contains("\u001b["), output);
    StringWriter coloured = new StringWriter();
    ProgressBar colour = new ProgressBar(new PrintWriter(coloured), true, nanos::get);
    colour.started(1);
    assertTrue(coloured.toString().contains("\u001b[32m"));
  }

  @Test
  void warningsReachTheUserEvenWhenQuiet() {
    new QuietProgress(err).warning("cache \u001b[2Jdamaged");
    assertEquals("citecheck: warning: cache damaged\n", text.toString().replace(System.lineSeparator(), "\n"));
  }
}
