package org.citecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal an interrupted run reads to say truly what it wrote. */
class WriteJournalTest {

  @TempDir Path folder;

  @Test
  void atomicWritesAreRecordedInTheOrderTheyLand() {
    WriteJournal journal = WriteJournal.process();
    int mark = journal.mark();
    Path first = folder.resolve("a/one.json");
    Path second = folder.resolve("two.md");
    AtomicFile.write(first, "1");
    AtomicFile.write(second, "2");
    List<Path> written = journal.writtenSince(mark);
    assertTrue(written.containsAll(List.of(first, second)), written.toString());
    assertTrue(written.indexOf(first) < written.indexOf(second), written.toString());
  }

  @Test
  void aFailedWriteIsNotRecorded() throws IOException {
    WriteJournal journal = WriteJournal.process();
    Path blocker = Files.writeString(folder.resolve("file"), "x");
    int mark = journal.mark();
    try {
      AtomicFile.write(blocker.resolve("inside.json"), "1");
    } catch (RuntimeException expected) {
      // a file is not a folder
    }
    assertFalse(journal.writtenSince(mark).contains(blocker.resolve("inside.json")));
  }

  @Test
  void stoppingDeletesTheHalfWrittenTemporaryAndNothingLandsAfterIt() throws Exception {
    WriteJournal journal = new WriteJournal();
    int mark = journal.mark();
    Path done = folder.resolve("done.json");
    Path doneTemp = Files.writeString(folder.resolve(".done.json.1.tmp"), "complete");
    journal.writing(doneTemp);
    journal.commit(doneTemp, done, () -> Files.move(doneTemp, done));

    Path target = folder.resolve("report.json");
    Path temp = Files.writeString(folder.resolve(".report.json.2.tmp"), "half");
    journal.writing(temp);
    assertEquals(List.of(done), journal.stopForShutdown(mark));
    assertFalse(Files.exists(temp), "the half-written temporary file is deleted");

    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                journal.commit(temp, target, () -> Files.writeString(target, "late"));
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    writer.setDaemon(true);
    writer.start();
    writer.join(300);
    assertTrue(writer.isAlive(), "a writer after the stop waits for the process to end");
    assertFalse(Files.exists(target), "and puts nothing in place");
    assertEquals(List.of(done), journal.writtenSince(mark));
    writer.interrupt();
    writer.join(5000);
    assertFalse(Files.exists(target), "even when interrupted");
    assertTrue(failure.get() instanceof IOException, String.valueOf(failure.get()));
  }

  @Test
  void aTemporaryCreatedAfterTheStopIsDeletedToo() throws Exception {
    WriteJournal journal = new WriteJournal();
    journal.stopForShutdown(journal.mark());
    Path temp = Files.writeString(folder.resolve(".late.tmp"), "x");
    Thread writer =
        new Thread(
            () -> {
              try {
                journal.writing(temp);
              } catch (IOException ignored) {
                // interrupted below
              }
            });
    writer.setDaemon(true);
    writer.start();
    writer.join(300);
    assertFalse(Files.exists(temp));
    writer.interrupt();
    writer.join(5000);
  }
}
