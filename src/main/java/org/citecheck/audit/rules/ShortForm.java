package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citecheck.references.Names;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;

/**
 * The short form a repeated citation should take, in the Chicago manner: "Surname, Short Title,
 * cited above (note N)": the first author's surname, the title's first words up to a colon (at most
 * four), in quotes for a part of something larger (an article, a post, a page); without a title,
 * the outlet and date.
 */
final class ShortForm {

  private static final int TITLE_WORDS = 4;

  private ShortForm() {}

  static String of(Source source, int note) {
    List<String> parts = new ArrayList<>();
    String author = authors(source.authors());
    if (!author.isEmpty()) {
      parts.add(author);
    }
    if (source.title() != null && !source.title().isBlank()) {
      String title = shortTitle(source.title());
      boolean whole = source.kind() == SourceKind.BOOK || source.kind() == SourceKind.REPORT;
      parts.add(whole ? title : "\"" + title + "\"");
    } else {
      if (source.container() != null) {
        parts.add(source.container());
      }
      DateSpan date = DateSpan.parse(source.date());
      if (date != null) {
        parts.add(date.display());
      }
    }
    parts.add("cited above (note " + note + ")");
    return String.join(", ", parts);
  }

  private static String authors(List<String> authors) {
    List<String> named = authors.stream().filter(a -> !a.equals("et al.")).toList();
    if (named.isEmpty()) {
      return "";
    }
    String first = surname(named.get(0));
    return switch (named.size()) {
      case 1 -> first;
      case 2 -> first + " and " + surname(named.get(1));
      default -> first + " et al.";
    };
  }

  /**
   * "Jirair Libaridian" gives "Libaridian", "Smith, J." gives "Smith"; an organisation stays whole.
   */
  static String surname(String name) {
    if (!Names.isPerson(name)) {
      return name;
    }
    int comma = name.indexOf(',');
    if (comma > 0) {
      return name.substring(0, comma).strip();
    }
    String[] words = name.strip().split("\\s+");
    int start = words.length - 1;
    while (start > 0 && Character.isLowerCase(words[start - 1].charAt(0))) {
      start--;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
  }

  static String shortTitle(String title) {
    String main = title.strip();
    int colon = main.indexOf(':');
    if (colon > 0) {
      main = main.substring(0, colon);
    }
    String[] words = main.split("\\s+");
    int start =
        words.length > 1 && List.of("the", "a", "an").contains(words[0].toLowerCase(Locale.ROOT))
            ? 1
            : 0;
    int end = Math.min(words.length, start + TITLE_WORDS);
    String shortened = String.join(" ", java.util.Arrays.asList(words).subList(start, end));
    return end < words.length ? shortened.replaceAll("[,;.]+$", "") : shortened;
  }
}
