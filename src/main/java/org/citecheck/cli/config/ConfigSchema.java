package org.citecheck.cli.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys a config file may hold, taken from the commands' own options so that every option of
 * every command is a key and nothing else is: for each command, each option's long name without its
 * dashes (and {@code input} for the input parameter), and whether it takes a list.
 *
 * @param commands per command, each key and whether it takes several values
 * @param sectionOnly keys that mean different things to different commands ({@code fail-on} is
 *     verdicts to check and a severity to audit), which therefore must stand in a command's section
 */
public record ConfigSchema(Map<String, Map<String, Boolean>> commands, Set<String> sectionOnly) {

  public ConfigSchema {
    commands = Map.copyOf(commands);
    sectionOnly = Set.copyOf(sectionOnly);
  }

  /** Whether the command has an option by this key. */
  boolean has(String command, String key) {
    return commands.containsKey(command) && commands.get(command).containsKey(key);
  }

  /** Whether the key takes a list in this command. */
  boolean takesList(String command, String key) {
    return has(command, key) && commands.get(command).get(key);
  }

  /** The commands that have an option by this key, in name order. */
  Set<String> commandsWith(String key) {
    Set<String> names = new TreeSet<>();
    commands.forEach(
        (command, keys) -> {
          if (keys.containsKey(key)) {
            names.add(command);
          }
        });
    return names;
  }

  /** Every key of a command (for a section) or of all commands (for the top level). */
  Set<String> keys(String command) {
    Set<String> keys = new TreeSet<>();
    if (command == null) {
      commands.values().forEach(options -> keys.addAll(options.keySet()));
      keys.addAll(commands.keySet());
    } else {
      keys.addAll(commands.get(command).keySet());
    }
    return keys;
  }
}
