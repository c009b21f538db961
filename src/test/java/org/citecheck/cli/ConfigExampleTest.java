package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.cli.config.ConfigFile;
import org.citecheck.cli.config.ConfigSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The example files in docs/config.md are read as citecheck reads a config file, so they cannot go
 * stale: they parse, they hold every key of every command, the TOML and the YAML say the same, and
 * every value is one the command takes.
 */
class ConfigExampleTest {

  private static final Streams STREAMS =
      new Streams(
          new ByteArrayInputStream(new byte[0]),
          new ByteArrayOutputStream(),
          new ByteArrayOutputStream());

  @TempDir Path folder;

  private ConfigFile example(String language, String name) throws IOException {
    Matcher block =
        Pattern.compile("(?s)```" + language + "\n(.*?)```")
            .matcher(Files.readString(Path.of("docs/config.md")));
    assertTrue(block.find(), "docs/config.md has a " + language + " example");
    Files.writeString(folder.resolve(name), block.group(1));
    return ConfigFile.find(folder, name, () -> Main.configSchema(STREAMS));
  }

  @Test
  void theExampleHoldsEveryKeyOfEveryCommand() throws IOException {
    ConfigFile toml = example("toml", "citecheck.toml");
    ConfigSchema schema = Main.configSchema(STREAMS);
    List<String> missing = new ArrayList<>();
    schema
        .commands()
        .forEach(
            (command, keys) ->
                keys.keySet()
                    .forEach(
                        key -> {
                          if (toml.value(command, key) == null) {
                            missing.add(command + " " + key);
                          }
                        }));
    assertEquals(List.of(), missing, "options missing from docs/config.md's example");
  }

  @Test
  void theYamlExampleSaysWhatTheTomlExampleSays() throws IOException {
    ConfigFile toml = example("toml", "citecheck.toml");
    ConfigFile yaml = example("yaml", "citecheck.yml");
    assertEquals(values(toml.shared()), values(yaml.shared()));
    assertEquals(toml.sections().keySet(), yaml.sections().keySet());
    toml.sections()
        .forEach(
            (command, entries) ->
                assertEquals(values(entries), values(yaml.sections().get(command)), command));
  }

  @Test
  void everyValueOfTheExampleIsOneItsCommandTakes() throws IOException {
    ConfigFile toml = example("toml", "citecheck.toml");
    for (String command : toml.sections().keySet()) {
      CommandLine root = Main.commandLine(STREAMS, toml);
      String[] args =
          command.equals("extract") ? new String[] {command, "report.txt"} : new String[] {command};
      root.parseArgs(args); // applies every value from the file through the option's own converter
    }
    CheckCommand check =
        (CheckCommand)
            Main.commandLine(STREAMS, toml)
                .parseArgs("check")
                .subcommand()
                .commandSpec()
                .userObject();
    check.options(); // and through the command's own checks
    check.archive.toOptions(Map.of());
  }

  private static Map<String, List<String>> values(Map<String, ConfigFile.Entry> entries) {
    Map<String, List<String>> values = new java.util.TreeMap<>();
    entries.forEach((key, entry) -> values.put(key, entry.values()));
    return values;
  }
}
