package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a formatter's output with its golden file under
 * {@code src/test/resources/org/citecheck/report/golden/}, exactly. A mismatch writes the actual
 * output to {@code target/golden-actual/} for diffing. Run with {@code -Dcitecheck.golden.update=true}
 * to rewrite the golden files from the code, then read them before committing.
 */
final class Golden {

  private static final Path SOURCE = Path.of("src/test/resources/org/citecheck/report/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("citecheck.golden.update")) {
      write(SOURCE.resolve(name), actual);
      return;
    }
    String expected = read(name);
    if (!expected.equals(actual)) {
      Path dump = Path.of("target/golden-actual").resolve(name);
      write(dump, actual);
      assertEquals(expected, actual, "output differs from golden file " + name + "; actual output in " + dump);
    }
  }

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        fail("missing golden file golden/" + name + ": run once with -Dcitecheck.golden.update=true and review it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
