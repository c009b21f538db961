package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real consumer (pandoc, pdflatex, biber) as a child process. A missing tool fails the test
 * with the command that installs it: these checks are the point, so they never skip quietly.
 */
final class ExternalTool {

  /** What a run printed and returned. */
  record Run(int exitCode, String stdout, String stderr) {}

  private static final long TIMEOUT_SECONDS = 300;

  private ExternalTool() {}

  static Run run(Path folder, String... command) throws IOException, InterruptedException {
    requireInstalled(command[0]);
    Path out = Files.createTempFile("citecheck-tool", ".out");
    Path err = Files.createTempFile("citecheck-tool", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static void requireInstalled(String tool) {
    List<String> path =
        new ArrayList<>(
            List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    for (String folder : path) {
      if (Files.isExecutable(Path.of(folder, tool))) {
        return;
      }
    }
    fail(
        tool
            + " is not installed; .ci/run installs it (apt-get install pandoc biber"
            + " texlive-bibtex-extra texlive-latex-base texlive-latex-recommended)");
  }
}
