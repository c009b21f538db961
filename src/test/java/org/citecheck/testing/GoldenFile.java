package org.citecheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one golden-file check: output compared with a committed file, exactly, byte for byte. A
 * mismatch writes the actual output under {@code target/golden-actual/} (same relative path) for
 * diffing. Run the tests with {@code -Dcitecheck.golden.update=true} to rewrite every golden file
 * from the code instead, then read the diff before committing (docs/testing.md).
 */
public final class GoldenFile {

  /** The one switch that rewrites golden files. */
  public static final String UPDATE = "citecheck.golden.update";

  /**
   * A name this project used once; a run that sets it would otherwise silently compare instead of
   * update.
   */
  private static final String RETIRED_UPDATE = "golden.update";

  private static final Path ACTUAL = Path.of("target/golden-actual");

  private GoldenFile() {}

  /** True when this run rewrites golden files instead of comparing them. */
  public static boolean updating() {
    if (System.getProperty(RETIRED_UPDATE) != null) {
      fail("-D" + RETIRED_UPDATE + " is no longer read: the switch is -D" + UPDATE + "=true");
    }
    return Boolean.getBoolean(UPDATE);
  }

  /**
   * Asserts that {@code actual} is exactly the golden file's content, or rewrites the file when
   * updating. {@code golden} is relative to the project folder (where Maven runs the tests).
   */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        if (golden.getParent() != null) {
          Files.createDirectories(golden.getParent());
        }
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail(
            "missing golden file "
                + golden
                + ": run the test once with -D"
                + UPDATE
                + "=true and read what it wrote");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        Path dump = ACTUAL.resolve(golden.isAbsolute() ? golden.getFileName() : golden);
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, actual, StandardCharsets.UTF_8);
        assertEquals(
            expected,
            actual,
            "output differs from golden file "
                + golden
                + "; actual output in "
                + dump
                + "; if the change is meant, rerun with -D"
                + UPDATE
                + "=true and read the diff");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
