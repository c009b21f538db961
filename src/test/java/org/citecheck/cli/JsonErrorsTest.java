package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citecheck.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken references.json or verification.json, through the real command line: one line naming the
 * file, where in it, and what is wrong in JSON's terms; never a Java type, a Jackson constant, or a
 * stack trace.
 */
class JsonErrorsTest {

  /** What must never reach a person: Java and Jackson internals. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "java\\.|org\\.citecheck|JsonToken|Exception|StreamReadFeature|REDACTED|`|\\[Source|\tat ");

  private static final String DOCUMENT = "{\"document\": {\"title\": \"T\"}, ";

  private static final String NOTE = "{\"number\": 1, \"text\": \"t\", \"sources\": []}";

  @TempDir Path folder;

  static Stream<Arguments> badReferences() {
    return Stream.of(
        Arguments.of(
            "truncated in a list",
            DOCUMENT + "\"notes\": [",
            " line 1, column 40: the JSON ends too early"),
        Arguments.of(
            "truncated in text",
            "{\"document\": {\"title\": \"T",
            " line 1, column 26: the JSON ends too early"),
        Arguments.of(
            "notes is a number", DOCUMENT + "\"notes\": 5}", ": notes: expected a list, found 5"),
        Arguments.of(
            "notes is text",
            DOCUMENT + "\"notes\": \"none\"}",
            ": notes: expected a list, found \"none\""),
        Arguments.of(
            "the fourth note's number is text",
            DOCUMENT
                + "\"notes\": ["
                + NOTE
                + ", "
                + NOTE
                + ", "
                + NOTE
                + ", {\"number\": \"x\"}]}",
            ": notes[3].number: expected a whole number, found \"x\""),
        Arguments.of(
            "a note number is a fraction",
            DOCUMENT + "\"notes\": [{\"number\": 1.5}]}",
            ": notes[0].number: expected a whole number, found 1.5"),
        Arguments.of(
            "a note number is a list",
            DOCUMENT + "\"notes\": [{\"number\": [1]}]}",
            ": notes[0].number: expected a whole number, found a list"),
        Arguments.of(
            "a number too large for a note",
            DOCUMENT + "\"notes\": [{\"number\": 99999999999999999999}]}",
            " line 1, column 71: the number 99999999999999999999 is too large"),
        Arguments.of(
            "a number with 1500 digits",
            DOCUMENT + "\"notes\": [{\"number\": " + "9".repeat(1500) + "}]}",
            ": a number has too many digits"),
        Arguments.of(
            "a null note",
            DOCUMENT + "\"notes\": [" + NOTE + ", null]}",
            ": notes[1]: null where a value belongs"),
        Arguments.of(
            "a null author",
            "{\"document\": {\"authors\": [\"A\", null]}}",
            ": document.authors[1]: null where a value belongs"),
        Arguments.of(
            "a note is text",
            DOCUMENT + "\"notes\": [\"note one\"]}",
            ": notes[0]: expected an object, found \"note one\""),
        Arguments.of(
            "sources is an object",
            DOCUMENT + "\"notes\": [{\"number\": 1, \"sources\": {}}]}",
            ": notes[0].sources: expected a list, found an object"),
        Arguments.of(
            "an unknown source kind",
            DOCUMENT + "\"notes\": [{\"number\": 1, \"sources\": [{\"kind\": \"scroll\"}]}]}",
            ": notes[0].sources[0].kind: expected one of web-page, social-post, news-article,"),
        Arguments.of(
            "authors is text",
            "{\"document\": {\"authors\": \"A. Author\"}}",
            ": document.authors: expected a list, found \"A. Author\""),
        Arguments.of(
            "the document is a list",
            "{\"document\": []}",
            ": document: expected an object, found a list"),
        Arguments.of(
            "a missing comma",
            "{\"document\": {} \"notes\": []}",
            " line 1, column 17: expected ',' or '}', found '\"'"),
        Arguments.of(
            "a single-quoted name",
            "{'document': {}}",
            " line 1, column 2: expected a field name in double quotes, found \"'\""),
        Arguments.of(
            "a bare word",
            "{\"document\": nothing}",
            " line 1, column 14: \"nothing\" is not a JSON value (text needs double quotes)"),
        Arguments.of(
            "NaN",
            DOCUMENT + "\"notes\": [{\"number\": NaN}]}",
            " line 1, column 54: NaN is not a JSON number"),
        Arguments.of(
            "a wrong closing bracket",
            "{\"document\": {]}",
            " line 1, column 15: a closing bracket does not match the one it closes"),
        Arguments.of(
            "a raw control character",
            "{\"document\": {\"title\": \"a\u0001b\"}}",
            " line 1, column 26: a control character in text must be escaped"),
        Arguments.of(
            "a bad escape",
            "{\"document\": {\"title\": \"a\\qb\"}}",
            " line 1, column 27: text holds a backslash escape JSON does not have"),
        Arguments.of(
            "nested 1200 deep",
            "{\"document\": {}, \"x\": " + "[".repeat(1200) + "]".repeat(1200) + "}",
            ": the JSON is nested too deeply"),
        Arguments.of(
            "a second line",
            "{\"document\": {},\n  \"notes\": [\n    {\"number\": 1,,}]}",
            " line 3, column 18: expected a field name in double quotes, found ','"),
        Arguments.of(
            "schemaVersion is text",
            "{\"schemaVersion\": \"one\", \"document\": {}}",
            ": schemaVersion: expected a whole number, found \"one\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badReferences")
  void aBrokenReferencesJsonIsOneLineInWords(String label, String content, String expected)
      throws IOException {
    Path file =
        Files.writeString(folder.resolve("references.json"), content, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("bib", file.toString(), "-o", folder.resolve("out.bib").toString());
    assertOneLine(run, file, expected);
    assertFalse(Files.exists(folder.resolve("out.bib")));
  }

  static Stream<Arguments> badReports() {
    return Stream.of(
        Arguments.of(
            "truncated",
            "{\"results\": [{\"note\": 1,",
            " line 1, column 25: the JSON ends too early"),
        Arguments.of(
            "results is an object",
            "{\"results\": {}}",
            " is not a verification report (no \"results\"; citecheck check writes one)"),
        Arguments.of(
            "a verdict citecheck does not know",
            "{\"results\": [{\"verdict\": \"zombie\"}]}",
            ": results[0].verdict: expected one of alive,"),
        Arguments.of(
            "offline is text",
            "{\"offline\": \"no\", \"results\": []}",
            ": offline: expected true or false, found \"no\""),
        Arguments.of(
            "a null result", "{\"results\": [null]}", ": results[0]: null where a value belongs"),
        Arguments.of(
            "not JSON at all",
            "verification report",
            " is not JSON, so not a verification report (citecheck check writes one)"),
        Arguments.of("empty", "", " is empty"),
        Arguments.of("blank with a byte order mark", "\uFEFF \n", " is empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badReports")
  void aBrokenVerificationJsonIsOneLineInWords(String label, String content, String expected)
      throws IOException {
    Path references =
        Files.writeString(
            folder.resolve("references.json"), DOCUMENT + "\"notes\": [" + NOTE + "]}");
    Path file =
        Files.writeString(folder.resolve("verification.json"), content, StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "bib",
            references.toString(),
            "--with",
            file.toString(),
            "-o",
            folder.resolve("out.bib").toString());
    assertOneLine(run, file, expected);
  }

  @org.junit.jupiter.api.Test
  void jsonOnStandardInputIsNamedSo() {
    CliRun run = CliRun.withInput(DOCUMENT + "\"notes\": [{\"number\": true}]}", "bib", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: standard input: notes[0].number: expected a whole number, found true\n",
        run.err());
    assertEquals("", run.out());
  }

  @org.junit.jupiter.api.Test
  void aByteOrderMarkBeforeTheJsonIsNoError() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("references.json"),
            "\uFEFF" + DOCUMENT + "\"notes\": [" + NOTE + "]}",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.of("bib", file.toString(), "-o", folder.resolve("out.bib").toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(Files.exists(folder.resolve("out.bib")));
  }

  private static void assertOneLine(CliRun run, Path file, String expected) {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    String line = run.err().strip();
    assertEquals(1, line.lines().count(), "one line: " + run.err());
    assertFalse(INTERNALS.matcher(line).find(), "no internals: " + line);
    if (expected.endsWith(",")) { // a list of values follows, whose order the enum decides
      assertTrue(line.startsWith("citecheck: " + file + expected), line);
    } else {
      assertEquals("citecheck: " + file + expected, line);
    }
  }
}
