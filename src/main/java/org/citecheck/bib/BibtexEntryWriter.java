package org.citecheck.bib;

import java.util.List;
import org.citecheck.references.SourceKind;

/**
 * Writes one entry for biblatex or classic BibTeX: picks the entry type by kind (falling back to a
 * type whose mandatory fields the source has), then writes the fields in one fixed order so that
 * the same input always gives the same bytes.
 */
final class BibtexEntryWriter {

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private final boolean classic;
  private final TexText text;

  /**
   * @param classic true for classic BibTeX (ASCII, LaTeX escapes), false for biblatex (UTF-8)
   */
  BibtexEntryWriter(boolean classic) {
    this.classic = classic;
    this.text = new TexText(classic);
  }

  void write(BibEntry entry, StringBuilder out) {
    String type = classic ? bibtexType(entry) : biblatexType(entry);
    out.append('@').append(type).append('{').append(entry.key());
    BibtexFieldWriter fields = new BibtexFieldWriter(out);
    fields.field("author", authors(entry.authors()));
    String title = text.protectCapitals(entry.title());
    if (classic && entry.translated()) {
      title = title + " [trans.]";
    }
    fields.field("title", title);
    if (!classic && entry.translated()) {
      fields.field("titleaddon", "[trans.]");
    }
    String container = entry.container() == null ? null : text.escape(entry.container());
    switch (type) {
      case "article" -> fields.field(classic ? "journal" : "journaltitle", container);
      case "book" -> fields.field("publisher", container);
      case "report", "techreport" -> fields.field("institution", escape(institution(entry)));
      default -> fields.field("organization", container);
    }
    fields.field(classic ? "address" : "location", escape(entry.place()));
    writeDate(entry, fields);
    fields.field("volume", escape(entry.volume()));
    fields.field("number", escape(entry.issue()));
    fields.field("pages", pages(entry.pages()));
    if (type.equals("report") || type.equals("techreport")) {
      fields.field("type", "Report");
    }
    fields.field("entrysubtype", classic ? null : subtype(entry.kind(), type));
    fields.field("doi", entry.doi());
    writeUrl(entry, type, fields);
    fields.field("addendum", addendum(entry));
    fields.field("keywords", entry.noteKeywords());
    out.append("\n}\n");
  }

  private String biblatexType(BibEntry entry) {
    boolean located = entry.url() != null || entry.doi() != null;
    boolean authored = !entry.authors().isEmpty();
    return switch (entry.kind()) {
      case WEB_PAGE, SOCIAL_POST -> located ? "online" : "misc";
      case NEWS_ARTICLE, JOURNAL_ARTICLE ->
          authored && entry.container() != null ? "article" : located ? "online" : "misc";
      case BOOK -> authored ? "book" : "misc";
      case REPORT -> authored && institution(entry) != null ? "report" : "misc";
      default -> "misc";
    };
  }

  private String bibtexType(BibEntry entry) {
    return switch (entry.kind()) {
      case NEWS_ARTICLE, JOURNAL_ARTICLE -> entry.container() != null ? "article" : "misc";
      case BOOK -> !entry.authors().isEmpty() ? "book" : "misc";
      case REPORT -> institution(entry) != null ? "techreport" : "misc";
      default -> "misc";
    };
  }

  /** A report's institution: its container, else its issuing body. */
  private static String institution(BibEntry entry) {
    if (entry.container() != null) {
      return entry.container();
    }
    return entry.authors().stream()
        .filter(Name::organisation)
        .map(Name::family)
        .findFirst()
        .orElse(null);
  }

  /**
   * biblatex's standard styles have no driver for @letter or @legislation (LaTeX warns "No driver")
   * and biber's data model gives them no author or title, so letters and resolutions are @misc with
   * a non-printing subtype that custom styles can still use.
   */
  private static String subtype(SourceKind kind, String type) {
    if (type.equals("article")) {
      return kind == SourceKind.NEWS_ARTICLE ? "newspaper" : null;
    }
    return switch (kind) {
      case LETTER -> "letter";
      case RESOLUTION -> "resolution";
      case SOCIAL_POST -> type.equals("misc") ? "post" : null;
      default -> null;
    };
  }

  private String authors(List<Name> names) {
    StringBuilder joined = new StringBuilder();
    for (Name name : names) {
      joined.append(joined.length() == 0 ? "" : " and ");
      if (name.organisation()) {
        joined.append('{').append(text.escape(name.family())).append('}');
      } else {
        joined.append(text.escape(name.fullFamily()));
        if (name.given() != null) {
          joined.append(", ").append(text.escape(name.given()));
        }
      }
    }
    return joined.toString();
  }

  private void writeDate(BibEntry entry, BibtexFieldWriter fields) {
    if (!classic) {
      fields.field("date", entry.date());
      return;
    }
    int[] parts = entry.dateParts();
    if (parts.length > 0) {
      fields.field("year", String.valueOf(parts[0]));
    }
    if (parts.length > 1) {
      fields.macro("month", MONTHS[parts[1] - 1]);
    }
  }

  /**
   * biblatex's url is a verbatim field: written as is (BibUrl already percent-encoded the
   * characters that would unbalance it). Classic BibTeX has no url field in its standard styles, so
   * a web source carries {@code howpublished = {\\url{...}}}; other types keep a url field for the
   * styles that print one.
   */
  private void writeUrl(BibEntry entry, String type, BibtexFieldWriter fields) {
    if (entry.url() == null) {
      return;
    }
    if (!classic) {
      fields.field("url", entry.url());
      fields.field("urldate", entry.urlDate());
      return;
    }
    String url = BibUrl.ascii(entry.url());
    if (type.equals("misc")) {
      fields.field("howpublished", "\\url{" + urlArgument(url) + "}");
    } else {
      fields.field("url", url);
    }
    fields.field("urldate", entry.urlDate());
  }

  /** "Archived at \\url{...}, 2020-11-12": the snapshot a reader can use when the link dies. */
  private String addendum(BibEntry entry) {
    if (entry.archiveUrl() == null) {
      return null;
    }
    String url = classic ? BibUrl.ascii(entry.archiveUrl()) : entry.archiveUrl();
    String addendum = "Archived at \\url{" + urlArgument(url) + "}";
    return entry.archiveDate() == null ? addendum : addendum + ", " + entry.archiveDate();
  }

  /**
   * A URL inside \\url{} in a field that LaTeX reads as ordinary text: % and # would end or break
   * the argument there, so they are written \% and \#, which hyperref's and url's \\url print as
   * the plain characters.
   */
  private static String urlArgument(String url) {
    return url.replace("%", "\\%").replace("#", "\\#");
  }

  /** A page range with an en dash written as BibTeX's "--". */
  private String pages(String pages) {
    return pages == null ? null : text.escape(pages.replaceAll("\\s*[-–—]+\\s*", "--"));
  }

  private String escape(String value) {
    return value == null ? null : text.escape(value);
  }
}
