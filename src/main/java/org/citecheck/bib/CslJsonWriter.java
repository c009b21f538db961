package org.citecheck.bib;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.citecheck.io.Json;

/**
 * Writes CSL-JSON, the input of citeproc-js, pandoc, Zotero and Mendeley: an array of items with
 * fields in one fixed order. Text stays plain (JSON needs no LaTeX escapes; the serializer escapes
 * what JSON needs).
 */
final class CslJsonWriter {

  private CslJsonWriter() {}

  static String write(List<BibEntry> entries) {
    ArrayNode items = Json.mapper().createArrayNode();
    for (BibEntry entry : entries) {
      items.add(item(entry));
    }
    return Json.write(items);
  }

  private static ObjectNode item(BibEntry entry) {
    ObjectNode item = Json.mapper().createObjectNode();
    item.put("id", entry.key());
    item.put("type", type(entry));
    item.put("title", entry.title());
    if (!entry.authors().isEmpty()) {
      ArrayNode authors = item.putArray("author");
      for (Name name : entry.authors()) {
        ObjectNode author = authors.addObject();
        if (name.organisation()) {
          author.put("literal", name.family());
          continue;
        }
        author.put("family", name.family());
        if (name.given() != null) {
          author.put("given", name.given());
        }
        if (name.particle() != null) {
          author.put("non-dropping-particle", name.particle());
        }
      }
    }
    if (entry.container() != null) {
      item.put(usesContainerTitle(entry) ? "container-title" : "publisher", entry.container());
    }
    putIfPresent(item, "publisher-place", entry.place());
    putDate(item, "issued", IsoDate.parts(entry.date()));
    putDate(item, "accessed", IsoDate.parts(entry.urlDate()));
    putIfPresent(item, "URL", entry.url());
    putIfPresent(item, "DOI", entry.doi());
    putIfPresent(item, "volume", entry.volume());
    putIfPresent(item, "issue", entry.issue());
    putIfPresent(
        item,
        "page",
        entry.pages() == null ? null : entry.pages().replaceAll("\\s*[-–—]+\\s*", "-"));
    if (entry.archiveUrl() != null) {
      item.put("archive", archiveName(entry.archiveService()));
      item.put("archive_location", entry.archiveUrl());
    }
    putIfPresent(item, "keyword", entry.noteKeywords().isEmpty() ? null : entry.noteKeywords());
    if (entry.translated()) {
      // The original title is not in the note, so CSL's original-title cannot be filled; the
      // translation is recorded where no style prints it.
      item.putObject("custom").put("title-translated", true);
    }
    return item;
  }

  /**
   * The CSL type for a kind: the issue's closed list (webpage, post, article-newspaper, book,
   * report, legislation, document), plus article-journal for the journal-article kind added since.
   */
  static String type(BibEntry entry) {
    return switch (entry.kind()) {
      case WEB_PAGE -> "webpage";
      case SOCIAL_POST -> "post";
      case NEWS_ARTICLE -> "article-newspaper";
      case JOURNAL_ARTICLE -> "article-journal";
      case BOOK -> "book";
      case REPORT -> "report";
      case RESOLUTION -> "legislation";
      case LETTER, OFFICIAL_DOCUMENT, OTHER -> "document";
    };
  }

  /** Web pages, posts and articles sit in a site or outlet; everything else has a publisher. */
  private static boolean usesContainerTitle(BibEntry entry) {
    return switch (entry.kind()) {
      case WEB_PAGE, SOCIAL_POST, NEWS_ARTICLE, JOURNAL_ARTICLE -> true;
      default -> false;
    };
  }

  /** A readable name for the archive service ("wayback" gives "Internet Archive"). */
  static String archiveName(String service) {
    if (service == null || service.isBlank()) {
      return "Web archive";
    }
    String name = service.startsWith("memento:") ? service.substring("memento:".length()) : service;
    return name.equals("wayback") ? "Internet Archive" : name;
  }

  private static void putDate(ObjectNode item, String field, int[] parts) {
    if (parts.length == 0) {
      return;
    }
    ArrayNode datePart = item.putObject(field).putArray("date-parts").addArray();
    for (int part : parts) {
      datePart.add(part);
    }
  }

  private static void putIfPresent(ObjectNode item, String field, String value) {
    if (value != null) {
      item.put(field, value);
    }
  }
}
