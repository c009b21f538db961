package org.citecheck.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.io.Input;

/**
 * The folder under reports/ that each document of a run gets: its file name ({@code a.pdf}), or,
 * when two documents share a name, the end of its path with the separators made underscores ({@code
 * 2019_a.pdf}), so no document's reports overwrite another's.
 */
final class DocumentFolders {

  private DocumentFolders() {}

  static List<String> names(List<Input> inputs) {
    // The file name, then as many of its folders as it takes to tell every document apart.
    int deepest = 1;
    for (Input input : inputs) {
      deepest =
          Math.max(deepest, input.path() == null ? 1 : input.path().normalize().getNameCount());
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      names.add(tail(inputs.get(i), 1));
    }
    for (int depth = 2; depth <= deepest && !distinct(names); depth++) {
      Map<String, Integer> uses = new HashMap<>();
      names.forEach(name -> uses.merge(name, 1, Integer::sum));
      for (int i = 0; i < inputs.size(); i++) {
        if (uses.get(names.get(i)) > 1) {
          names.set(i, tail(inputs.get(i), depth));
        }
      }
    }
    List<String> unique = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      while (unique.contains(name)) {
        name = name + "-" + (i + 1); // the same file named twice, or standard input
      }
      unique.add(name);
    }
    return unique;
  }

  private static boolean distinct(List<String> names) {
    return names.stream().distinct().count() == names.size();
  }

  /** The last {@code depth} parts of the input's path joined by underscores. */
  private static String tail(Input input, int depth) {
    Path path = input.path() == null ? null : input.path().normalize();
    if (path == null || path.getFileName() == null) {
      return "stdin";
    }
    int count = path.getNameCount();
    Path part = path.subpath(Math.max(0, count - depth), count);
    return safe(part.toString().replace('\\', '/').replace('/', '_'));
  }

  /** No folder name may climb out of reports/ or hide itself. */
  private static String safe(String name) {
    String cleaned = name.replaceAll("[\\x00-\\x1f/\\\\:*?\"<>|]", "_");
    if (cleaned.isEmpty() || cleaned.startsWith(".")) {
      cleaned = "_" + cleaned;
    }
    return cleaned;
  }
}
