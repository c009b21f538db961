package org.citecheck.check.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.citecheck.text.SafeText;
import org.citecheck.text.TitleSimilarity;
import org.citecheck.verdict.PageMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page embeds about itself, the way reference managers do, into one {@link
 * PageMetadata}. Each field is taken from the most specific convention that gives it: Highwire
 * {@code citation_*} tags, then JSON-LD, then Dublin Core, then Open Graph and {@code article:*},
 * then plain HTML ({@code <title>}, {@code <meta name="author">}, {@code <time datetime>}). The
 * canonical URL is the exception: {@code <link rel="canonical">} is the one convention made for it.
 *
 * <p>Everything here is hostile input: JSON-LD is parsed as data by Jackson (never run), with caps
 * on its size, nesting and node count; every value is cleaned by {@link SafeText} and capped.
 */
public final class PageMetadataReader {

  static final int MAX_AUTHORS = 50;
  static final int MAX_NAME = 200;
  private static final int MAX_META_VALUES = 200;

  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>]+");
  private static final Pattern DATE =
      Pattern.compile("^\\s*(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?(?:$|[T\\s])");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:[|–—·•-]|::)\\s+");

  private PageMetadataReader() {}

  /** The metadata of a parsed page; every field null (authors empty) when it says nothing. */
  public static PageMetadata read(Document document) {
    Metas metas = Metas.of(document);
    JsonLd ld = JsonLd.of(document);

    List<String> siteNames = new ArrayList<>();
    addAll(
        siteNames,
        metas.first("citation_journal_title"),
        metas.first("citation_conference_title"),
        metas.first("citation_technical_report_institution"),
        metas.first("citation_publisher"),
        ld.publisher(),
        ld.partOf(),
        metas.first("dc.publisher", "dcterms.publisher"),
        metas.first("og:site_name"),
        metas.first("application-name"));
    String siteName = siteNames.isEmpty() ? null : siteNames.get(0);

    String title =
        firstOf(
            metas.first("citation_title"),
            ld.title(),
            metas.first("dc.title", "dcterms.title"),
            metas.first("og:title", "twitter:title"),
            clean(document.title(), PageParser.MAX_TITLE));
    title = title == null ? null : withoutSiteName(title, siteNames);

    List<String> authors = authors(metas, ld, siteNames);

    String published =
        firstOf(
            date(metas.first("citation_publication_date", "citation_date")),
            date(metas.first("citation_online_date")),
            date(ld.published()),
            date(metas.first("dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date")),
            date(metas.first("dcterms.created")),
            date(metas.first("article:published_time", "og:published_time")),
            date(timeDatetime(document)));

    String type =
        firstOf(
            metas.first("citation_journal_title") != null ? "ScholarlyArticle" : null,
            metas.first("citation_technical_report_institution") != null ? "Report" : null,
            ld.type(),
            metas.first("dc.type", "dcterms.type"),
            metas.first("og:type"));

    String doi =
        firstOf(
            doi(metas.first("citation_doi")),
            doi(ld.doi()),
            doi(
                metas.first(
                    "dc.identifier", "dcterms.identifier", "prism.doi", "bepress_citation_doi")));

    String canonical =
        firstOf(
            httpUrl(canonicalLink(document)),
            httpUrl(metas.first("og:url")),
            httpUrl(ld.url()),
            httpUrl(metas.first("citation_public_url", "citation_abstract_html_url")));

    String language =
        firstOf(
            language(metas.first("citation_language")),
            language(ld.language()),
            language(metas.first("dc.language", "dcterms.language")),
            language(metas.first("og:locale")),
            language(
                document.selectFirst("html") == null
                    ? null
                    : document.selectFirst("html").attr("lang")));

    return new PageMetadata(
        title, authors, published, siteName, clean(type, 80), doi, canonical, language);
  }

  private static List<String> authors(Metas metas, JsonLd ld, List<String> siteNames) {
    List<List<String>> conventions =
        List.of(
            metas.all("citation_author"),
            ld.authors(),
            metas.all("dc.creator", "dcterms.creator"),
            metas.all("article:author"),
            metas.all("author", "byl", "parsely-author", "sailthru.author"));
    for (List<String> names : conventions) {
      List<String> kept = new ArrayList<>();
      for (String raw : names) {
        String name = authorName(raw);
        if (name != null && !isSiteName(name, siteNames) && !kept.contains(name)) {
          kept.add(name);
        }
        if (kept.size() == MAX_AUTHORS) {
          break;
        }
      }
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    return List.of();
  }

  /** A person's or body's name, or null for what is not one (a profile URL, "By", nothing). */
  private static String authorName(String raw) {
    String name = clean(raw, MAX_NAME);
    if (name == null) {
      return null;
    }
    name = name.replaceFirst("(?i)^by\\s+", "").strip();
    if (name.isEmpty() || name.contains("://") || name.startsWith("www.") || name.startsWith("@")) {
      return null;
    }
    return name;
  }

  private static boolean isSiteName(String name, List<String> siteNames) {
    String wanted = TitleSimilarity.normalise(name);
    for (String site : siteNames) {
      if (TitleSimilarity.normalise(site).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** "Headline | Site" or "Site – Headline" without the site; the title itself if that is all. */
  static String withoutSiteName(String title, List<String> siteNames) {
    List<int[]> separators = new ArrayList<>();
    Matcher m = SITE_SEPARATOR.matcher(title);
    while (m.find()) {
      separators.add(new int[] {m.start(), m.end()});
    }
    if (separators.isEmpty()) {
      return title;
    }
    int[] last = separators.get(separators.size() - 1);
    int[] first = separators.get(0);
    if (isSiteName(title.substring(last[1]), siteNames)) {
      return title.substring(0, last[0]).strip();
    }
    if (isSiteName(title.substring(0, first[0]), siteNames)) {
      return title.substring(first[1]).strip();
    }
    return title;
  }

  private static String timeDatetime(Document document) {
    Element time = document.selectFirst("article time[datetime], time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String canonicalLink(Document document) {
    Element link = document.selectFirst("link[rel=canonical][href]");
    return link == null ? null : link.absUrl("href");
  }

  /** An ISO 8601 date (year, year-month or full) from the forms pages use, or null. */
  static String date(String raw) {
    if (raw == null || raw.length() > 64) {
      return null;
    }
    Matcher m = DATE.matcher(raw);
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1000 || year > 2200) {
      return null;
    }
    if (m.group(2) == null) {
      return m.group(1);
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return null;
    }
    String yearMonth = m.group(1) + "-" + (month < 10 ? "0" : "") + month;
    if (m.group(3) == null) {
      return yearMonth;
    }
    int day = Integer.parseInt(m.group(3));
    if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return yearMonth;
    }
    return yearMonth + "-" + (day < 10 ? "0" : "") + day;
  }

  /** The DOI in a value ("doi:10.1/x", "https://doi.org/10.1/x"), lower-cased, or null. */
  static String doi(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = DOI.matcher(raw);
    if (!m.find()) {
      return null;
    }
    String found = m.group().replaceAll("[.,;)\\]]+$", "");
    return found.length() > 200 ? null : SafeText.words(found).toLowerCase(Locale.ROOT);
  }

  private static String httpUrl(String raw) {
    if (raw == null || raw.length() > 2000) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(raw.strip());
    return url == null ? null : url.toString();
  }

  private static String language(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    return value.length() <= 35 && LANGUAGE.matcher(value).matches()
        ? value.replace('_', '-')
        : null;
  }

  static String clean(String raw, int max) {
    String cleaned = SafeText.words(raw, max);
    return cleaned == null || cleaned.isEmpty() ? null : cleaned;
  }

  @SafeVarargs
  private static <T> T firstOf(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static void addAll(List<String> into, String... values) {
    for (String value : values) {
      if (value != null && !into.contains(value)) {
        into.add(value);
      }
    }
  }

  /** The page's meta tags by lower-cased name or property, values in document order, capped. */
  private record Metas(Map<String, List<String>> values) {

    static Metas of(Document document) {
      Map<String, List<String>> values = new HashMap<>();
      int count = 0;
      for (Element meta : document.select("meta[content]")) {
        String key = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
        if (key.isEmpty() || count++ >= 2000) {
          continue;
        }
        List<String> list =
            values.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (list.size() < MAX_META_VALUES) {
          list.add(meta.attr("content"));
        }
      }
      return new Metas(values);
    }

    /** The first non-blank value of the first name that has one, cleaned, or null. */
    String first(String... names) {
      for (String name : names) {
        for (String value : values.getOrDefault(name, List.of())) {
          String cleaned = clean(value, PageParser.MAX_TITLE);
          if (cleaned != null) {
            return cleaned;
          }
        }
      }
      return null;
    }

    /** Every value of the first name that has any. */
    List<String> all(String... names) {
      for (String name : names) {
        List<String> found = values.getOrDefault(name, List.of());
        if (!found.isEmpty()) {
          return found;
        }
      }
      return List.of();
    }
  }
}
