package org.citecheck.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A wrong command line in words, with the nearest command or option when one is close. */
final class UsageProblem {

  private UsageProblem() {}

  /** What picocli's help command says when asked about a command that does not exist. */
  private static final Pattern UNKNOWN_HELP_TOPIC = Pattern.compile("Unknown subcommand '(.*)'\\.");

  static String describe(ParameterException e) {
    Matcher topic = UNKNOWN_HELP_TOPIC.matcher(e.getMessage() == null ? "" : e.getMessage());
    if (topic.matches()) {
      // `citecheck help chek` fails like `citecheck chek`, so it gets the same suggestion.
      return describe(new UnmatchedArgumentException(e.getCommandLine(), List.of(topic.group(1))));
    }
    if (e.getCause() instanceof TypeConversionException wrong && e.getArgSpec() != null) {
      // "--fail-on: unknown verdict 'gone': expected one of ...": the option, then what is wrong
      // with its value;
      // "citecheck.toml line 4: 'fail-on': ..." when the value came from the config file.
      String source = configSource(e);
      return (source != null ? source : name(e.getArgSpec())) + ": " + wrong.getMessage();
    }
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    CommandLine command = e.getCommandLine();
    String argument = unmatched.getUnmatched().get(0);
    List<String> suggestions = unmatched.getSuggestions();
    String nearest = suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?";
    if (unmatched.isUnknownOption()) {
      return "unknown option '" + argument + "'" + nearest;
    }
    boolean takesCommands =
        !command.getSubcommands().isEmpty()
            && command.getCommandSpec().positionalParameters().isEmpty();
    if (takesCommands) {
      return "unknown command '"
          + argument
          + "'"
          + (nearest.isEmpty()
              ? " (commands: " + String.join(", ", command.getSubcommands().keySet()) + ")"
              : nearest);
    }
    return "unexpected argument '" + argument + "'" + nearest;
  }

  /**
   * "citecheck.toml line 5: 'timeout'" when the wrong value came from the config file; null
   * otherwise.
   */
  static String configSource(ParameterException e) {
    if (e.getArgSpec() == null
        || !(e.getCommandLine().getCommandSpec().defaultValueProvider()
            instanceof OptionDefaults defaults)) {
      return null;
    }
    return defaults.configSource(e.getArgSpec(), e.getValue());
  }

  /** How the user wrote the option (its longest name), or a positional parameter's label. */
  static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
