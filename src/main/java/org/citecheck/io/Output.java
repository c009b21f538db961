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

  public static Output of(String spec, OutputStream stdout) {
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

  public void write(String text) {
    if (path != null) {
      AtomicFile.write(path, text);
      return;
    }
    try {
      stream.write(text.getBytes(StandardCharsets.UTF_8));
      stream.flush();
    } catch (IOException e) {
      throw CitecheckException.output("cannot write to standard output: " + FileProblem.describe(e, null), e);
    }
  }
}
