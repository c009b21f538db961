package org.citecheck.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.citecheck.CitecheckException;

/**
 * Checks, before any work, that a command's outputs can be written, so that a wrong {@code -o} or
 * {@code --reports} is a usage error at once rather than a failure after every URL was checked.
 * The check is the real thing: a hidden file is created and deleted in the folder the output goes
 * to (or its nearest existing parent, when the folder is still to be made), which is the only
 * test a read-only file system, a permission or a root user's exemption cannot fool.
 */
public final class Writable {

  private Writable() {}

  /** A file {@link AtomicFile} will write (a symbolic link is judged by its target). */
  public static void file(Path target) {
    Path place = placeOf(target);
    refuseWhatIsNoFile(target, place);
    probe(place.getParent(), target, target);
  }

  /** A folder and the files a command will write into it. */
  public static void folder(Path folder, Collection<String> fileNames) {
    Path absolute = placeOf(folder);
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw usage("cannot write into " + folder + ": " + folder + " is a file, not a folder");
    }
    for (String name : fileNames) {
      Path target = folder.resolve(name);
      refuseWhatIsNoFile(target, placeOf(target));
    }
    probe(absolute, folder, folder.resolve(fileNames.isEmpty() ? "x" : fileNames.iterator().next()));
  }

  private static Path placeOf(Path path) {
    try {
      return AtomicFile.linkTarget(path.toAbsolutePath());
    } catch (IOException e) {
      throw usage("cannot write " + path + ": " + FileProblem.describe(e, path));
    }
  }

  private static void refuseWhatIsNoFile(Path target, Path place) {
    if (Files.isDirectory(place)) {
      throw usage("cannot write " + target + ": " + target + " is a folder, not a file");
    }
    if (Files.exists(place) && !Files.isRegularFile(place)) {
      // A device or a pipe would be replaced by a regular file; "-" is the way to standard output.
      throw usage("cannot write " + target + ": it is not a regular file (use - for standard output)");
    }
  }

  /**
   * Creates and deletes a hidden file where the output will go.
   *
   * @param shown the output as the user named it
   * @param file a file to be written there, whose parents as the user named them are checked first
   */
  private static void probe(Path folder, Path shown, Path file) {
    Path blocker = FileProblem.fileInTheWay(file);
    if (blocker != null) {
      throw usage("cannot write " + shown + ": " + blocker + " is a file, not a folder");
    }
    Path existing = folder.toAbsolutePath();
    while (existing.getParent() != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      throw usage("cannot write " + shown + ": " + existing + " is a file, not a folder");
    }
    try {
      Files.delete(Files.createTempFile(existing, ".citecheck-", ".probe"));
    } catch (IOException e) {
      throw usage("cannot write into " + existing + ": " + FileProblem.describe(e, null));
    }
  }

  private static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }
}
