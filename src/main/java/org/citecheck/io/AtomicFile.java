package org.citecheck.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import org.citecheck.CitecheckException;

/**
 * Writes a file so that readers see either the old content or the complete new one: the content
 * goes to a temporary file in the same folder, which is then renamed over the target. An
 * interrupted run therefore never leaves a half-written report over a good one.
 *
 * <p>The result looks as if the file had been written in place: a new file gets the mode the umask
 * gives (the temporary file is created without attributes of its own), an existing file keeps its
 * mode, and a symbolic link stays a link while its target is replaced (the temporary file lives in
 * the target's folder, so the rename stays atomic).
 */
public final class AtomicFile {

  /** Produces a file's content into a writer. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Links followed to find the file to replace; the system's own limit is about the same. */
  private static final int MAX_LINKS = 40;

  /**
   * Attempts at a fresh temporary name; a clash needs another writer choosing the same random name.
   */
  private static final int MAX_ATTEMPTS = 100;

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  public static void write(Path target, String text) {
    write(target, writer -> writer.write(text));
  }

  public static void write(Path target, Content content) {
    Path temp = null;
    try {
      Path place = linkTarget(target.toAbsolutePath());
      Path folder = place.getParent();
      Files.createDirectories(folder);
      temp = createTemporary(folder, place.getFileName().toString());
      WriteJournal.process().writing(temp);
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      keepMode(place, temp);
      Path filled = temp;
      WriteJournal.process().commit(filled, target, () -> move(filled, place));
      temp = null;
    } catch (IOException e) {
      throw CitecheckException.output(
          "cannot write " + target + ": " + FileProblem.describe(e, target), e);
    } finally {
      if (temp != null) {
        WriteJournal.process().abandoned(temp);
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden and named after its target; nothing else to do.
        }
      }
    }
  }

  /** The file a chain of symbolic links ends at (the path itself when it is no link). */
  static Path linkTarget(Path path) throws IOException {
    Path current = path;
    for (int links = 0; Files.isSymbolicLink(current); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
      }
      current = current.resolveSibling(Files.readSymbolicLink(current));
    }
    return current;
  }

  /**
   * A new hidden file next to the target. {@link Files#createFile} with no attributes lets the
   * umask decide the mode, as for any file a program creates; {@code createTempFile} would force
   * 0600 on every output.
   */
  static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path temp =
          folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * An existing file's mode carries over to its new content, as an in-place write would keep it.
   */
  private static void keepMode(Path existing, Path temp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(existing, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(existing)) {
      return; // a new file, or a file system without POSIX modes
    }
    Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
