package org.citecheck.bib;

import java.util.List;

/**
 * Writes RIS, the tagged format Zotero, EndNote and Mendeley import: one "TY" to "ER" record per
 * entry, tags in a fixed order, every value on one line (line breaks would start a new tag).
 */
final class RisWriter {

  private RisWriter() {}

  static String write(List<BibEntry> entries) {
    StringBuilder out = new StringBuilder();
    for (BibEntry entry : entries) {
      tag(out, "TY", type(entry));
      tag(out, "ID", entry.key());
      for (Name name : entry.authors()) {
        tag(
            out,
            "AU",
            name.organisation()
                ? name.family()
                : name.given() == null
                    ? name.fullFamily()
                    : name.fullFamily() + ", " + name.given());
      }
      tag(out, "TI", entry.title());
      if (entry.container() != null) {
        tag(
            out,
            switch (entry.kind()) {
              case WEB_PAGE, SOCIAL_POST, NEWS_ARTICLE, JOURNAL_ARTICLE -> "T2";
              default -> "PB";
            },
            entry.container());
      }
      tag(out, "CY", entry.place());
      int[] date = entry.dateParts();
      if (date.length > 0) {
        tag(out, "PY", String.valueOf(date[0]));
        tag(out, "DA", risDate(date));
      }
      tag(out, "VL", entry.volume());
      tag(out, "IS", entry.issue());
      writePages(out, entry.pages());
      tag(out, "DO", entry.doi());
      tag(out, "UR", entry.url());
      int[] accessed = IsoDate.parts(entry.urlDate());
      tag(out, "Y2", accessed.length == 0 ? null : risDate(accessed));
      if (entry.archiveUrl() != null) {
        tag(
            out,
            "N1",
            "Archived at "
                + entry.archiveUrl()
                + (entry.archiveDate() == null ? "" : ", " + entry.archiveDate()));
      }
      if (entry.translated()) {
        tag(out, "N1", "Title translated by the citing document.");
      }
      for (int note : entry.notes()) {
        tag(out, "KW", "note" + note);
      }
      out.append("ER  - \n\n");
    }
    return out.toString();
  }

  /** RIS reference types, as Zotero and EndNote read them. */
  static String type(BibEntry entry) {
    return switch (entry.kind()) {
      case WEB_PAGE, SOCIAL_POST -> "ELEC";
      case NEWS_ARTICLE -> "NEWS";
      case JOURNAL_ARTICLE -> "JOUR";
      case BOOK -> "BOOK";
      case REPORT -> "RPRT";
      case LETTER -> "PCOMM";
      case OFFICIAL_DOCUMENT -> "GOVDOC";
      case RESOLUTION -> "LEGAL";
      case OTHER -> "GEN";
    };
  }

  /** RIS dates are "YYYY/MM/DD/" with empty parts left blank. */
  private static String risDate(int[] parts) {
    StringBuilder date = new StringBuilder(String.format("%04d/", parts[0]));
    date.append(parts.length > 1 ? String.format("%02d", parts[1]) : "").append('/');
    date.append(parts.length > 2 ? String.format("%02d", parts[2]) : "").append('/');
    return date.toString();
  }

  private static void writePages(StringBuilder out, String pages) {
    if (pages == null) {
      return;
    }
    String[] range = pages.split("\\s*[-–—]+\\s*", 2);
    tag(out, "SP", range[0]);
    tag(out, "EP", range.length > 1 ? range[1] : null);
  }

  private static void tag(StringBuilder out, String tag, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    out.append(tag).append("  - ").append(value.strip().replaceAll("\\s+", " ")).append('\n');
  }
}
