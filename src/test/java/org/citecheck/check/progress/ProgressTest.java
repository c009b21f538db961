package org.citecheck.check.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The progress displays, driven with a fake clock: what a person sees while URLs settle and hang.
 */
class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);
  private final AtomicLong nanos = new AtomicLong();

  private void wait(int seconds) {
    nanos.addAndGet(Duration.ofSeconds(seconds).toNanos());
  }

  private String printed() {
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  /** The text of the bar's last redraw. */
  private String lastBar() {
    String all = printed();
    return all.substring(all.lastIndexOf('\r') + 1).stripTrailing();
  }

  @Test
  void theDisplayFollowsTheTerminalQuietAndNoColor() {
    assertTrue(Progress.choose(true, true, Map.of(), err) instanceof QuietProgress);
    assertTrue(
        ((Ticking) Progress.choose(false, true, Map.of(), err)).display() instanceof ProgressBar);
    assertTrue(
        ((Ticking) Progress.choose(false, false, Map.of(), err)).display()
            instanceof ProgressLines);
    assertTrue(
        ((Ticking) Progress.choose(false, true, Map.of("TERM", "dumb"), err)).display()
            instanceof ProgressLines);
  }

  @Test
  void plainLinesComeAtTheIntervalWithTheRate() {
    ProgressLines lines = new ProgressLines(err, Duration.ofSeconds(10), nanos::get);
    lines.started(4);
    wait(5);
    lines.settled(Verdict.ALIVE);
    wait(5);
    lines.settled(Verdict.DEAD);
    wait(10);
    lines.settled(Verdict.ALIVE);
    lines.settled(Verdict.ALIVE);
    lines.finished();
    assertEquals(
        "citecheck: checking 4 cited URLs\n"
            + "citecheck: 2/4 checked, 0.2/s\n"
            + "citecheck: 3/4 checked, 0.2/s\n"
            + "citecheck: 4/4 checked in 20.0 s\n",
        printed());
  }

  @Test
  void whileAUrlHangsTheLinesSayWhichHostAndForHowLongInsteadOfATimeLeft() {
    ProgressLines lines = new ProgressLines(err, Duration.ofSeconds(10), nanos::get);
    lines.started(3);
    lines.fetching("https://fast.example.org/a");
    lines.fetching("https://slow.example.net/b?x=1");
    lines.fetching("https://fast.example.org/c");
    wait(1);
    lines.fetched("https://fast.example.org/a");
    lines.settled(Verdict.ALIVE);
    lines.fetched("https://fast.example.org/c");
    lines.settled(Verdict.ALIVE);
    for (int second = 0; second < 29; second++) {
      wait(1);
      lines.tick(); // nothing settles for 29 seconds
    }
    lines.fetched("https://slow.example.net/b?x=1");
    lines.settled(Verdict.UNREACHABLE);
    lines.finished();
    assertEquals(
        "citecheck: checking 3 cited URLs\n"
            + "citecheck: 2/3 checked, 0.2/s, 1 running, slowest: slow.example.net (10 s)\n"
            + "citecheck: 2/3 checked, 0.1/s, 1 running, slowest: slow.example.net (20 s)\n"
            + "citecheck: 2/3 checked, 0.1/s, 1 running, slowest: slow.example.net (30 s)\n"
            + "citecheck: 3/3 checked in 30.0 s\n",
        printed());
    assertFalse(printed().contains("left"), printed());
  }

  @Test
  void theBarShowsWhatIsRunningAndKeepsCountingWhileNothingSettles() {
    ProgressBar bar = new ProgressBar(err, false, nanos::get);
    bar.started(5);
    for (String url :
        new String[] {"https://a.example/1", "https://b.example/2", "https://c.example/3"}) {
      bar.fetching(url);
      wait(1);
    }
    bar.fetched("https://a.example/1");
    bar.settled(Verdict.ALIVE);
    bar.settled(Verdict.ALIVE); // a second note citing the same URL
    bar.settled(Verdict.ALIVE); // a cached one, never fetched
    bar.tick(); // redraws within 100 ms of each other are skipped
    assertEquals(
        "checking [##############----------] 3/5 1.0/s, 2 running, slowest: b.example (2 s)",
        lastBar());
    wait(25);
    bar.tick();
    assertEquals(
        "checking [##############----------] 3/5 0.1/s, 2 running, slowest: b.example (27 s)",
        lastBar());
    bar.fetched("https://b.example/2");
    wait(40);
    bar.tick();
    assertEquals(
        "checking [##############----------] 3/5 0.0/s, 1 running, slowest: c.example (1:06)",
        lastBar());
    bar.fetched("https://c.example/3");
    bar.settled(Verdict.DEAD);
    bar.settled(Verdict.UNREACHABLE);
    bar.finished();
    assertTrue(printed().contains("5/5"), printed());
    assertFalse(printed().contains("left"), printed());
  }

  @Test
  void aLongOrHostileHostIsCleanedAndCut() {
    ProgressBar bar = new ProgressBar(err, false, nanos::get);
    bar.started(1);
    bar.fetching("not a url \u001b[2J" + "x".repeat(80));
    bar.tick();
    assertFalse(printed().contains("\u001b"), printed());
    assertTrue(lastBar().length() < 130, lastBar());
  }

  @Test
  void theBarRedrawsInPlaceAndHonoursNoColor() {
    ProgressBar plain = new ProgressBar(err, false, nanos::get);
    plain.started(2);
    wait(1);
    plain.settled(Verdict.ALIVE);
    plain.settled(Verdict.ALIVE);
    plain.finished();
    String output = text.toString();
    assertTrue(output.contains("\rchecking [############------------] 1/2 1.0/s"), output);
    assertTrue(output.contains("2/2"), output);
    assertFalse(output.contains("\u001b["), output);
    StringWriter coloured = new StringWriter();
    ProgressBar colour = new ProgressBar(new PrintWriter(coloured), true, nanos::get);
    colour.started(1);
    assertTrue(coloured.toString().contains("\u001b[32m"));
  }

  @Test
  void nothingIsDrawnAfterTheFinalLine() {
    ProgressBar bar = new ProgressBar(err, false, nanos::get);
    bar.started(1);
    bar.settled(Verdict.ALIVE);
    bar.finished();
    String done = printed();
    bar.tick();
    assertEquals(done, printed());
  }

  @Test
  void tickingTicksTheDisplayUntilTheRunFinishes() throws InterruptedException {
    AtomicInteger ticks = new AtomicInteger();
    CountDownLatch ticked = new CountDownLatch(3);
    Ticking ticking =
        new Ticking(
            new ProgressDisplay() {
              @Override
              public void tick() {
                ticks.incrementAndGet();
                ticked.countDown();
              }
            },
            Duration.ofMillis(5));
    ticking.started(1);
    assertTrue(ticked.await(10, TimeUnit.SECONDS), "the display is ticked while the run goes on");
    ticking.finished();
    int atFinish = ticks.get();
    Thread.sleep(50);
    assertEquals(atFinish, ticks.get(), "no tick after the run finished");
    ticking.close();
  }

  @Test
  void warningsReachTheUserEvenWhenQuiet() {
    new QuietProgress(err).warning("cache \u001b[2Jdamaged");
    assertEquals("citecheck: warning: cache damaged\n", printed());
  }
}
