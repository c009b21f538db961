package org.citecheck.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files this process has written and the temporary files it is writing ({@link AtomicFile}
 * reports both), so that a run stopped by Ctrl-C can say truly which files it wrote and leave no
 * temporary file behind. Once {@link #stopForShutdown} has run, no file is put in place any more:
 * what it returned stays the whole truth.
 */
public final class WriteJournal {

  /** An action that may fail with an I/O error. */
  @FunctionalInterface
  public interface IoAction {
    void run() throws IOException;
  }

  private static final WriteJournal PROCESS = new WriteJournal();

  private final List<Path> written = new ArrayList<>();
  private final Set<Path> temporary = new LinkedHashSet<>();
  private boolean stopping;

  /** A journal of its own; {@link AtomicFile} reports to {@link #process()}. */
  public WriteJournal() {}

  /** The journal {@link AtomicFile} reports to. */
  public static WriteJournal process() {
    return PROCESS;
  }

  /**
   * How many files have been written so far: a run's first file is {@code written(mark)}'s first.
   */
  public synchronized int mark() {
    return written.size();
  }

  /** The files written since {@code mark}, in the order they were put in place. */
  public synchronized List<Path> writtenSince(int mark) {
    return written.subList(Math.min(mark, written.size()), written.size()).stream()
        .distinct()
        .toList();
  }

  /**
   * A temporary file is being filled; it is deleted if the process stops before it is put in place.
   */
  public synchronized void writing(Path temp) throws IOException {
    if (stopping) {
      Files.deleteIfExists(temp); // created after the shutdown hook looked
      awaitHaltIfStopping();
    }
    temporary.add(temp);
  }

  /**
   * A file changed in place by a transaction that committed (the SQLite history store): it counts
   * as written, as a renamed file does.
   */
  public synchronized void updated(Path target) {
    written.add(target);
  }

  /** The temporary file was removed without being put in place. */
  public synchronized void abandoned(Path temp) {
    temporary.remove(temp);
  }

  /**
   * Puts a finished temporary file in place with {@code move} and records {@code target} as
   * written, unless the process is stopping: then the file is never put in place.
   */
  public synchronized void commit(Path temp, Path target, IoAction move) throws IOException {
    awaitHaltIfStopping();
    move.run();
    temporary.remove(temp);
    written.add(target);
  }

  /**
   * For a shutdown hook only: stops every later write (a writer waits until the JVM halts, so it
   * neither puts a file in place nor reports a failure that did not happen), deletes the temporary
   * files being written, and returns the files written since {@code mark}.
   */
  public synchronized List<Path> stopForShutdown(int mark) {
    stopping = true;
    for (Path temp : temporary) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Best effort while the process ends: the file is hidden and named after its target.
      }
    }
    temporary.clear();
    return writtenSince(mark);
  }

  private void awaitHaltIfStopping() throws IOException {
    while (stopping) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("the process is stopping");
      }
    }
  }
}
