package org.citecheck.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.citecheck.CitecheckException;

/**
 * Checks, before any work, that a command's outputs can be written, so that a wrong {@code -o} or
 * {@code --reports} is a usage error at once rather than a failure after every URL was checked. The
 * check is the real thing: a hidden file is created and deleted in the folder the output goes to
 * (or its nearest existing parent, when the folder is still to be made), which is the only test a
 * read-only file system, a permission or a root user's exemption cannot fool.
 */
public final class Writable {

  private Writable() {}

  /** A file {@link AtomicFile} will write (a symbolic link is judged by its target). */
  public static void file(Path target) {
    Path place = placeOf(target);
    refuseWhatIsNoFile(target, place);
    probe(place.getParent(), target, target, place.getFileName().toString());
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
    String longest = fileNames.stream().reduce("x", (a, b) -> b.length() > a.length() ? b : a);
    probe(absolute, folder, folder.resolve(longest), longest);
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
      throw usage(
          "cannot write " + target + ": it is not a regular file (use - for standard output)");
    }
  }

  /**
   * Creates and deletes a hidden file where the output will go.
   *
   * @param shown the output as the user named it
   * @param file a file to be written there, whose parents as the user named them are checked first
   * @param name the name of the file to be written, whose temporary file the probe is named after
   *     (so that a name too long for the file system is found now too)
   */
  private static void probe(Path folder, Path shown, Path file, String name) {
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
      Files.delete(AtomicFile.createTemporary(existing, name));
    } catch (AccessDeniedException e) {
      throw usage("cannot write " + shown + ": no permission to create files in " + existing);
    } catch (IOException e) {
      String reason = FileProblem.describe(e, null);
      throw usage(
          "cannot write "
              + shown
              + ": "
              + (reason.equals("permission denied")
                  ? "no permission to create files in " + existing
                  : reason));
    }
  }

  private static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }
}
