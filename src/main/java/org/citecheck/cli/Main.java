package org.citecheck.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.citecheck.CitecheckException;
import org.citecheck.cli.config.ConfigFile;
import org.citecheck.cli.config.ConfigSchema;
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
  private static final Set<String> LISTS_EXIT_CODES =
      Set.of("extract", "check", "enrich", "bib", "audit", "history");

  private Main() {}

  public static void main(String[] args) {
    Interruption interruption = Interruption.install(System.err, System.console() != null);
    int code = run(StandardInput.of(System.in), System.out, System.err, args);
    interruption.finished();
    System.exit(code);
  }

  /**
   * Runs one command and returns its exit code; never throws. A config file is looked for in the
   * current folder.
   */
  public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
    return run(Path.of("").toAbsolutePath(), in, out, err, args);
  }

  /**
   * Runs one command as {@link #run(InputStream, OutputStream, OutputStream, String...)} does,
   * looking for citecheck.toml or .citecheck.yml (and resolving --config) in the folder given.
   */
  public static int run(
      Path folder, InputStream in, OutputStream out, OutputStream err, String... args) {
    PrintWriter outWriter =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Streams streams = new Streams(in, out, err);
    ConfigFile config = ConfigFile.NONE;
    CitecheckException configProblem = null;
    try {
      config = ConfigFile.find(folder, configArgument(args), () -> configSchema(streams));
    } catch (CitecheckException e) {
      configProblem = e;
    }
    CommandLine commandLine = commandLine(streams, config);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(Main::usageError);
    CitecheckException problem = configProblem;
    commandLine.setExecutionStrategy(
        parseResult -> {
          // A broken config file stops every command that would read it; help and version still
          // answer.
          if (problem != null && !onlyPrints(parseResult)) {
            errWriter.println("citecheck: " + problem.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** The keys a config file may hold: every option of the commands that run something. */
  static ConfigSchema configSchema(Streams streams) {
    return OptionDefaults.schema(commandLine(streams), LISTS_EXIT_CODES);
  }

  /** The command tree with built-in defaults only. */
  static CommandLine commandLine(Streams streams) {
    return commandLine(streams, ConfigFile.NONE);
  }

  /**
   * The command tree, its defaults read from the config, each command's help listing its exit
   * codes.
   */
  static CommandLine commandLine(Streams streams, ConfigFile config) {
    CommandLine root = new CommandLine(new CitecheckCommand(), new Factory(streams, config));
    listExitCodes(root);
    return root;
  }

  /**
   * The --config value, read before the commands are built because the file's values become their
   * defaults; picocli parses the option again and rejects it where it is wrong.
   */
  static String configArgument(String[] args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--config=")) {
        return args[i].substring("--config=".length());
      }
    }
    return null;
  }

  /** True when the command only prints help or the version (and so needs no config). */
  private static boolean onlyPrints(ParseResult parseResult) {
    ParseResult leaf = parseResult;
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
        return true;
      }
      leaf = level;
    }
    String name = leaf.commandSpec().name();
    return leaf == parseResult || name.equals("help") || name.equals("version");
  }

  private static void listExitCodes(CommandLine command) {
    String name = command.getCommandName();
    if (command.getParent() == null || LISTS_EXIT_CODES.contains(name)) {
      Map<String, String> list = new LinkedHashMap<>();
      for (ExitCodes.Meaning meaning :
          command.getParent() == null ? ExitCodes.general() : ExitCodes.of(name)) {
        list.put(String.valueOf(meaning.code()), meaning.text());
      }
      command
          .getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(list);
    }
    command.getSubcommands().values().forEach(Main::listExitCodes);
  }

  /** A wrong command line gets one line and a pointer to help, not the whole usage text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("citecheck: " + UsageProblem.describe(e));
    if (UsageProblem.configSource(e) != null) {
      return ExitCodes
          .USAGE_OR_INPUT; // the file is at fault, not the command line: help would not help
    }
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE_OR_INPUT;
  }

  /** Turns every failure into one line on standard error and its documented exit code. */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (e instanceof CitecheckException problem) {
        err.println("citecheck: " + problem.getMessage());
        return switch (problem.kind()) {
          case USAGE, INPUT -> ExitCodes.USAGE_OR_INPUT;
          case OUTPUT -> ExitCodes.OUTPUT;
          case STORE -> ExitCodes.STORE;
        };
      }
      err.println(
          "citecheck: internal error: "
              + e
              + " (please report this with the input that caused it;"
              + " set CITECHECK_DEBUG=1 to print the stack trace)");
      if (System.getenv("CITECHECK_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return ExitCodes.INTERNAL;
    }
  }
}
