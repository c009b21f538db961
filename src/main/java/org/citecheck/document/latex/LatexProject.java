package org.citecheck.document.latex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The folder a LaTeX file is read from, and the files its {@code \input}, {@code \include} and
 * {@code \bibliography} name: only inside that folder (no absolute path, no {@code ..}, no link
 * leading out), only so many, only so large. A file that cannot be read is a notice, not an error:
 * the main file's notes are still read.
 */
public final class LatexProject {

  /** More files than a book's chapters and bibliographies. */
  static final int MAX_FILES = 200;

  /** Nesting deeper than this is a loop in all but name. */
  static final int MAX_DEPTH = 10;

  /** Every file read, together. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final Path root;
  private final Function<String, List<String>> lines;
  private int files;
  private long bytes;

  private LatexProject(Path root, Function<String, List<String>> lines) {
    this.root = root;
    this.lines = lines;
  }

  /**
   * @param file the main file, or null when it came from standard input (nothing is followed)
   * @param lines how the caller turns a file's text into normalised lines
   */
  public static LatexProject of(Path file, Function<String, List<String>> lines) {
    Path folder = file == null ? null : file.toAbsolutePath().getParent();
    return new LatexProject(folder, lines);
  }

  boolean followsFiles() {
    return root != null;
  }

  /** A file as read, or why it was not. */
  record Opened(Path path, String label, List<String> lines, String refused) {}

  /**
   * Opens a file named in the source, with {@code extension} added when the name has none (or when
   * the name as given does not exist, as LaTeX tries both).
   */
  Opened open(String requested, String extension) {
    String name = requested.strip();
    if (name.isEmpty()) {
      return refused("an empty file name");
    }
    if (name.startsWith("/")
        || name.startsWith("\\")
        || name.startsWith("~")
        || name.matches("^[A-Za-z]:.*")
        || name.contains("://")) {
      return refused(name + " is not a path inside the project folder: not read");
    }
    for (String part : name.split("[/\\\\]")) {
      if (part.equals("..")) {
        return refused(name + " leads out of the project folder: not read");
      }
    }
    Path candidate = root.resolve(name).normalize();
    if (!name.toLowerCase(Locale.ROOT).endsWith(extension) || !Files.isRegularFile(candidate)) {
      Path withExtension = root.resolve(name + extension).normalize();
      if (Files.isRegularFile(withExtension)) {
        candidate = withExtension;
      }
    }
    if (!Files.isRegularFile(candidate)) {
      return refused(name + " is not in the project folder: not read");
    }
    try {
      Path real = candidate.toRealPath();
      if (!real.startsWith(root.toRealPath())) {
        return refused(name + " is a link leading out of the project folder: not read");
      }
      if (++files > MAX_FILES) {
        return refused(name + ": more than " + MAX_FILES + " files included: not read");
      }
      long size = Files.size(real);
      if (bytes + size > MAX_BYTES) {
        return refused(
            name + ": the included files pass " + MAX_BYTES / (1024 * 1024) + " MB: not read");
      }
      bytes += size;
      String text = decode(Files.readAllBytes(real));
      return new Opened(real, root.relativize(candidate).toString(), lines.apply(text), null);
    } catch (IOException e) {
      return refused(name + " cannot be read: not read");
    }
  }

  private static Opened refused(String why) {
    return new Opened(null, null, null, why);
  }

  /** UTF-8, or Windows-1252 for older files, as the main file is read. */
  private static String decode(byte[] bytes) {
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes)).toString();
    }
  }
}
