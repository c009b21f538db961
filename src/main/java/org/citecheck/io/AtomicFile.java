package org.citecheck.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.citecheck.CitecheckException;

/**
 * Writes a file so that readers see either the old content or the complete new one: the content
 * goes to a temporary file in the same folder, which is then renamed over the target. An
 * interrupted run therefore never leaves a half-written report over a good one.
 */
public final class AtomicFile {

  /** Produces a file's content into a writer. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, String text) {
    write(target, writer -> writer.write(text));
  }

  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
      WriteJournal.process().writing(temp);
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      Path filled = temp;
      WriteJournal.process().commit(filled, target, () -> move(filled, absolute));
      temp = null;
    } catch (IOException e) {
      throw CitecheckException.output(
          "cannot write " + target + ": " + describe(e), e);
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

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
