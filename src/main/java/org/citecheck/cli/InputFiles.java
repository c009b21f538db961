package org.citecheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citecheck.CitecheckException;
import org.citecheck.io.Input;

/**
 * The inputs a command was given, folders opened: each file named, and every file under a named
 * folder (recursively, in name order, hidden files and folders left out) whose path matches an
 * {@code --include} glob and no {@code --exclude-files} glob.
 */
final class InputFiles {

  /** The documents a folder contributes when no --include is given: the formats citecheck reads. */
  static final List<String> DEFAULT_INCLUDE =
      List.of(
          "*.pdf",
          "*.txt",
          "*.md",
          "*.markdown",
          "*.docx",
          "*.odt",
          "*.html",
          "*.htm",
          "*.xhtml",
          "*.tex",
          "*.bib");

  private InputFiles() {}

  /**
   * @param specs the arguments as given ("-" is standard input)
   * @return the inputs and whether a folder was among them
   */
  static Expanded expand(
      List<String> specs, List<String> include, List<String> exclude, InputStream stdin) {
    List<Input> inputs = new ArrayList<>();
    boolean folder = false;
    List<PathMatcher> includes = matchers(include.isEmpty() ? DEFAULT_INCLUDE : include);
    List<PathMatcher> excludes = matchers(exclude);
    for (String spec : specs) {
      if (!spec.equals("-") && !spec.isBlank() && Files.isDirectory(Path.of(spec))) {
        folder = true;
        List<Path> found = walk(Path.of(spec), includes, excludes);
        if (found.isEmpty()) {
          throw new CitecheckException(
              CitecheckException.Kind.INPUT,
              "the folder "
                  + spec
                  + " holds no document matching "
                  + String.join(", ", include.isEmpty() ? DEFAULT_INCLUDE : include)
                  + " (choose with --include GLOB)");
        }
        found.forEach(path -> inputs.add(Input.file(path)));
      } else {
        inputs.add(Input.of(spec, stdin));
      }
    }
    return new Expanded(inputs, folder);
  }

  /** The inputs, and whether a folder was opened (then the reports get the per-document layout). */
  record Expanded(List<Input> inputs, boolean folder) {}

  private static List<Path> walk(
      Path root, List<PathMatcher> includes, List<PathMatcher> excludes) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> !hidden(root.relativize(path)))
          .filter(path -> matches(includes, root.relativize(path)))
          .filter(path -> !matches(excludes, root.relativize(path)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw CitecheckException.input("the folder " + root + " cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw CitecheckException.input(
          "the folder " + root + " cannot be read: " + e.getCause().getMessage());
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A glob matches the path below the folder, or the file name alone ("*.pdf" anywhere). */
  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    for (PathMatcher matcher : matchers) {
      if (matcher.matches(relative) || matcher.matches(relative.getFileName())) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      } catch (IllegalArgumentException e) {
        throw new CitecheckException(
            CitecheckException.Kind.USAGE, "'" + glob + "' is not a valid glob: " + e.getMessage());
      }
    }
    return matchers;
  }
}
