package org.citecheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.citecheck.cli.Main;

/**
 * The real command line in a process of its own, for what only a process has: a working folder
 * (where default outputs land) and standard streams that are files or closed.
 */
public final class CliProcess {

  private static final long TIMEOUT_SECONDS = 60;

  private CliProcess() {}

  /**
   * Runs citecheck in {@code folder} with {@code stdin} as its standard input (null: closed, as by
   * {@code <&-}).
   */
  public static CliRun run(Path folder, byte[] stdin, String... args) {
    return run(folder, stdin, Map.of(), args);
  }

  /** The same, with these variables added to the process's environment. */
  public static CliRun run(
      Path folder, byte[] stdin, Map<String, String> environment, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    if (stdin == null) {
      command.addAll(
          0, List.of("sh", "-c", "exec \"$@\" <&-", "sh")); // the shell closes descriptor 0
    }
    try {
      Path scratch = Files.createTempDirectory("citecheck-process");
      Path in = Files.write(scratch.resolve("stdin"), stdin == null ? new byte[0] : stdin);
      Path out = scratch.resolve("stdout");
      Path err = scratch.resolve("stderr");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(environment);
      builder.redirectInput(ProcessBuilder.Redirect.from(in.toFile()));
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("citecheck " + String.join(" ", args) + " did not end");
      }
      CliRun run =
          new CliRun(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      for (Path file : List.of(in, out, err, scratch)) {
        Files.delete(file);
      }
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts citecheck in {@code folder} and returns at once, for a test that stops it midway; its
   * standard error goes to {@code stderr}, its standard input is empty.
   */
  public static Process start(
      Path folder, Path stderr, Map<String, String> environment, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                // Starts faster, which matters with several at once on a loaded machine.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(environment);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
