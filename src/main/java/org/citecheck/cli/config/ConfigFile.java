package org.citecheck.cli.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.citecheck.CitecheckException;

/**
 * A project's config file, {@code citecheck.toml} or {@code .citecheck.yml}: values for the options
 * of every command, merged under the command line. The top level holds values for every command
 * that has the option; a section named after a command ({@code [check]}) holds values for that
 * command alone and wins over the top level. Keys are the options' long names without dashes; a key
 * that is no option, a value of the wrong shape, or a file that is not what it says is a usage
 * error naming the file and the line.
 *
 * @param shown the file as messages name it
 * @param shared the top-level values
 * @param sections each command's own values
 */
public record ConfigFile(
    String shown, Map<String, Entry> shared, Map<String, Map<String, Entry>> sections) {

  /** The names looked for in the current folder, in the order messages name them. */
  public static final List<String> NAMES = List.of("citecheck.toml", ".citecheck.yml");

  /**
   * The largest config file read: far above any real one, low enough that a wrong file fails fast.
   */
  static final int MAX_BYTES = 1 << 20;

  /**
   * The deepest nesting read; two levels mean something, the rest is only there to be refused in
   * words.
   */
  static final int MAX_DEPTH = 64;

  /** No file: every option takes its built-in default. */
  public static final ConfigFile NONE = new ConfigFile("", Map.of(), Map.of());

  /**
   * One value of the file.
   *
   * @param key the key as written
   * @param values the value, or each value of a list, as the command line would spell it
   * @param line the line it is on (1-based), or 0 when unknown
   */
  public record Entry(String key, List<String> values, int line) {
    public Entry {
      values = List.copyOf(values);
    }
  }

  public ConfigFile {
    shared = Map.copyOf(shared);
    sections = Map.copyOf(sections);
  }

  /**
   * The config in effect: the file given with {@code --config}, else the one of {@link #NAMES} in
   * the folder, else {@link #NONE}.
   *
   * @throws CitecheckException (usage) when the file is missing, unreadable or wrong, or when the
   *     folder holds both names
   */
  public static ConfigFile find(Path folder, String given, Supplier<ConfigSchema> schema) {
    if (given != null) {
      return read(folder.resolve(given), given, schema.get());
    }
    List<String> present = new ArrayList<>();
    for (String name : NAMES) {
      if (Files.isRegularFile(folder.resolve(name))) {
        present.add(name);
      }
    }
    if (present.size() > 1) {
      throw usage(
          "both "
              + String.join(" and ", present)
              + " are in this folder: keep one, or choose one with"
              + " --config FILE");
    }
    // The schema is built from the command tree only when there is a file to check against it.
    return present.isEmpty()
        ? NONE
        : read(folder.resolve(present.get(0)), present.get(0), schema.get());
  }

  /** The value for a command's option: its section's, else the top level's, else null. */
  public Entry value(String command, String key) {
    Map<String, Entry> section = sections.get(command);
    if (section != null && section.containsKey(key)) {
      return section.get(key);
    }
    return shared.get(key);
  }

  /** "citecheck.toml line 4": where an entry stands, for a message. */
  public String where(Entry entry) {
    return entry.line() > 0 ? shown + " line " + entry.line() : shown;
  }

  static ConfigFile read(Path path, String shown, ConfigSchema schema) {
    String name =
        path.getFileName() == null ? shown : path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean toml = name.endsWith(".toml");
    if (!toml && !name.endsWith(".yml") && !name.endsWith(".yaml")) {
      throw usage(
          shown + ": a config file is TOML (.toml) or YAML (.yml, .yaml); the name says neither");
    }
    String text = text(path, shown);
    TomlLines tomlLines = toml ? new TomlLines(text) : null;
    if (tomlLines != null && tomlLines.deepestKey() > MAX_DEPTH) {
      // Jackson's TOML reader builds nested tables by recursion before any limit applies.
      throw tooDeep(shown);
    }
    Reader reader = new Reader(shown, schema, tomlLines);
    JsonFactory factory = toml ? new TomlFactory() : YAMLFactory.builder().build();
    // Only two levels are meaningful (section, key); anything deeper is refused long before this.
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    try (JsonParser parser = factory.createParser(text)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      return reader.read(parser);
    } catch (StreamConstraintsException | StackOverflowError e) {
      // The limit, or the parser's own recursion for what the limit does not count: either way too
      // deep.
      throw tooDeep(shown);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw usage(
          shown
              + (line > 0 ? " line " + line : "")
              + ": not valid "
              + (toml ? "TOML" : "YAML")
              + ": "
              + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw usage(shown + ": cannot be read: " + e.getMessage());
    }
  }

  private static CitecheckException tooDeep(String shown) {
    return usage(
        shown
            + ": nested deeper than "
            + MAX_DEPTH
            + " levels; a config file has sections and keys");
  }

  private static String text(Path path, String shown) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw usage(shown + ": is a folder, not a config file");
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw usage(shown + ": no such config file");
    } catch (IOException e) {
      throw usage(
          shown
              + ": cannot be read ("
              + e.getClass()
                  .getSimpleName()
                  .replace("Exception", "")
                  .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                  .toLowerCase(Locale.ROOT)
              + ")");
    }
    if (bytes.length > MAX_BYTES) {
      throw usage(
          shown + ": larger than " + (MAX_BYTES >> 20) + " MiB; a config file is a few lines");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.indexOf('\0') >= 0) {
        throw usage(shown + ": not a text file (it holds NUL characters)");
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw usage(shown + ": not UTF-8 text");
    }
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }

  /** Walks the tokens once, two levels deep at most, checking every key against the schema. */
  private static final class Reader {
    private final String shown;
    private final ConfigSchema schema;
    private final TomlLines tomlLines;
    private final Map<String, Entry> shared = new LinkedHashMap<>();
    private final Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();

    Reader(String shown, ConfigSchema schema, TomlLines tomlLines) {
      this.shown = shown;
      this.schema = schema;
      this.tomlLines = tomlLines;
    }

    ConfigFile read(JsonParser parser) throws IOException {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new ConfigFile(shown, Map.of(), Map.of()); // an empty file sets nothing
      }
      if (first != JsonToken.START_OBJECT) {
        throw usage(
            at(line(parser, List.of()))
                + ": expected keys and sections, not a single value or a list");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int line = line(parser, List.of(key));
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT) {
          section(parser, key, line);
        } else {
          checkTopLevelKey(key, line);
          shared.put(key, entry(parser, null, key, line));
        }
      }
      return new ConfigFile(shown, shared, sections);
    }

    private void section(JsonParser parser, String command, int line) throws IOException {
      if (!schema.commands().containsKey(command)) {
        throw unknown(command, line, null);
      }
      Map<String, Entry> values = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyLine = line(parser, List.of(command, key));
        parser.nextToken();
        if (!schema.has(command, key)) {
          throw unknown(key, keyLine, command);
        }
        values.put(key, entry(parser, command, key, keyLine));
      }
      sections.put(command, values);
    }

    private void checkTopLevelKey(String key, int line) {
      if (schema.commands().containsKey(key)) {
        throw usage(
            at(line)
                + ": '"
                + key
                + "' is a command: its values go in a section (["
                + key
                + "] in TOML,"
                + " '"
                + key
                + ":' with its keys indented below in YAML)");
      }
      Set<String> commands = schema.commandsWith(key);
      if (commands.isEmpty()) {
        throw unknown(key, line, null);
      }
      if (schema.sectionOnly().contains(key)) {
        throw usage(
            at(line)
                + ": '"
                + key
                + "' means something different to each of "
                + String.join(", ", commands)
                + ": put it in the section of the command it is for");
      }
    }

    /** A value as the command line would spell it: one text, or one per item of a list. */
    private Entry entry(JsonParser parser, String command, String key, int line)
        throws IOException {
      String named = "'" + key + "'";
      boolean list =
          command == null
              ? schema.commandsWith(key).stream().anyMatch(c -> schema.takesList(c, key))
              : schema.takesList(command, key);
      JsonToken token = parser.currentToken();
      List<String> values = new ArrayList<>();
      if (token == JsonToken.START_ARRAY) {
        if (!list) {
          throw usage(at(line) + ": " + named + " takes one value, not a list");
        }
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (item == null || !item.isScalarValue() || item == JsonToken.VALUE_NULL) {
            throw usage(
                at(line)
                    + ": "
                    + named
                    + " is a list of texts, numbers or true/false, not of lists,"
                    + " tables or empty values");
          }
          values.add(text(parser, named, line));
        }
      } else if (token == JsonToken.START_OBJECT) {
        throw usage(at(line) + ": " + named + " takes a value, not a table of keys");
      } else if (token == null || token == JsonToken.VALUE_NULL) {
        throw usage(at(line) + ": " + named + " has no value");
      } else {
        values.add(text(parser, named, line));
      }
      return new Entry(key, values, line);
    }

    private String text(JsonParser parser, String named, int line) throws IOException {
      String text = parser.getText();
      if (text.isBlank()) {
        throw usage(at(line) + ": " + named + " has no value");
      }
      if (text.indexOf('\0') >= 0) {
        throw usage(at(line) + ": " + named + " holds a NUL character");
      }
      return text;
    }

    private CitecheckException unknown(String key, int line, String command) {
      List<String> nearest = NearestKeys.to(key, schema.keys(command));
      String within = command == null ? "" : " in section '" + command + "'";
      String suggestion =
          nearest.isEmpty() ? "" : " (did you mean '" + String.join("' or '", nearest) + "'?)";
      String shownKey = key.length() > 80 ? key.substring(0, 80) + "..." : key;
      return usage(at(line) + ": unknown key '" + shownKey + "'" + within + suggestion);
    }

    private int line(JsonParser parser, List<String> path) {
      if (tomlLines != null) {
        return tomlLines.lineOf(path);
      }
      return Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    private String at(int line) {
      return line > 0 ? shown + " line " + line : shown;
    }
  }
}
