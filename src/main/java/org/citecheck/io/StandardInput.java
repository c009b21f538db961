package org.citecheck.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The process's standard input, read as empty when the shell closed it ({@code <&-}). A closed
 * descriptor 0 is taken by the first file the JVM opens (its class library, lib/modules), so
 * reading System.in would read that file and call it "a binary file". Linux names what descriptor 0
 * is in /proc; elsewhere System.in is used as the system gives it.
 */
public final class StandardInput {

  private StandardInput() {}

  public static InputStream of(InputStream systemIn) {
    return closed() ? InputStream.nullInputStream() : systemIn;
  }

  /** True when descriptor 0 is one of the JVM's own files: the shell gave it no standard input. */
  static boolean closed() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      if (target.startsWith(Path.of(System.getProperty("java.home")))) {
        return true;
      }
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath())) {
          return true;
        }
      }
      return false;
    } catch (IOException
        | UnsupportedOperationException
        | InvalidPathException
        | SecurityException e) {
      return false; // no /proc: nothing to tell a closed input by
    }
  }
}
