package org.citecheck.cli.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a TOML file stands. Jackson's TOML reader builds its tree before handing out
 * tokens, so its tokens carry no line; this reads the lines again for the table headers ({@code
 * [check]}) and the {@code key =} lines under them, which is all a config file needs to name the
 * line of a wrong key. Keys it cannot place (inside an inline table or a multi-line string) fall
 * back to the line of what holds them.
 */
final class TomlLines {

  private final Map<List<String>, Integer> lines = new HashMap<>();
  private int deepestKey;

  TomlLines(String text) {
    List<String> table = List.of();
    boolean inMultiLineString = false;
    String[] all = text.split("\\R", -1);
    for (int number = 1; number <= all.length; number++) {
      String line = all[number - 1];
      boolean toggles = count(line, "\"\"\"") % 2 == 1 || count(line, "'''") % 2 == 1;
      if (inMultiLineString) {
        inMultiLineString = !toggles;
        continue;
      }
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("[")) {
        int open = trimmed.startsWith("[[") ? 2 : 1;
        List<String> header = new ArrayList<>();
        int end = keyPath(trimmed, open, header);
        if (end > 0 && end < trimmed.length() && trimmed.charAt(end) == ']') {
          table = List.copyOf(header);
          lines.putIfAbsent(table, number);
          deepestKey = Math.max(deepestKey, table.size());
        }
      } else {
        List<String> key = new ArrayList<>();
        int end = keyPath(trimmed, 0, key);
        if (end > 0 && end < trimmed.length() && trimmed.charAt(end) == '=') {
          List<String> path = new ArrayList<>(table);
          path.addAll(key);
          lines.putIfAbsent(List.copyOf(path), number);
          deepestKey = Math.max(deepestKey, path.size());
        }
      }
      inMultiLineString = toggles;
    }
  }

  /**
   * The most parts a table header or key has, with its table's: how deep the file nests by its
   * keys.
   */
  int deepestKey() {
    return deepestKey;
  }

  /** The line of the key, or of the nearest table holding it that has one; 0 when none is known. */
  int lineOf(List<String> path) {
    for (int size = path.size(); size > 0; size--) {
      Integer line = lines.get(path.subList(0, size));
      if (line != null) {
        return line;
      }
    }
    return 0;
  }

  /**
   * Reads a dotted key (bare, "quoted" or 'literal' parts) from {@code at} into {@code parts};
   * returns where the text after it (spaces skipped) starts, or -1 when there is no key. A loop,
   * not a regular expression: a key of thousands of parts must not cost a stack frame each.
   */
  private static int keyPath(String text, int at, List<String> parts) {
    int i = skipSpaces(text, at);
    while (true) {
      int start = i;
      String part;
      if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
        char quote = text.charAt(i);
        i++;
        while (i < text.length() && text.charAt(i) != quote) {
          i += quote == '"' && text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= text.length()) {
          return -1;
        }
        part = text.substring(start + 1, i);
        i++;
      } else {
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '_'
                || text.charAt(i) == '-')) {
          i++;
        }
        if (i == start) {
          return -1;
        }
        part = text.substring(start, i);
      }
      parts.add(part);
      i = skipSpaces(text, i);
      if (i >= text.length() || text.charAt(i) != '.') {
        return i;
      }
      i = skipSpaces(text, i + 1);
    }
  }

  private static int skipSpaces(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int count(String line, String quote) {
    int count = 0;
    for (int at = line.indexOf(quote); at >= 0; at = line.indexOf(quote, at + quote.length())) {
      count++;
    }
    return count;
  }
}
