package org.citecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with its golden file under {@code src/test/resources/org/citecheck/audit/},
 * exactly; a mismatch writes the actual output to {@code target/golden-actual/audit/}. Run with
 * {@code -Dcitecheck.golden.update=true} to rewrite the golden files, then read them before committing.
 */
final class GoldenFile {

  private static final Path SOURCE = Path.of("src/test/resources/org/citecheck/audit");

  private GoldenFile() {}

  static void assertMatches(String name, String actual) {
    Path golden = SOURCE.resolve(name);
    try {
      if (Boolean.getBoolean("citecheck.golden.update")) {
        Files.createDirectories(SOURCE);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail("missing golden file " + golden + ": run once with -Dcitecheck.golden.update=true and review it");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        Path dump = Path.of("target/golden-actual/audit").resolve(name);
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, actual, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "output differs from golden file " + golden + "; actual output in " + dump);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
