package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a note's clean text into the sources it cites and its commentary. A note cites several
 * sources separated by ";", by "See also", or one after another, each usually ending with its URL;
 * sentences that read as prose are commentary, and a citation in brackets inside commentary
 * ("(Thomas de Waal, Black Garden, ..., 2003)") is a source of its own.
 */
public final class SourceSplitter {

  /** A stretch of the clean text: a source to parse, or commentary. */
  public record Segment(int start, int end, boolean source) {}

  private static final Pattern AFTER_URL_FIELD =
      Pattern.compile(
          "(?iu)^\\s*[(\\[]?\\s*(accessed|retrieved|viewed|visited|last|archived|consulted|abgerufen|zugriff|consulté)\\b");

  private static final Pattern SEE_ALSO =
      Pattern.compile("(?u)(?<=[.;] )(?:[Ss]ee also|Also see|Cf\\.|Compare|Vgl\\. auch)\\b");

  private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{3,400})\\)");

  /**
   * "Smith, J., & Doe, K. (2020)" or "World Bank. (2021, March 4)": author-date styles run over
   * several sentences.
   */
  private static final Pattern AUTHOR_DATE_START =
      Pattern.compile(
          "^[^()\"“]{2,200}\\(\\s*(?:(?:1[5-9]|20)\\d\\d[a-z]?|n\\.\\s?d\\.)[^)]{0,40}\\)");

  /** A sentence that only gives where a citation is found: it belongs to the citation before it. */
  private static final Pattern LOCATION_LEAD =
      Pattern.compile(
          "(?iu)^(available|accessible|retrieved|online|url|link|doi|abrufbar|verfügbar|disponible)\\b");

  private static final Pattern NEW_CITATION_START =
      Pattern.compile("^(?:[\"“«„]|\\p{Lu}[\\p{L}'’\\-]+(?:,|\\s+\\p{Lu}))");

  private SourceSplitter() {}

  public static List<Segment> split(CleanText clean) {
    String text = clean.text();
    List<Quotes.Span> quotes = Quotes.find(text);
    List<Segment> segments = new ArrayList<>();
    for (int[] chunk : chunks(clean, quotes)) {
      splitChunk(clean, quotes, chunk[0], chunk[1], segments);
    }
    return oneUrlEach(clean, segments);
  }

  /** What joins two URLs printed one after the other: "and", "or", a comma, nothing. */
  private static final Pattern URL_GLUE =
      Pattern.compile("(?iu)^[\\s,;/]*(?:(?:and|or|und|oder|et|ou|e|y|o|&)\\b)?[\\s,;:]*");

  /**
   * Every URL becomes its own source: a source that holds several ("Tooling includes
   * https://github.com/org/one and https://github.com/org/two") is cut after each URL but the last,
   * and the joining words between them are dropped.
   */
  private static List<Segment> oneUrlEach(CleanText clean, List<Segment> segments) {
    List<Segment> out = new ArrayList<>(segments.size());
    String text = clean.text();
    for (Segment segment : segments) {
      List<CleanText.Span> urls =
          segment.source() ? clean.urlsIn(segment.start(), segment.end()) : List.of();
      if (urls.size() < 2) {
        out.add(segment);
        continue;
      }
      int start = segment.start();
      for (int i = 0; i < urls.size() - 1; i++) {
        int cut = urls.get(i).end();
        out.add(new Segment(start, cut, true));
        Matcher glue = URL_GLUE.matcher(text.substring(cut, urls.get(i + 1).start()));
        start = glue.lookingAt() ? cut + glue.end() : cut;
      }
      out.add(new Segment(start, segment.end(), true));
    }
    return out;
  }

  /**
   * Stretches between ";" (top level), "See also", and the end of a sentence that ends with a URL.
   */
  private static List<int[]> chunks(CleanText clean, List<Quotes.Span> quotes) {
    String text = clean.text();
    List<Integer> cuts = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0 && !clean.insideUrl(i) && !Quotes.inside(quotes, i)) {
        cuts.add(i + 1);
      }
    }
    for (CleanText.Span url : clean.urls()) {
      int cut = sentenceEndAfterUrl(text, url.end());
      if (cut > 0) {
        cuts.add(cut);
      }
    }
    Matcher seeAlso = SEE_ALSO.matcher(text);
    while (seeAlso.find()) {
      cuts.add(seeAlso.start());
    }
    cuts.sort(Integer::compare);
    List<int[]> chunks = new ArrayList<>();
    int start = 0;
    for (int cut : cuts) {
      if (cut > start) {
        chunks.add(new int[] {start, cut});
        start = cut;
      }
    }
    if (start < text.length()) {
      chunks.add(new int[] {start, text.length()});
    }
    return mergeAuthorOnly(text, chunks);
  }

  /** A URL that ends a sentence ends its citation, unless an access date or the like follows. */
  private static int sentenceEndAfterUrl(String text, int end) {
    int i = end;
    while (i < text.length() && ")>]".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i >= text.length()) {
      return -1;
    }
    if (".;".indexOf(text.charAt(i)) < 0) {
      return -1;
    }
    String rest = text.substring(i + 1);
    if (rest.isBlank() || AFTER_URL_FIELD.matcher(rest).find()) {
      return -1;
    }
    return i + 1;
  }

  /** "Smith, J.; Doe, K. (2020) ..." is one citation: a chunk of names only rejoins the next. */
  private static List<int[]> mergeAuthorOnly(String text, List<int[]> chunks) {
    List<int[]> merged = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      int[] chunk = chunks.get(i);
      String body = stripEnd(text.substring(chunk[0], chunk[1]).strip(), ";");
      if (i + 1 < chunks.size()
          && !body.isEmpty()
          && Names.isAuthorList(body)
          && clean(text, chunk).isEmpty()) {
        chunks.get(i + 1)[0] = chunk[0];
        continue;
      }
      merged.add(chunk);
    }
    return merged;
  }

  /** The text without one trailing character from {@code chars}. */
  private static String stripEnd(String text, String chars) {
    return !text.isEmpty() && chars.indexOf(text.charAt(text.length() - 1)) >= 0
        ? text.substring(0, text.length() - 1)
        : text;
  }

  /** The URLs are not known here; a chunk of names only has no "://". */
  private static String clean(String text, int[] chunk) {
    return text.substring(chunk[0], chunk[1]).contains("://") ? "url" : "";
  }

  private static void splitChunk(
      CleanText clean, List<Quotes.Span> quotes, int from, int to, List<Segment> out) {
    String text = clean.text();
    List<int[]> sentences = Sentences.split(text, from, to, clean, quotes);
    // Each sentence is scored once: deciding where a citation starts and ends asks about the
    // same sentences several times.
    int[] scores = new int[sentences.size()];
    for (int k = 0; k < scores.length; k++) {
      scores[k] = score(clean, sentences.get(k));
    }
    int i = 0;
    while (i < sentences.size()) {
      int[] sentence = sentences.get(i);
      if (!opensCitation(clean, sentences, scores, i)) {
        commentary(clean, sentence, out);
        i++;
        continue;
      }
      int j = i + 1;
      boolean complete = complete(clean, sentence);
      boolean hasUrl = hasUrl(clean, sentence);
      boolean open = needsMore(clean, sentence);
      while (j < sentences.size()) {
        int[] next = sentences.get(j);
        String nextText = text.substring(next[0], next[1]);
        boolean afterUrl =
            AFTER_URL_FIELD.matcher(nextText).find() || LOCATION_LEAD.matcher(nextText).find();
        if (hasUrl && !afterUrl) {
          break;
        }
        boolean nextHasUrl = hasUrl(clean, next);
        if (!nextHasUrl && CitationScore.proseness(nextText) >= 2) {
          break;
        }
        if (!open && !nextHasUrl && !afterUrl) {
          break;
        }
        if (complete
            && scores[j] >= CitationScore.THRESHOLD
            && NEW_CITATION_START.matcher(nextText).find()) {
          break;
        }
        complete |= complete(clean, next);
        hasUrl |= nextHasUrl;
        j++;
      }
      int start = withoutSignal(text, sentence[0], sentences.get(j - 1)[1]);
      if (start > sentence[0]) {
        out.add(new Segment(sentence[0], start, false));
      }
      out.add(new Segment(start, sentences.get(j - 1)[1], true));
      i = j;
    }
  }

  private static boolean opensCitation(
      CleanText clean, List<int[]> sentences, int[] scores, int i) {
    int[] sentence = sentences.get(i);
    if (scores[i] >= CitationScore.THRESHOLD) {
      return true;
    }
    String text = stripEnd(clean.text().substring(sentence[0], sentence[1]), ".,");
    boolean hasNext = i + 1 < sentences.size();
    if (Names.isAuthorList(text) && hasNext) {
      int[] next = sentences.get(i + 1);
      boolean titleNext =
          quoteOnly(clean, next)
              && i + 2 < sentences.size()
              && scores[i + 2] >= CitationScore.THRESHOLD;
      return titleNext || scores[i + 1] >= CitationScore.THRESHOLD - 1;
    }
    if (quoteOnly(clean, sentence) && hasNext) {
      int[] next = sentences.get(i + 1);
      String nextText = clean.text().substring(next[0], next[1]);
      boolean attribution =
          nextText.indexOf(',') > 0 && Names.isPerson(nextText.substring(0, nextText.indexOf(',')));
      return !attribution && scores[i + 1] >= CitationScore.THRESHOLD;
    }
    return false;
  }

  /** A sentence that is nothing but a quotation: an MLA title, or a quoted remark. */
  private static boolean quoteOnly(CleanText clean, int[] sentence) {
    String text = clean.text().substring(sentence[0], sentence[1]).strip();
    return text.length() > 2
        && "\"“«„".indexOf(text.charAt(0)) >= 0
        && "\"”»“".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /**
   * A sentence's citation score, not counting a full citation in brackets inside it (that one is a
   * source of its own); Chicago's "(Place: Publisher, Year)" after a title does count.
   */
  private static int score(CleanText clean, int[] sentence) {
    String text = clean.text().substring(sentence[0], sentence[1]);
    Matcher group = BRACKETED.matcher(text);
    StringBuilder outside = new StringBuilder();
    int pos = 0;
    while (group.find()) {
      String inside = group.group(1);
      boolean citation =
          inside.chars().filter(c -> c == ',').count() >= 2
              && CitationScore.score(inside, inside.contains("://")) >= CitationScore.THRESHOLD
              && !Patterns.PUBLICATION_FACTS.matcher(group.group()).matches();
      if (citation) {
        outside.append(text, pos, group.start());
        pos = group.end();
      }
    }
    outside.append(text.substring(pos));
    return CitationScore.score(outside.toString(), hasUrl(clean, sentence));
  }

  /** Whether a citation's first sentence leaves its title or container to the next sentences. */
  private static boolean needsMore(CleanText clean, int[] sentence) {
    String text = clean.text().substring(sentence[0], sentence[1]).strip();
    String bare = stripEnd(text, ".,");
    return Names.isAuthorList(bare)
        || quoteOnly(clean, sentence)
        || AUTHOR_DATE_START.matcher(text).find();
  }

  private static boolean complete(CleanText clean, int[] sentence) {
    return hasUrl(clean, sentence)
        || Dates.first(clean.text().substring(sentence[0], sentence[1])) != null;
  }

  private static boolean hasUrl(CleanText clean, int[] sentence) {
    return !clean.urlsIn(sentence[0], sentence[1]).isEmpty();
  }

  /** Where a citation starts in {@code text} after a signal phrase ("See, e.g.,"), or 0. */
  static int afterSignal(String text) {
    return withoutSignal(text, 0, text.length());
  }

  private static int withoutSignal(String text, int start, int end) {
    Matcher signal = Patterns.SIGNAL.matcher(text.substring(start, end));
    return signal.lookingAt() && signal.end() < end - start ? start + signal.end() : start;
  }

  /** Commentary, except a citation in brackets inside it, which is a source of its own. */
  private static void commentary(CleanText clean, int[] sentence, List<Segment> out) {
    String text = clean.text();
    int pos = sentence[0];
    int depth = 0;
    int open = -1;
    for (int i = sentence[0]; i < sentence[1]; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        if (depth++ == 0) {
          open = i;
        }
      } else if (c == ')' && depth > 0 && --depth == 0) {
        String inside = text.substring(open + 1, i);
        boolean fields = inside.chars().filter(ch -> ch == ',').count() >= 2;
        if (fields
            && CitationScore.score(inside, !clean.urlsIn(open + 1, i).isEmpty())
                >= CitationScore.THRESHOLD) {
          if (open > pos) {
            out.add(new Segment(pos, open, false));
          }
          out.add(new Segment(open + 1, i, true));
          pos = i + 1;
        }
      }
    }
    if (sentence[1] > pos) {
      out.add(new Segment(pos, sentence[1], false));
    }
  }
}
