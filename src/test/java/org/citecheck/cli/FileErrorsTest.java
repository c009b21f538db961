package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.Documents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that cannot be read or written, through the real command line: one line in words naming
 * what the user gave, never a Java class name ({@code AccessDeniedException}), never the hidden
 * temporary file an atomic write uses.
 */
class FileErrorsTest {

  private static final Pattern INTERNALS =
      Pattern.compile("Exception|java\\.|\\.tmp|\\.probe|\tat ");

  /** Placeholders the table uses, filled in with this test's folder. */
  private static final String DIR = "{dir}";

  /** One folder of awkward files for the whole table, made once. */
  @TempDir static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Files.writeString(dir.resolve("file.txt"), "a file, not a folder");
    Files.copy(Path.of(Documents.SEED), dir.resolve("seed.txt"));
    Files.createDirectories(dir.resolve("folder"));
    Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
    Files.createSymbolicLink(dir.resolve("loop-b"), dir.resolve("loop-a"));
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    CliRun extracted =
        CliRun.of(
            "extract",
            dir.resolve("seed.txt").toString(),
            "-o",
            dir.resolve("references.json").toString());
    assertEquals(ExitCodes.OK, extracted.code(), extracted.err());
  }

  static Stream<Arguments> cases() {
    String longName = "n".repeat(300);
    return Stream.of(
        // Inputs
        Arguments.of(
            List.of("extract", "{dir}/missing.txt", "-o", "-"), "{dir}/missing.txt: no such file"),
        Arguments.of(
            List.of("extract", "{dir}/folder", "-o", "-"), "{dir}/folder is a folder, not a file"),
        Arguments.of(
            List.of("extract", "{dir}/file.txt/notes.txt", "-o", "-"),
            "cannot read {dir}/file.txt/notes.txt: {dir}/file.txt is a file, not a folder"),
        Arguments.of(
            List.of("extract", "{dir}/loop-a", "-o", "-"),
            "cannot read {dir}/loop-a: the symbolic links loop"),
        Arguments.of(
            List.of("extract", "{dir}/dangling.txt", "-o", "-"),
            "{dir}/dangling.txt: no such file"),
        Arguments.of(
            List.of("extract", "{dir}/" + longName, "-o", "-"),
            "cannot read {dir}/" + longName + ": the name is too long"),
        Arguments.of(
            List.of("extract", "", "-o", "-"),
            "the input is empty: name a file, or - for standard input"),
        Arguments.of(
            List.of("check", "{dir}/missing.json", "--reports", "{dir}/reports"),
            "{dir}/missing.json: no such file"),
        Arguments.of(
            List.of("bib", "{dir}/references.json", "--with", "{dir}/missing.json", "-o", "-"),
            "{dir}/missing.json: no such file"),
        Arguments.of(
            List.of("bib", "{dir}/references.json", "--with", "{dir}/folder", "-o", "-"),
            "{dir}/folder is a folder, not a file"),
        Arguments.of(
            List.of(
                "audit",
                "{dir}/seed.txt",
                "--with",
                "{dir}/file.txt/v.json",
                "--reports",
                "{dir}/reports"),
            "cannot read {dir}/file.txt/v.json: {dir}/file.txt is a file, not a folder"),
        // Outputs
        Arguments.of(
            List.of("extract", "{dir}/seed.txt", "-o", "{dir}/file.txt/sub/r.json"),
            "cannot write {dir}/file.txt/sub/r.json: {dir}/file.txt is a file, not a folder"),
        Arguments.of(
            List.of("bib", "{dir}/references.json", "-o", "{dir}/file.txt/x.bib"),
            "cannot write {dir}/file.txt/x.bib: {dir}/file.txt is a file, not a folder"),
        Arguments.of(
            List.of("extract", "{dir}/seed.txt", "-o", "{dir}/folder"),
            "cannot write {dir}/folder: {dir}/folder is a folder, not a file"),
        Arguments.of(
            List.of("bib", "{dir}/references.json", "-o", "{dir}/loop-a"),
            "cannot write {dir}/loop-a: the symbolic links loop"),
        Arguments.of(
            List.of("bib", "{dir}/references.json", "-o", "{dir}/" + longName + ".bib"),
            "cannot write {dir}/" + longName + ".bib: the name is too long"),
        Arguments.of(
            List.of("check", "{dir}/references.json", "--reports", "{dir}/file.txt"),
            "cannot write into {dir}/file.txt: {dir}/file.txt is a file, not a folder"),
        Arguments.of(
            List.of("check", "{dir}/references.json", "--reports", "{dir}/file.txt/reports"),
            "cannot write {dir}/file.txt/reports: {dir}/file.txt is a file, not a folder"),
        Arguments.of(
            List.of("audit", "{dir}/seed.txt", "--reports", "{dir}/file.txt/reports"),
            "cannot write {dir}/file.txt/reports: {dir}/file.txt is a file, not a folder"),
        Arguments.of(
            List.of("audit", "{dir}/seed.txt", "--reports", "{dir}/loop-a"),
            "cannot write {dir}/loop-a: the symbolic links loop"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachFileProblemIsOneLineInWords(List<String> args, String expected) {
    List<String> filled = new ArrayList<>();
    for (String arg : args) {
      filled.add(arg.replace(DIR, dir.toString()));
    }
    CliRun run = CliRun.of(filled.toArray(String[]::new));
    String line = run.err().strip();
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals("citecheck: " + expected.replace(DIR, dir.toString()), line);
    assertFalse(INTERNALS.matcher(line).find(), line);
    assertEquals("", run.out());
  }

  @Test
  void anUnreadableInputSaysPermissionDenied() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "text");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "this user reads every file (root)");
    CliRun run = CliRun.of("extract", secret.toString(), "-o", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals("citecheck: " + secret + ": permission denied\n", run.err());
  }
}
