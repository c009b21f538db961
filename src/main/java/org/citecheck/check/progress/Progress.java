package org.citecheck.check.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/** Picks the progress display: a bar on a terminal, plain lines elsewhere, nothing when quiet. */
public final class Progress {

  /** How often plain progress lines are printed. */
  public static final Duration LINE_INTERVAL = Duration.ofSeconds(10);

  /** How often a display is brought up to date when nothing settles. */
  static final Duration TICK = Duration.ofSeconds(1);

  private Progress() {}

  /**
   * @param terminal true when standard error is a terminal
   * @param environment the process environment (NO_COLOR, TERM)
   */
  public static ProgressDisplay choose(
      boolean quiet, boolean terminal, Map<String, String> environment, PrintWriter err) {
    if (quiet) {
      return new QuietProgress(err);
    }
    boolean dumb = "dumb".equals(environment.get("TERM"));
    if (terminal && !dumb) {
      // https://no-color.org: any non-empty NO_COLOR turns colour off.
      String noColour = environment.get("NO_COLOR");
      return new Ticking(
          new ProgressBar(err, noColour == null || noColour.isEmpty(), System::nanoTime), TICK);
    }
    return new Ticking(new ProgressLines(err, LINE_INTERVAL, System::nanoTime), TICK);
  }
}
