package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.io.WriteJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line an interrupted run prints, from what its journal saw. */
class InterruptionTest {

  @TempDir Path folder;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void theLineSaysWhichFilesWereWrittenOrThatNoneWas() {
    assertEquals(
        "citecheck: interrupted; no file was written (existing files are as they were)",
        Interruption.message(List.of()));
    assertEquals(
        "citecheck: interrupted after writing references.json; no other file was written",
        Interruption.message(List.of(Path.of("references.json"))));
    assertEquals(
        "citecheck: interrupted after writing r/verification.json, r/verification.md and r/junit.xml;"
            + " no other file was written",
        Interruption.message(
            List.of(
                Path.of("r/verification.json"),
                Path.of("r/verification.md"),
                Path.of("r/junit.xml"))));
    assertEquals(
        "citecheck: interrupted after writing evil; no other file was written",
        Interruption.message(List.of(Path.of("e\u001b[2Jvil"))),
        "a file name reaches the console cleaned");
  }

  @Test
  void onlyFilesOfThisRunAreNamedAndHalfWrittenOnesAreRemoved() throws Exception {
    WriteJournal journal = new WriteJournal();
    Path earlier = folder.resolve("earlier.json");
    Path earlierTemp = Files.writeString(folder.resolve(".earlier.tmp"), "{}");
    journal.writing(earlierTemp);
    journal.commit(earlierTemp, earlier, () -> Files.move(earlierTemp, earlier));

    Interruption interruption = new Interruption(journal, err, false);
    Path cache = folder.resolve("cache.json");
    Path cacheTemp = Files.writeString(folder.resolve(".cache.tmp"), "{}");
    journal.writing(cacheTemp);
    journal.commit(cacheTemp, cache, () -> Files.move(cacheTemp, cache));
    Path half = Files.writeString(folder.resolve(".verification.json.tmp"), "{\"resu");
    journal.writing(half);
    interruption.report();
    assertEquals(
        "citecheck: interrupted after writing " + cache + "; no other file was written\n",
        printed());
    assertFalse(Files.exists(half), "no half-written file is left");
  }

  @Test
  void aRunThatEndedByItselfSaysNothingMore() {
    WriteJournal journal = new WriteJournal();
    Interruption interruption = new Interruption(journal, err, true);
    interruption.finished();
    interruption.report();
    assertEquals("", printed());
  }

  @Test
  void onATerminalTheLineStartsOnANewLineBelowTheProgressBar() {
    new Interruption(new WriteJournal(), err, true).report();
    assertTrue(printed().startsWith("\ncitecheck: interrupted; no file was written"), printed());
  }
}
