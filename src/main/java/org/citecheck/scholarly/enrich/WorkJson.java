package org.citecheck.scholarly.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citecheck.text.SafeText;

/**
 * Reads a work from the shapes the services answer with: CSL-JSON (content negotiation), a Crossref
 * REST item (the same names, but titles as arrays) and a DataCite JSON:API record. Remote text:
 * every value cleaned and capped.
 */
final class WorkJson {

  private static final int MAX = 300;
  private static final int MAX_AUTHORS = 100;

  private WorkJson() {}

  /** A CSL-JSON object or a Crossref item; null when it has no title. */
  static Work fromCsl(JsonNode item) {
    if (item == null || !item.isObject()) {
      return null;
    }
    String title = first(item.get("title"));
    if (title == null) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    String firstSurname = null;
    for (JsonNode author : item.path("author")) {
      String family = text(author.get("family"));
      String given = text(author.get("given"));
      String literal = text(author.get("literal"));
      if (literal == null) {
        literal = text(author.get("name"));
      }
      String name = family != null ? (given == null ? family : family + ", " + given) : literal;
      if (name == null) {
        continue;
      }
      if (authors.isEmpty()) {
        firstSurname = family != null ? family : literal;
      }
      authors.add(name);
      if (authors.size() == MAX_AUTHORS) {
        break;
      }
    }
    String date = dateParts(item.path("issued").path("date-parts"));
    if (date == null) {
      date = dateParts(item.path("published-print").path("date-parts"));
    }
    if (date == null) {
      date = dateParts(item.path("published").path("date-parts"));
    }
    return new Work(
        text(item.get("type")),
        authors,
        firstSurname,
        title,
        first(item.get("container-title")),
        date,
        text(item.get("volume")),
        text(item.get("issue")),
        pages(text(item.get("page"))),
        doi(text(item.get("DOI"))),
        text(item.get("publisher")));
  }

  /** A DataCite JSON:API document ({@code {"data": {"attributes": {...}}}}); null without title. */
  static Work fromDataCite(JsonNode root) {
    JsonNode data = root == null ? null : root.path("data");
    JsonNode attributes = data == null ? null : data.path("attributes");
    if (attributes == null || !attributes.isObject()) {
      return null;
    }
    String title = null;
    for (JsonNode one : attributes.path("titles")) {
      title = title != null ? title : text(one.get("title"));
    }
    if (title == null) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    String firstSurname = null;
    for (JsonNode creator : attributes.path("creators")) {
      String family = text(creator.get("familyName"));
      String given = text(creator.get("givenName"));
      String name =
          family != null
              ? (given == null ? family : family + ", " + given)
              : text(creator.get("name"));
      if (name == null) {
        continue;
      }
      if (authors.isEmpty()) {
        firstSurname = family != null ? family : name;
      }
      authors.add(name);
      if (authors.size() == MAX_AUTHORS) {
        break;
      }
    }
    JsonNode year = attributes.get("publicationYear");
    String date = year == null ? null : year.asText().matches("\\d{4}") ? year.asText() : null;
    String id =
        data.path("id").isTextual() ? data.path("id").asText() : text(attributes.get("doi"));
    JsonNode container = attributes.path("container");
    return new Work(
        text(attributes.path("types").get("resourceTypeGeneral")),
        authors,
        firstSurname,
        title,
        text(container.get("title")),
        date,
        text(container.get("volume")),
        text(container.get("issue")),
        null,
        doi(id),
        publisher(attributes.get("publisher")));
  }

  private static String publisher(JsonNode node) {
    if (node != null && node.isObject()) {
      return text(node.get("name"));
    }
    return text(node);
  }

  /** [[2016, 5, 1]] as "2016-05-01"; one or two parts as "2016" or "2016-05". */
  static String dateParts(JsonNode parts) {
    JsonNode first = parts.path(0);
    if (!first.isArray() || first.isEmpty() || !first.get(0).canConvertToInt()) {
      return null;
    }
    int year = first.get(0).asInt();
    if (year < 1000 || year > 2200) {
      return null;
    }
    StringBuilder date = new StringBuilder(String.valueOf(year));
    for (int i = 1; i < Math.min(3, first.size()); i++) {
      int part = first.get(i).asInt(-1);
      if (part < 1 || part > (i == 1 ? 12 : 31)) {
        break;
      }
      date.append('-').append(part < 10 ? "0" : "").append(part);
    }
    return date.toString();
  }

  private static String pages(String page) {
    return page;
  }

  private static String doi(String doi) {
    return doi == null ? null : doi.toLowerCase(Locale.ROOT);
  }

  /** A string, or the first string of an array (Crossref's titles). */
  private static String first(JsonNode node) {
    if (node != null && node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    return text(node);
  }

  private static String text(JsonNode node) {
    if (node == null || !(node.isTextual() || node.isNumber())) {
      return null;
    }
    String cleaned = SafeText.words(node.asText(), MAX);
    return cleaned == null || cleaned.isEmpty() ? null : cleaned;
  }
}
