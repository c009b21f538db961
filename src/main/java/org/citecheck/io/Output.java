package org.citecheck.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.citecheck.CitecheckException;

/** Where a command writes one document: a file (atomically) or standard output ("-"). */
public final class Output {

  private final String name;
  private final Path path;
  private final OutputStream stream;

  private Output(String name, Path path, OutputStream stream) {
    this.name = name;
    this.path = path;
    this.stream = stream;
  }

  /**
   * "-" means standard output; anything else is a file path.
   *
   * @throws CitecheckException (usage) when {@code spec} is empty: it names no file
   */
  public static Output of(String spec, OutputStream stdout) {
    if (spec.isBlank()) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE, "-o is empty: name a file, or - for standard output");
    }
    if ("-".equals(spec)) {
      return new Output("standard output", null, stdout);
    }
    return file(Path.of(spec));
  }

  public static Output file(Path path) {
    return new Output(path.toString(), path, null);
  }

  public String name() {
    return name;
  }

  public boolean isStandardOutput() {
    return path == null;
  }

  /**
   * Checks before any work that the file can be written (see {@link Writable}); standard output
   * always can.
   */
  public Output requireWritable() {
    if (path != null) {
      Writable.file(path);
    }
    return this;
  }

  public void write(String text) {
    if (path != null) {
      AtomicFile.write(path, text);
      return;
    }
    try {
      stream.write(text.getBytes(StandardCharsets.UTF_8));
      stream.flush();
    } catch (IOException e) {
      throw CitecheckException.output(
          "cannot write to standard output: " + FileProblem.describe(e, null), e);
    }
  }
}
