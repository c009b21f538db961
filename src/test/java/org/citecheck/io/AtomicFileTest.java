package org.citecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.citecheck.CitecheckException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An atomic write looks like an in-place one: modes as the umask or the old file has them, links
 * kept.
 */
class AtomicFileTest {

  @TempDir Path folder;

  @BeforeEach
  void posixOnly() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX modes only");
  }

  private static Set<PosixFilePermission> mode(Path path) throws IOException {
    return Files.getPosixFilePermissions(path);
  }

  /** The mode any program's new file gets here: what the umask leaves of 0666. */
  private Set<PosixFilePermission> umaskMode() throws IOException {
    Path probe = Files.createFile(folder.resolve("probe"));
    Set<PosixFilePermission> mode = mode(probe);
    Files.delete(probe);
    return mode;
  }

  @Test
  void aNewFileGetsTheUmasksModeNotPrivateOnly() throws IOException {
    Path target = folder.resolve("sub/report.md");
    AtomicFile.write(target, "text");
    assertEquals(umaskMode(), mode(target));
    assertEquals("text", Files.readString(target));
  }

  @Test
  void anExistingFileKeepsItsMode() throws IOException {
    for (String wanted : List.of("rw-rw-r--", "rw-------", "r--r-----", "rwxr-xr-x")) {
      Path target = folder.resolve("kept-" + wanted + ".bib");
      Files.writeString(target, "old");
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(wanted));
      AtomicFile.write(target, "new");
      assertEquals(wanted, PosixFilePermissions.toString(mode(target)));
      assertEquals("new", Files.readString(target));
    }
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Path real = Files.writeString(elsewhere.resolve("real.bib"), "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
    Path link = Files.createSymbolicLink(folder.resolve("link.bib"), Path.of("elsewhere/real.bib"));
    Path chained = Files.createSymbolicLink(folder.resolve("chained.bib"), link);

    AtomicFile.write(chained, "new");

    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.isSymbolicLink(chained));
    assertEquals("new", Files.readString(real));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(mode(real)));
    assertEquals(List.of(), hidden(folder), "no temporary file is left beside the link");
    assertEquals(
        List.of(),
        hidden(elsewhere),
        "the temporary file went to the target's folder and was renamed");
  }

  @Test
  void aDanglingLinkCreatesItsTarget() throws IOException {
    Files.createDirectories(folder.resolve("out"));
    Path link = Files.createSymbolicLink(folder.resolve("link.json"), Path.of("out/made.json"));
    AtomicFile.write(link, "{}");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("{}", Files.readString(folder.resolve("out/made.json")));
    assertEquals(umaskMode(), mode(folder.resolve("out/made.json")));
  }

  @Test
  void aLoopOfLinksIsOneLineWithoutTemporaryNames() throws IOException {
    Path a = folder.resolve("a.md");
    Path b = folder.resolve("b.md");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    CitecheckException error =
        assertThrows(CitecheckException.class, () -> AtomicFile.write(a, "x"));
    assertEquals("cannot write " + a + ": the symbolic links loop", error.getMessage());
  }

  @Test
  void aFailedWriteLeavesNoTemporaryFileAndNamesNone() throws IOException {
    Path target = Files.createDirectories(folder.resolve("report.md"));
    CitecheckException error =
        assertThrows(CitecheckException.class, () -> AtomicFile.write(target, "x"));
    assertEquals(
        "cannot write " + target + ": " + target + " is a folder, not a file", error.getMessage());
    assertFalse(error.getMessage().contains(".tmp"), error.getMessage());
    assertEquals(List.of(), hidden(folder));
  }

  private static List<Path> hidden(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(path -> path.getFileName().toString().startsWith("."))
          .filter(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS))
          .toList();
    }
  }
}
