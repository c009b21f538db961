package org.citecheck.document.bibtex;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.document.tex.TexText;

/**
 * BibTeX's name lists: names joined by {@code and} (outside braces), each "von Last, Jr, First" or
 * "First von Last"; a name in braces ({@code {World Health Organization}}) is one corporate name,
 * kept whole. Each comes out as "Family, Given", the record's form.
 */
final class BibtexNames {

  private BibtexNames() {}

  static List<String> parse(String value) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    for (String raw : splitTopLevel(value.strip(), true)) {
      String name = raw.strip();
      if (name.isEmpty() || name.equalsIgnoreCase("others")) {
        continue;
      }
      names.add(one(name));
    }
    return names;
  }

  private static String one(String name) {
    if (name.startsWith("{") && closingOf(name, 0) == name.length() - 1) {
      return TexText.plain(name.substring(1, name.length() - 1));
    }
    List<String> parts = splitTopLevel(name, false);
    if (parts.size() >= 2) {
      String family = TexText.plain(parts.get(0));
      String given = TexText.plain(parts.get(parts.size() - 1));
      return given.isEmpty() ? family : family + ", " + given;
    }
    List<String> words = words(name);
    if (words.size() == 1) {
      return TexText.plain(words.get(0));
    }
    // The family name is the last word and the lower-case particles before it ("van", "de la").
    int family = words.size() - 1;
    for (int i = 1; i < words.size() - 1; i++) {
      String plain = TexText.plain(words.get(i));
      if (!plain.isEmpty() && Character.isLowerCase(plain.charAt(0))) {
        family = i;
        break;
      }
    }
    String given = TexText.plain(String.join(" ", words.subList(0, family)));
    String last = TexText.plain(String.join(" ", words.subList(family, words.size())));
    return last + ", " + given;
  }

  /** Splits on " and " (names) or on commas (a name's parts), outside braces. */
  private static List<String> splitTopLevel(String value, boolean onAnd) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && !onAnd && c == ',') {
        parts.add(value.substring(start, i));
        start = i + 1;
      } else if (depth == 0
          && onAnd
          && Character.isWhitespace(c)
          && value.regionMatches(true, i + 1, "and", 0, 3)
          && i + 4 < value.length()
          && Character.isWhitespace(value.charAt(i + 4))) {
        parts.add(value.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    parts.add(value.substring(start));
    return parts;
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int depth = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      if (depth == 0 && (Character.isWhitespace(c) || c == '~')) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static int closingOf(String value, int open) {
    int depth = 0;
    for (int i = open; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
