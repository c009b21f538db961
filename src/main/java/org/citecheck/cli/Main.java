package org.citecheck.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.citecheck.CitecheckException;
import org.citecheck.io.StandardInput;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The command line's entry point. {@link #run} is what tests drive: the real CLI with its real exit
 * codes, against streams the test owns.
 */
public final class Main {

  /** The commands whose help lists exit codes (help and version only print). */
  private static final Set<String> LISTS_EXIT_CODES = Set.of("extract", "check", "bib", "audit");

  private Main() {}

  public static void main(String[] args) {
    Interruption interruption = Interruption.install(System.err, System.console() != null);
    int code = run(StandardInput.of(System.in), System.out, System.err, args);
    interruption.finished();
    System.exit(code);
  }

  /** Runs one command and returns its exit code; never throws. */
  public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = commandLine(new Streams(in, out, err));
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(Main::usageError);
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** The command tree, each command's help listing its exit codes from {@link ExitCodes}. */
  static CommandLine commandLine(Streams streams) {
    CommandLine root = new CommandLine(new CitecheckCommand(), new Factory(streams));
    listExitCodes(root);
    return root;
  }

  private static void listExitCodes(CommandLine command) {
    String name = command.getCommandName();
    if (command.getParent() == null || LISTS_EXIT_CODES.contains(name)) {
      Map<String, String> list = new LinkedHashMap<>();
      for (ExitCodes.Meaning meaning : command.getParent() == null ? ExitCodes.general() : ExitCodes.of(name)) {
        list.put(String.valueOf(meaning.code()), meaning.text());
      }
      command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
    }
    command.getSubcommands().values().forEach(Main::listExitCodes);
  }

  /** A wrong command line gets one line and a pointer to help, not the whole usage text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("citecheck: " + UsageProblem.describe(e));
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE_OR_INPUT;
  }

  /** Turns every failure into one line on standard error and its documented exit code. */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (e instanceof CitecheckException problem) {
        err.println("citecheck: " + problem.getMessage());
        return switch (problem.kind()) {
          case USAGE, INPUT -> ExitCodes.USAGE_OR_INPUT;
          case OUTPUT -> ExitCodes.OUTPUT;
        };
      }
      err.println("citecheck: internal error: " + e + " (please report this with the input that caused it;"
          + " set CITECHECK_DEBUG=1 to print the stack trace)");
      if (System.getenv("CITECHECK_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return ExitCodes.INTERNAL;
    }
  }
}
