package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.urls.FoundUrl;

/**
 * Parses one source's text into fields. Parts with unmistakable forms are taken first (URL, access
 * date, translation marker, cross-reference, pages, quoted title); the fields left are then read by
 * position: authors before the title, the container after it, dates wherever they stand.
 */
public final class SourceParser {

  /** Authors then "(2020)" or "(2020, May 2)": author-date styles (APA, Harvard). */
  static final Pattern AUTHOR_DATE =
      Pattern.compile(
          "^\\s*([^()\"“]{2,300}?)\\s*\\(\\s*((?:1[5-9]|20)\\d\\d)[a-z]?\\s*(?:,\\s*([^)]{1,40}))?\\)\\.?");

  private static final Pattern PLACE_PUBLISHER =
      Pattern.compile("^(\\p{Lu}[\\p{L} .'’\\-]{1,60}?)\\s*:\\s*(\\p{Lu}.{1,80})$");

  private static final Pattern IN_CONTAINER = Pattern.compile("(?iu)^in:?\\s+(.{3,})$");

  private static final Pattern NOISE =
      Pattern.compile(
          "(?iu)(at|in|on|see|via|from|available|online|url|link|and|e\\.g|i\\.e|n\\.d|undated|o\\.J)\\.?");

  static final Pattern PLATFORM_SUFFIX =
      Pattern.compile(
          "(?iu)\\s*(post|tweet|video|status|thread|story|page|channel|message|live|reel)$");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern PLURAL_RESOLUTIONS = Pattern.compile("(?iu)\\bresolutions\\b");

  /** "Vienna 2022": a place of publication and its year in one field. */
  static final Pattern PLACE_YEAR =
      Pattern.compile("^(\\p{Lu}[\\p{L}.\\-]+(?: \\p{Lu}[\\p{L}.\\-]+)?),? ((?:1[5-9]|20)\\d\\d)$");

  private SourceParser() {}

  /** Parses {@code text}; {@code urls} are the repaired URLs in it, offsets relative to text. */
  public static Source parse(String text, List<CleanText.Span> urls) {
    SourceBuilder source = new SourceBuilder();
    Consumable rest = takeMarkedParts(text, urls, source);
    MatchResult pages = rest.takeFirst(Patterns.PAGES);
    if (pages != null) {
      source.pages = SPACES.matcher(pages.group(1)).replaceAll("");
    }
    MatchResult facts = rest.takeFirst(Patterns.PUBLICATION_FACTS);
    if (facts != null) {
      source.place = facts.group(1).strip();
      source.publisher = facts.group(2).strip();
      source.date = facts.group(3);
    }
    int titleAt = takeQuotedTitle(text, rest, source);
    Matcher authorDate = titleAt < 0 || titleAt > 0 ? AUTHOR_DATE.matcher(rest.remaining()) : null;
    if (authorDate != null && authorDate.find() && Names.isAuthorList(authorDate.group(1))) {
      source.authors = Names.split(authorDate.group(1));
      String day =
          authorDate.group(3) == null
              ? null
              : Dates.first(authorDate.group(3) + " " + authorDate.group(2));
      source.date = day != null ? day : authorDate.group(2);
      rest.take(authorDate.start(), authorDate.end());
    }
    if (titleAt < 0 && isResolutionList(rest.remaining())) {
      source.title = resolutionTitle(rest.remaining());
    } else {
      readFields(rest, titleAt, source);
    }
    if (source.date == null) {
      source.date = commonDate(rest.remaining());
    }
    source.kind = KindClassifier.classify(source.build(), text);
    return source.build();
  }

  /**
   * Takes the parts that have unmistakable forms into {@code source}: URLs with their labels, the
   * access date, the translation marker and a cross-reference. Both readers start here.
   */
  static Consumable takeMarkedParts(String text, List<CleanText.Span> urls, SourceBuilder source) {
    Consumable rest = new Consumable(text);
    source.text = text.strip();
    takeUrls(text, urls, rest, source);
    MatchResult accessed = rest.takeFirst(Patterns.ACCESSED);
    if (accessed != null) {
      source.accessed = Dates.first(accessed.group(1));
    }
    source.translated = rest.takeFirst(Patterns.TRANSLATED) != null;
    takeCrossReference(rest, source);
    return rest;
  }

  private static void takeUrls(
      String text, List<CleanText.Span> urls, Consumable rest, SourceBuilder source) {
    for (CleanText.Span span : urls) {
      FoundUrl url = span.url();
      if (source.url == null) {
        source.url = url.best();
        source.urlAsPrinted = url.printed();
        source.candidates = url.candidates();
        source.doi = url.doi();
      }
      int end = span.end();
      if (end < text.length() && text.charAt(end) == '>') {
        end++;
      }
      int start = Patterns.urlLabelStart(text.substring(0, span.start()));
      rest.take(start, end);
    }
  }

  private static void takeCrossReference(Consumable rest, SourceBuilder source) {
    MatchResult above = rest.takeFirst(Patterns.CITED_ABOVE);
    if (above != null) {
      source.crossRef = "cited-above";
      for (int g = 1; g <= above.groupCount(); g++) {
        if (above.group(g) != null) {
          source.seeNote = Integer.parseInt(above.group(g));
          break;
        }
      }
      return;
    }
    if (rest.takeFirst(Patterns.IBID) != null) {
      source.crossRef = "ibid";
    } else if (rest.takeFirst(Patterns.OP_CIT) != null) {
      source.crossRef = "op-cit";
    }
  }

  /** Takes the first quoted span as the title; returns its offset, or -1. */
  private static int takeQuotedTitle(String text, Consumable rest, SourceBuilder source) {
    for (Quotes.Span quote : Quotes.find(text)) {
      if (rest.taken(quote.open()) || rest.taken(quote.close())) {
        continue;
      }
      String inside = quote.inside(text).strip().replaceAll("(?<![.])[,.]$", "").strip();
      if (inside.length() < 2) {
        continue;
      }
      source.title = SPACES.matcher(inside).replaceAll(" ");
      rest.take(quote.open(), quote.end());
      return quote.open();
    }
    return -1;
  }

  private static void readFields(Consumable rest, int titleAt, SourceBuilder source) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (Consumable.Field field : rest.fields()) {
      String value = field.value();
      Matcher place = PLACE_PUBLISHER.matcher(value);
      Matcher in = IN_CONTAINER.matcher(value);
      Matcher placeYear = PLACE_YEAR.matcher(value);
      if (Dates.isDateOnly(value)) {
        dates.add(Dates.first(value));
      } else if (placeYear.matches()
          && source.place == null
          && !Names.isOrganisation(placeYear.group(1))
          && (before.size() + after.size() >= 2 || titleAt >= 0 && field.start() > titleAt)) {
        source.place = placeYear.group(1);
        dates.add(placeYear.group(2));
      } else if (Patterns.SOCIAL.matcher(value).matches()) {
        source.platform = PLATFORM_SUFFIX.matcher(value).replaceAll("");
        if (value.equalsIgnoreCase("tweet")) {
          source.platform = "Twitter";
        }
      } else if (place.matches() && looksLikePublisher(place.group(2), place.group(1))) {
        source.place = place.group(1).strip();
        source.publisher = place.group(2).strip();
      } else if (in.matches()) {
        source.container = in.group(1);
      } else if (!isNoise(value)) {
        (titleAt >= 0 && field.start() > titleAt ? after : before).add(value);
      }
    }
    assign(before, after, titleAt >= 0, source);
    if (source.date == null && !dates.isEmpty()) {
      source.date = dates.get(0);
    }
  }

  private static void assign(
      List<String> before, List<String> after, boolean quotedTitle, SourceBuilder source) {
    List<String> text = new ArrayList<>(before);
    String joined = String.join(", ", before);
    if (quotedTitle
        && source.authors.isEmpty()
        && before.size() > 1
        && Names.isAuthorList(joined)) {
      source.authors = Names.split(joined);
      text.clear();
    }
    if (source.authors.isEmpty()
        && !text.isEmpty()
        && Names.isAuthorList(text.get(0))
        && (quotedTitle
            || text.size() >= 2
            || source.platform != null
            || source.crossRef == null)) {
      source.authors = Names.split(text.remove(0));
    }
    if (!quotedTitle && source.title == null && !text.isEmpty() && source.crossRef == null) {
      source.title = text.remove(0);
    } else if (source.crossRef != null && !text.isEmpty()) {
      boolean surname =
          "op-cit".equals(source.crossRef) && text.size() == 1 && isSurname(text.get(0));
      if (surname) {
        source.authors = List.of(text.get(0));
      } else {
        source.title = String.join(", ", text);
      }
      text.clear();
    }
    text.addAll(after);
    if (source.container == null && !text.isEmpty()) {
      source.container = text.get(0);
    }
    if (source.container == null) {
      source.container = source.publisher != null ? source.publisher : source.platform;
    }
  }

  /** One capitalised word, as "Zolyan" in "Zolyan, op. cit.". */
  private static boolean isSurname(String text) {
    return !text.isEmpty()
        && Character.isUpperCase(text.codePointAt(0))
        && text.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
  }

  private static boolean looksLikePublisher(String publisher, String place) {
    boolean shortPlace =
        SPACES.split(place).length <= 6 && place.chars().noneMatch(Character::isDigit);
    return shortPlace && (Patterns.hasPublisher(publisher) || SPACES.split(publisher).length <= 3);
  }

  private static boolean isNoise(String value) {
    return NOISE.matcher(value).matches()
        || !value.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Several dates and none a field of its own: their common part ("1993" for four 1993 dates). */
  private static String commonDate(String remaining) {
    List<Dates.Found> found = Dates.find(remaining.replace(Consumable.GAP, ' '));
    if (found.isEmpty()) {
      return null;
    }
    String common = found.get(0).iso();
    for (Dates.Found date : found) {
      int i = 0;
      while (i < Math.min(common.length(), date.iso().length())
          && common.charAt(i) == date.iso().charAt(i)) {
        i++;
      }
      common = common.substring(0, i);
    }
    common = common.replaceAll("-$", "");
    return common.length() == 4 || common.length() == 7 || common.length() == 10 ? common : null;
  }

  /** "UNSC Resolutions 822 (30 April 1993), 853 (29 July 1993)": a list read as one title. */
  static boolean isResolutionList(String remaining) {
    String text = remaining.replace(Consumable.GAP, ' ');
    if (!Patterns.found(Patterns.RESOLUTION, text)) {
      return false;
    }
    long fullDates = Dates.find(text).stream().filter(d -> d.iso().length() == 10).count();
    return PLURAL_RESOLUTIONS.matcher(text).find() || fullDates >= 2;
  }

  private static String resolutionTitle(String remaining) {
    String title = remaining.replace(Consumable.GAP, ' ').replaceAll("\\s+", " ").strip();
    return title.replaceAll("[.,;:\\s]+$", "");
  }
}
