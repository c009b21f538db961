package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program, started in a folder, finds that folder's config file. */
class ConfigInCurrentFolderTest {

  @TempDir Path folder;

  @Test
  void theProgramReadsTheConfigFileOfTheFolderItRunsIn() throws IOException, InterruptedException {
    Files.copy(
        Path.of("src/test/resources/org/citecheck/bib/seed.references.json"),
        folder.resolve("references.json"));
    Files.writeString(folder.resolve(".citecheck.yml"), "bib:\n  style: ris\n");
    Process process =
        new ProcessBuilder(
                List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "bib"))
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(ExitCodes.OK, process.exitValue(), output);
    assertTrue(output.contains("ris entries to"), output);
    assertTrue(Files.exists(folder.resolve("references.ris")), output);
  }
}
