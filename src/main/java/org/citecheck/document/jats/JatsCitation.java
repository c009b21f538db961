package org.citecheck.document.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.markup.CitedFields;
import org.w3c.dom.Element;

/**
 * The fields a JATS citation ({@code element-citation} or {@code mixed-citation}) tags, mapped
 * straight into {@link CitedFields}: nothing is guessed from its text.
 */
final class JatsCitation {

  /** Elements whose presence means the citation is tagged, not just text. */
  private static final Set<String> TAGGED =
      Set.of(
          "person-group",
          "name",
          "string-name",
          "collab",
          "article-title",
          "chapter-title",
          "source",
          "year",
          "pub-id",
          "ext-link",
          "uri");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern DOI_PREFIX =
      Pattern.compile("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)");

  private JatsCitation() {}

  /** The citation's fields, or null when it tags none and only its text is known. */
  static CitedFields fields(Element citation) {
    if (!tagged(citation)) {
      return null;
    }
    String type = attr(citation, "publication-type");
    if (type == null) {
      type = attr(citation, "citation-type");
    }
    String articleTitle = first(citation, "article-title", "chapter-title", "part-title");
    String source = first(citation, "source");
    String title;
    String container;
    if (articleTitle != null) {
      title = articleTitle;
      container = source;
    } else if ("journal".equalsIgnoreCase(type)) {
      title = null;
      container = source;
    } else {
      // A book's, a report's or a web page's own title is its source.
      title = source;
      container = null;
    }
    return new CitedFields(
        type,
        names(citation, true),
        names(citation, false),
        title,
        container,
        date(citation),
        accessed(citation),
        first(citation, "volume"),
        first(citation, "issue"),
        pages(citation),
        first(citation, "publisher-name"),
        first(citation, "publisher-loc"),
        doi(citation),
        url(citation));
  }

  private static boolean tagged(Element citation) {
    for (Element child : JatsReader.descendants(citation)) {
      if (TAGGED.contains(child.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  /** Authors ("Family, Given"), or editors: names in a person-group of that type. */
  private static List<String> names(Element citation, boolean authors) {
    List<String> names = new ArrayList<>();
    for (Element child : JatsReader.children(citation)) {
      String local = child.getLocalName();
      if (local.equals("person-group")) {
        String type = attr(child, "person-group-type");
        String wanted = authors ? "author" : "editor";
        if (wanted.equals(type == null ? "author" : type)) {
          for (Element name : JatsReader.children(child)) {
            addName(names, name);
          }
        }
      } else if (authors) {
        // Older NLM citations put names straight in the citation.
        addName(names, child);
      }
    }
    return names;
  }

  private static void addName(List<String> names, Element name) {
    switch (name.getLocalName()) {
      case "name", "string-name" -> {
        String surname = first(name, "surname");
        String given = first(name, "given-names");
        if (surname != null) {
          names.add(given == null ? surname : surname + ", " + given);
        } else if (name.getLocalName().equals("string-name")) {
          names.add(JatsReader.words(name));
        }
      }
      case "collab" -> names.add(JatsReader.words(name));
      default -> {}
    }
  }

  /** The ISO date from year, month and day, as far as they are given. */
  private static String date(Element citation) {
    String yearText = first(citation, "year");
    if (yearText == null) {
      return null;
    }
    Matcher year = YEAR.matcher(yearText);
    if (!year.find()) {
      return null;
    }
    Integer month = month(first(citation, "month"));
    if (month == null) {
      return year.group();
    }
    Integer day = number(first(citation, "day"));
    String date = year.group() + String.format(Locale.ROOT, "-%02d", month);
    return day == null || day < 1 || day > 31
        ? date
        : date + String.format(Locale.ROOT, "-%02d", day);
  }

  private static String accessed(Element citation) {
    for (Element element : JatsReader.descendants(citation)) {
      if (!element.getLocalName().equals("date-in-citation")) {
        continue;
      }
      String iso = attr(element, "iso-8601-date");
      if (iso != null && ISO_DATE.matcher(iso).matches()) {
        return iso;
      }
      return textDate(JatsReader.words(element));
    }
    return null;
  }

  /** "3 March 2020", "March 3, 2020" or an ISO date within the text; null otherwise. */
  private static String textDate(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      return iso.group();
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find() && month(dmy.group(2)) != null) {
      return iso(dmy.group(3), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find() && month(mdy.group(1)) != null) {
      return iso(mdy.group(3), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
    }
    return null;
  }

  private static String iso(String year, int month, int day) {
    return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
  }

  private static Integer month(String text) {
    if (text == null) {
      return null;
    }
    Integer number = number(text);
    if (number != null) {
      return number >= 1 && number <= 12 ? number : null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    return key.length() < 3 ? null : MONTHS.get(key.substring(0, 3));
  }

  private static Integer number(String text) {
    if (text == null || !text.strip().matches("\\d{1,2}")) {
      return null;
    }
    return Integer.valueOf(text.strip());
  }

  private static String pages(Element citation) {
    String first = first(citation, "fpage");
    String last = first(citation, "lpage");
    if (first != null) {
      return last == null || last.equals(first) ? first : first + "–" + last;
    }
    String range = first(citation, "page-range");
    return range != null ? range : first(citation, "elocation-id");
  }

  private static String doi(Element citation) {
    for (Element id : JatsReader.descendants(citation)) {
      if (id.getLocalName().equals("pub-id") && "doi".equalsIgnoreCase(attr(id, "pub-id-type"))) {
        String doi = DOI_PREFIX.matcher(JatsReader.words(id)).replaceFirst("");
        return doi.isEmpty() ? null : doi;
      }
    }
    return null;
  }

  private static String url(Element citation) {
    for (Element link : JatsReader.descendants(citation)) {
      String href = JatsReader.href(link);
      if (href != null) {
        return href;
      }
    }
    return null;
  }

  /** The words of the first descendant with one of these names, or null. */
  private static String first(Element parent, String... names) {
    for (String name : names) {
      for (Element element : JatsReader.descendants(parent)) {
        if (element.getLocalName().equals(name)) {
          String words = JatsReader.words(element);
          if (!words.isEmpty()) {
            return words;
          }
        }
      }
    }
    return null;
  }

  static String attr(Element element, String name) {
    String value = element.getAttribute(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
