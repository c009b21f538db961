package org.citecheck.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlLinesTest {

  private static final String FILE =
      String.join(
          "\n",
          "# a comment = not a key", // 1
          "reports = \"out\"", // 2
          "", // 3
          "[check]", // 4
          "  timeout = 30", // 5
          "\"quoted key\" = 1", // 6
          "archive.interval = 2", // 7
          "note = \"\"\"", // 8
          "fake = 1", // 9: inside a multi-line string
          "\"\"\"", // 10
          "inline = { inner = 1 }", // 11
          "[ 'bib' ]", // 12
          "style = 'ris'", // 13
          "[[audit]]", // 14
          "fail-on = \"none\""); // 15

  private final TomlLines lines = new TomlLines(FILE);

  @Test
  void findsTheLineOfEachKeyUnderItsTable() {
    assertEquals(2, lines.lineOf(List.of("reports")));
    assertEquals(4, lines.lineOf(List.of("check")));
    assertEquals(5, lines.lineOf(List.of("check", "timeout")));
    assertEquals(6, lines.lineOf(List.of("check", "quoted key")));
    assertEquals(7, lines.lineOf(List.of("check", "archive", "interval")));
    assertEquals(13, lines.lineOf(List.of("bib", "style")));
    assertEquals(15, lines.lineOf(List.of("audit", "fail-on")));
  }

  @Test
  void keysItCannotPlaceFallBackToWhatHoldsThem() {
    assertEquals(11, lines.lineOf(List.of("check", "inline", "inner")));
    assertEquals(
        4, lines.lineOf(List.of("check", "fake")), "a line inside a multi-line string is no key");
    assertEquals(0, lines.lineOf(List.of("nowhere")));
  }

  @Test
  void measuresHowDeepTheKeysNest() {
    assertEquals(3, lines.deepestKey());
    assertEquals(5001, new TomlLines("[" + "a.".repeat(5000) + "a]\n").deepestKey());
  }
}
