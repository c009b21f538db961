package org.citecheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.citecheck.io.WriteJournal;
import org.citecheck.text.SafeText;

/**
 * What a run stopped by Ctrl-C (or a kill) says as the process ends: one line naming the files it
 * wrote, or saying it wrote none. A shutdown hook runs it; it first stops every later write and
 * deletes temporary files half-written (see {@link WriteJournal}), so the line stays true.
 */
final class Interruption {

  /** The process's interruption, installed by {@link Main#main}; null when driven by tests. */
  private static volatile Interruption process;

  private final WriteJournal journal;
  private final int mark;
  private final PrintStream err;
  private final boolean terminal;
  private final Set<AutoCloseable> silenced = ConcurrentHashMap.newKeySet();
  private volatile boolean finished;

  Interruption(WriteJournal journal, PrintStream err, boolean terminal) {
    this.journal = journal;
    this.mark = journal.mark();
    this.err = err;
    this.terminal = terminal;
  }

  /** Installs the shutdown hook for this process's one run. */
  static Interruption install(PrintStream err, boolean terminal) {
    Interruption interruption = new Interruption(WriteJournal.process(), err, terminal);
    Runtime.getRuntime().addShutdownHook(new Thread(interruption::report, "citecheck-interrupted"));
    process = interruption;
    return interruption;
  }

  /**
   * Closes {@code display} before the line is printed if the run is interrupted, so a progress bar
   * does not draw over it. Does nothing outside the real process (tests).
   */
  static void silenceOnInterrupt(AutoCloseable display) {
    Interruption current = process;
    if (current != null) {
      current.silenced.add(display);
    }
  }

  /** The run ended by itself: the process exits with its own code and says nothing more. */
  void finished() {
    finished = true;
  }

  /** Run by the shutdown hook. */
  void report() {
    if (finished) {
      return;
    }
    List<Path> written = journal.stopForShutdown(mark);
    for (AutoCloseable display : silenced) {
      try {
        display.close();
      } catch (Exception ignored) {
        // The line below matters more than a display that failed to stop.
      }
    }
    // On a terminal the cursor sits after a progress bar or the echoed ^C.
    err.println((terminal ? System.lineSeparator() : "") + message(written));
    err.flush();
  }

  static String message(List<Path> written) {
    if (written.isEmpty()) {
      return "citecheck: interrupted; no file was written (existing files are as they were)";
    }
    List<String> names =
        written.stream().map(path -> SafeText.words(path.toString())).distinct().toList();
    String list =
        names.size() == 1
            ? names.get(0)
            : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and "
                + names.get(names.size() - 1);
    return "citecheck: interrupted after writing " + list + "; no other file was written";
  }
}
