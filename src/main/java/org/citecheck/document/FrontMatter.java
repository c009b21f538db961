package org.citecheck.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's own metadata from its first lines: title, authors, DOI, the "To cite this
 * publication" line, and the document's date with where it is printed ({@link DocumentDate}).
 *
 * @param title the first line of text, when it reads as a title
 * @param authors names on the line after the title
 * @param doi the document's DOI
 * @param citation its suggested citation
 * @param date its publication date, ISO 8601, partial allowed
 * @param dateFrom where the date is printed, or null when there is none
 */
public record FrontMatter(
    String title,
    List<String> authors,
    String doi,
    String citation,
    String date,
    DocumentDate dateFrom) {

  /** How far into the document the front matter may reach. */
  private static final int WINDOW = 120;

  private static final Pattern CITATION =
      Pattern.compile(
          "(?iu)^\\s*(?:to cite this (?:publication|article|paper|report|chapter)|cite as|suggested citation"
              + "|how to cite(?: this)?(?: (?:publication|article|report))?|recommended citation|citation|zitiervorschlag|zitierweise)\\s*:\\s*(.+)$");

  private static final Pattern DOI =
      Pattern.compile("(?iu)(?:doi\\.org/|\\bdoi\\s*:?\\s*)(10\\.\\d{4,9}/[^\\s,;\"<>]+)");

  public FrontMatter {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /**
   * Reads the front matter from the lines before {@code end} (the notes' start).
   *
   * @param isAuthorList tells a line of names from other text
   */
  public static FrontMatter read(
      List<String> lines,
      int end,
      java.util.function.Predicate<String> isAuthorList,
      java.util.function.Function<String, List<String>> splitNames) {
    int limit = Math.min(Math.min(end, lines.size()), WINDOW);
    String title = null;
    List<String> authors = List.of();
    int first = nextText(lines, 0, limit);
    if (first >= 0
        && lines.get(first).strip().length() <= 200
        && !lines.get(first).contains("://")) {
      title = lines.get(first).strip();
      int second = nextText(lines, first + 1, limit);
      if (second >= 0) {
        String names = lines.get(second).replaceAll("[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]", "").strip();
        if (isAuthorList.test(names)) {
          authors = splitNames.apply(names);
        }
      }
    }
    String doi = null;
    String citation = null;
    int citationLine = -1;
    for (int i = 0; i < limit; i++) {
      String line = lines.get(i);
      Matcher cite = CITATION.matcher(line);
      if (citation == null && cite.find()) {
        citation = cite.group(1).strip();
        citationLine = i;
      }
      Matcher d = DOI.matcher(line);
      if (doi == null && d.find()) {
        doi = d.group(1).replaceAll("[.)\\]]+$", "");
      }
    }
    DocumentDate.Found date = DocumentDate.read(lines, limit, citationLine);
    return new FrontMatter(
        title,
        authors,
        doi,
        citation,
        date == null ? null : date.iso(),
        date == null ? null : date.where());
  }

  private static int nextText(List<String> lines, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
