package org.citecheck.check.page;

import static org.citecheck.check.page.PageMetadataReader.MAX_AUTHORS;
import static org.citecheck.check.page.PageMetadataReader.MAX_NAME;
import static org.citecheck.check.page.PageMetadataReader.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD node that describes a page's work, and the nodes it refers to by {@code @id}: read by
 * Jackson as data (never run), with caps on the blocks, their size, nesting and node count, because
 * JSON-LD from a page is hostile input.
 */
record JsonLd(JsonNode main, Map<String, JsonNode> byId) {

  /** A JSON-LD block longer than this is skipped: real ones are a few kilobytes. */
  static final int MAX_JSON_LD_CHARS = 256 * 1024;

  private static final int MAX_JSON_LD_BLOCKS = 16;
  private static final int MAX_NODES = 500;
  private static final int MAX_NESTING = 40;

  /** Jackson with tight limits: JSON-LD from a page is hostile data. */
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_NESTING)
                      .maxStringLength(MAX_JSON_LD_CHARS)
                      .maxNumberLength(100)
                      .build())
              .build());

  /** JSON-LD types that describe the cited work itself, most specific first. */
  private static final List<Set<String>> TYPE_RANKS =
      List.of(
          Set.of(
              "ScholarlyArticle",
              "Report",
              "NewsArticle",
              "ReportageNewsArticle",
              "AnalysisNewsArticle",
              "OpinionNewsArticle",
              "BackgroundNewsArticle",
              "BlogPosting",
              "TechArticle",
              "Article"),
          Set.of("GovernmentService", "Legislation", "Book", "Chapter", "Dataset"),
          Set.of("WebPage", "AboutPage", "CollectionPage", "ItemPage", "ProfilePage"));

  static JsonLd of(Document document) {
    List<JsonNode> nodes = new ArrayList<>();
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    int blocks = 0;
    for (Element script : document.select("script[type=application/ld+json]")) {
      if (blocks++ >= MAX_JSON_LD_BLOCKS) {
        break;
      }
      String text = script.data();
      if (text.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      try {
        collect(JSON.readTree(text), nodes, byId, 0);
      } catch (IOException | RuntimeException e) {
        // Broken, too deep or too long JSON-LD says nothing usable; the other conventions stand.
      }
    }
    for (Set<String> rank : TYPE_RANKS) {
      for (JsonNode node : nodes) {
        if (types(node).stream().anyMatch(rank::contains)) {
          return new JsonLd(node, byId);
        }
      }
    }
    return new JsonLd(null, byId);
  }

  private static void collect(
      JsonNode node, List<JsonNode> nodes, Map<String, JsonNode> byId, int depth) {
    if (node == null || depth > 2 || nodes.size() >= MAX_NODES) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, nodes, byId, depth + 1);
      }
    } else if (node.isObject()) {
      nodes.add(node);
      if (node.path("@id").isTextual() && byId.size() < MAX_NODES) {
        byId.putIfAbsent(node.path("@id").asText(), node);
      }
      if (node.has("@graph")) {
        collect(node.get("@graph"), nodes, byId, depth + 1);
      }
    }
  }

  static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node.path("@type");
    if (type.isTextual()) {
      types.add(bareType(type.asText()));
    } else if (type.isArray()) {
      for (JsonNode one : type) {
        if (one.isTextual()) {
          types.add(bareType(one.asText()));
        }
      }
    }
    return types;
  }

  private static String bareType(String type) {
    return type.replaceFirst("^https?://schema\\.org/", "").replaceFirst("^schema:", "");
  }

  /** The node itself, or the node its {@code @id} names when it is only a reference. */
  private JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && node.size() == 1 && node.path("@id").isTextual()) {
      JsonNode target = byId.get(node.path("@id").asText());
      return target == null ? node : target;
    }
    return node;
  }

  private String text(String field) {
    if (main == null) {
      return null;
    }
    JsonNode value = main.get(field);
    if (value != null && value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    return value != null && value.isValueNode()
        ? clean(value.asText(), PageParser.MAX_TITLE)
        : null;
  }

  String title() {
    String headline = text("headline");
    return headline != null ? headline : text("name");
  }

  String published() {
    String published = text("datePublished");
    return published != null ? published : text("dateCreated");
  }

  String type() {
    if (main == null) {
      return null;
    }
    List<String> types = types(main);
    return types.isEmpty() ? null : types.get(0);
  }

  String url() {
    String url = text("url");
    if (url != null || main == null) {
      return url;
    }
    JsonNode page = resolve(main.get("mainEntityOfPage"));
    if (page != null && page.isTextual()) {
      return page.asText();
    }
    return page != null && page.path("@id").isTextual() ? page.path("@id").asText() : null;
  }

  String language() {
    if (main == null) {
      return null;
    }
    JsonNode value = main.get("inLanguage");
    if (value != null && value.isObject()) {
      value = value.has("alternateName") ? value.get("alternateName") : value.get("name");
    }
    return value != null && value.isTextual() ? value.asText() : null;
  }

  String doi() {
    if (main == null) {
      return null;
    }
    for (String field : List.of("identifier", "sameAs", "@id", "url")) {
      JsonNode value = main.get(field);
      List<JsonNode> values = new ArrayList<>();
      if (value != null && value.isArray()) {
        value.forEach(values::add);
      } else if (value != null) {
        values.add(value);
      }
      for (JsonNode one : values) {
        String text =
            one.isTextual()
                ? one.asText()
                : one.path("value").isTextual() ? one.path("value").asText() : null;
        if (text != null && (text.contains("doi") || text.startsWith("10."))) {
          String doi = PageMetadataReader.doi(text);
          if (doi != null) {
            return doi;
          }
        }
      }
    }
    return null;
  }

  String publisher() {
    return main == null ? null : firstName(main.get("publisher"));
  }

  String partOf() {
    return main == null ? null : firstName(main.get("isPartOf"));
  }

  List<String> authors() {
    if (main == null) {
      return List.of();
    }
    JsonNode author = main.has("author") ? main.get("author") : main.get("creator");
    Set<String> names = new LinkedHashSet<>();
    if (author != null && author.isArray()) {
      for (JsonNode one : author) {
        addName(one, names);
        if (names.size() >= MAX_AUTHORS) {
          break;
        }
      }
    } else {
      addName(author, names);
    }
    return new ArrayList<>(names);
  }

  private void addName(JsonNode node, Set<String> names) {
    String name = name(node);
    if (name != null) {
      names.add(name);
    }
  }

  private String firstName(JsonNode node) {
    if (node != null && node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0));
    }
    return name(node);
  }

  /** The name of a Person or Organization node, a bare string, or a reference to a node. */
  private String name(JsonNode raw) {
    JsonNode node = resolve(raw);
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return clean(node.asText(), MAX_NAME);
    }
    if (!node.isObject()) {
      return null;
    }
    if (node.path("name").isTextual()) {
      return clean(node.path("name").asText(), MAX_NAME);
    }
    String given = node.path("givenName").isTextual() ? node.path("givenName").asText() : "";
    String family = node.path("familyName").isTextual() ? node.path("familyName").asText() : "";
    return clean((given + " " + family).strip(), MAX_NAME);
  }
}
