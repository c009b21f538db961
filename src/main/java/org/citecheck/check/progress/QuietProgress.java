package org.citecheck.check.progress;

import java.io.PrintWriter;
import org.citecheck.text.SafeText;

/**
 * Shows no progress (--quiet); warnings still reach the user, since they say something is wrong.
 */
public final class QuietProgress implements ProgressDisplay {

  private final PrintWriter err;

  public QuietProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void warning(String message) {
    err.println("citecheck: warning: " + SafeText.words(message));
    err.flush();
  }
}
