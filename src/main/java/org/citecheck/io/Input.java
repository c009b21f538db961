package org.citecheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.citecheck.CitecheckException;

/**
 * Where a command reads from: a file, or standard input when the user wrote "-". Reading is capped
 * so that a wrong argument (a disk image, a video) fails fast instead of exhausting memory.
 */
public final class Input {

  /** Larger inputs are refused: no report's text comes near it. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private final String name;
  private final Path path;
  private final InputStream stream;
  private final String password;
  private final String baseUrl;

  private Input(String name, Path path, InputStream stream, String password, String baseUrl) {
    this.name = name;
    this.path = path;
    this.stream = stream;
    this.password = password;
    this.baseUrl = baseUrl;
  }

  /** "-" means standard input; anything else is a file path. */
  public static Input of(String spec, InputStream stdin) {
    if ("-".equals(spec)) {
      return new Input("-", null, stdin, null, null);
    }
    if (spec.isBlank()) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE,
          "the input is empty: name a file, or - for standard input");
    }
    return file(Path.of(spec));
  }

  public static Input file(Path path) {
    return new Input(path.toString(), path, null, null, null);
  }

  /** The same input, opened with a password when it is an encrypted PDF ({@code --password}). */
  public Input withPassword(String secret) {
    return new Input(name, path, stream, secret, baseUrl);
  }

  /** The same input, its relative links resolved against {@code url} ({@code --base-url}). */
  public Input withBaseUrl(String url) {
    return new Input(name, path, stream, password, url);
  }

  /** What an HTML input's relative links are resolved against when it has no base, or null. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The password to open an encrypted PDF, or null. */
  public String password() {
    return password;
  }

  /** The name to show users and to record as the document's source. */
  public String name() {
    return name;
  }

  /** The file, or null for standard input. */
  public Path path() {
    return path;
  }

  public byte[] readAllBytes() {
    try {
      if (path == null) {
        return readCapped(stream);
      }
      if (Files.isDirectory(path)) {
        throw CitecheckException.input(name + " is a folder, not a file");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw CitecheckException.input(
            name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readCapped(in);
      }
    } catch (NoSuchFileException e) {
      throw CitecheckException.input(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw CitecheckException.input(name + ": permission denied");
    } catch (IOException e) {
      throw CitecheckException.input("cannot read " + name + ": " + FileProblem.describe(e, path));
    }
  }

  private byte[] readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
    if (bytes.length > MAX_BYTES) {
      throw CitecheckException.input(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    return bytes;
  }
}
