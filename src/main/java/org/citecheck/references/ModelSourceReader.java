package org.citecheck.references;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.references.fields.FieldModel;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.Labelling;
import org.citecheck.references.fields.Lexicon;
import org.citecheck.references.fields.Token;

/**
 * Reads a source with the trained field model. The parts with unmistakable forms (the repaired
 * URLs, the access date, the translation marker) are taken first as the rules take them; the model
 * labels every token, and each field is the first run of tokens with its label outside those parts.
 * Cross-references ("Ibid.", "Smith, op. cit.") are short forms the model never learnt: the rules
 * read them.
 */
final class ModelSourceReader implements SourceReader {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]|20)\\d\\d(?!\\d)");
  private static final Pattern PAGE_RANGE =
      Pattern.compile("\\p{L}?\\d+\\p{L}?(?:\\s*[-–—]+\\s*\\p{L}?\\d+\\p{L}?)?");
  private static final Pattern NUMBER =
      Pattern.compile("\\d+(?:\\s*[-–/]\\s*\\d+)?|\\b[IVXLCDM]{1,6}\\b");
  private static final Pattern VOLUME_ISSUE =
      Pattern.compile("(\\d+)\\s*\\(\\s*([\\d\\-–/]+)\\s*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SERIES =
      Pattern.compile(
          "(?iu)^(?!vol|bd|band|tome|t\\.|т\\.)\\p{L}{3,}(?:\\s+\\p{L}+)*\\s+(?:no|nr|n°|№|#)");

  /** "Report No. " or "Working Paper Nr " just before a number the model calls a volume. */
  private static final Pattern NUMBERED_BEFORE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])((?:\\p{L}+\\s+)?(\\p{L}{3,})\\s+(?:no|nr|n°|№|#)\\.?)\\s*$");

  private static final Pattern IN_PREFIX = Pattern.compile("(?iu)^(?:in|im|dans|en|в)\\s*:?\\s+");
  private static final Pattern EDITOR_WORDS =
      Pattern.compile(
          "(?iu)\\(?\\b(?:eds?|editors?|edited\\s+by|ed\\.\\s*by|hrsg|hg|dir|éd|eds\\.?|red)\\b\\.?\\)?(?:\\s+(?:by|von|par))?");
  private static final Pattern ISBN =
      Pattern.compile("(?i)(?:97[89][-\\s]?)?\\d[\\d\\-\\s]{7,15}[\\dX]");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final String LEADING = ",.;:([{\"“«„'‘‚<-–—/ ";
  private static final String TRAILING = ",.;:)]}\"”»“'’>-–—/ ";

  private final FieldModel model;

  /**
   * The last labelling on this thread: a note the model reads whole is labelled once to decide so
   * and once to read it, the same text both times.
   */
  private final ThreadLocal<Labelling> last = new ThreadLocal<>();

  ModelSourceReader(FieldModel model) {
    this.model = model;
  }

  @Override
  public Source read(String text, List<CleanText.Span> urls) {
    SourceBuilder source = new SourceBuilder();
    Consumable rest = SourceParser.takeMarkedParts(text, urls, source);
    if (source.crossRef != null || Patterns.found(Patterns.RESOLUTION, text)) {
      // Cross-references and resolutions ("UNSC Resolution 2254 (2015)", numbered lists of them)
      // are forms the rules read whole and the corpora hardly hold.
      return SourceParser.parse(text, urls);
    }
    Labelling labelling = label(text);
    String quoted = quotedTitle(text, labelling, rest);
    Fields fields = new Fields(labelling, rest);
    String authors = fields.first(Label.AUTHOR);
    source.authors = authors == null ? List.of() : Names.split(authors);
    Matcher authorDate = SourceParser.AUTHOR_DATE.matcher(text);
    String day = null;
    if (authorDate.find() && Names.isAuthorList(authorDate.group(1))) {
      // "World Bank. (2021, March 4).": author-date's author and date before the title, as the
      // rules read them.
      if (source.authors.isEmpty()) {
        source.authors = Names.split(authorDate.group(1).replaceAll("[.,\\s]+$", ""));
      }
      day =
          authorDate.group(3) == null
              ? null
              : Dates.first(authorDate.group(3) + " " + authorDate.group(2));
    }
    String editors = fields.first(Label.EDITOR);
    if (editors != null) {
      String names =
          clean(EDITOR_WORDS.matcher(IN_PREFIX.matcher(editors).replaceFirst("")).replaceAll(" "));
      source.editors = names == null ? List.of() : Names.split(names);
    }
    source.title = quoted != null ? quoted : fields.first(Label.TITLE);
    source.container = withoutIn(fields.first(Label.CONTAINER));
    source.publisher = fields.first(Label.PUBLISHER);
    source.publisherField = source.publisher != null;
    String place = fields.first(Label.LOCATION);
    // Places are proper names: "early" in "early 1998" is no place, whatever the model says.
    source.place = place != null && Character.isUpperCase(place.codePointAt(0)) ? place : null;
    source.date = date(fields.first(Label.DATE));
    if (day != null && (source.date == null || day.startsWith(source.date))) {
      source.date = day;
    }
    source.pages = match(PAGE_RANGE, fields.first(Label.PAGES));
    source.edition = fields.first(Label.EDITION);
    source.genre = fields.first(Label.GENRE);
    // After the genre: a series number ("Report No. 264") is the genre where the model gives none.
    readVolume(fields, source);
    String isbn = match(ISBN, fields.first(Label.ISBN));
    source.isbn = isbn == null ? null : SPACES.matcher(isbn).replaceAll("");
    if (source.doi == null) {
      String doi = match(DOI, fields.first(Label.DOI));
      source.doi = doi == null ? null : doi.replaceAll("[.,;]+$", "");
    }
    if (source.title == null
        && source.genre != null
        && !Patterns.SOCIAL.matcher(source.genre).matches()) {
      // "OSCE, Annual Report 2021, ...": a document named by its genre is titled by it.
      source.title = source.genre;
      source.genre = null;
    }
    if (source.url != null
        && source.container == null
        && source.publisher == null
        && source.place != null) {
      // A web source has no place of publication: an outlet after the title is its container.
      source.container = source.place;
      source.place = null;
    }
    Matcher placeYear =
        source.container == null ? null : SourceParser.PLACE_YEAR.matcher(source.container);
    if (placeYear != null
        && placeYear.matches()
        && source.place == null
        && !Names.isOrganisation(placeYear.group(1))) {
      // "Vienna 2022": a place of publication and its year, not a container.
      source.place = placeYear.group(1);
      source.date = source.date == null ? placeYear.group(2) : source.date;
      source.container = null;
    }
    if (source.container == null
        && source.genre != null
        && Patterns.SOCIAL.matcher(source.genre).matches()) {
      // "Facebook post": the platform holds the post, as the rules read it.
      String platform = SourceParser.PLATFORM_SUFFIX.matcher(source.genre).replaceAll("");
      source.container = source.genre.equalsIgnoreCase("tweet") ? "Twitter" : platform;
    }
    if (source.container == null) {
      source.container = source.publisher;
    }
    // The probability of the model's labelling of this source at the fitted temperature; the parts
    // read by rules (URLs, access dates) are not in it.
    source.confidence = Math.round(labelling.confidence() * 1000) / 1000.0;
    source.kind = KindClassifier.classify(source.build(), text);
    return source.build();
  }

  private static void readVolume(Fields fields, SourceBuilder source) {
    String volume = fields.first(Label.VOLUME);
    int at = fields.start(Label.VOLUME);
    Matcher numbered =
        at < 0 ? null : NUMBERED_BEFORE.matcher(fields.labelling().text().substring(0, at));
    if (numbered != null
        && numbered.find()
        && Lexicon.isGenreWord(numbered.group(2))
        && source.genre == null) {
      // "Report No. 264": the model reads the number as a volume, but a document's number after
      // its genre word names it within a series, as the rules read it.
      source.genre = clean(numbered.group(1) + " " + volume);
      volume = null;
    }
    String series =
        volume != null && SERIES.matcher(volume).find() ? volume : fields.first(Label.NOTE);
    if (series != null && SERIES.matcher(series).find() && source.genre == null) {
      // "Report No. 264": a genre word before the number names the document's series.
      source.genre = series;
    }
    String issue = fields.first(Label.ISSUE);
    if (volume != null) {
      Matcher both = VOLUME_ISSUE.matcher(volume);
      if (both.find()) {
        volume = both.group(1);
        issue = issue == null ? both.group(2) : issue;
      }
    }
    source.volume = match(NUMBER, volume);
    source.issue = match(NUMBER, issue);
  }

  /** The first run of each label, outside the parts the rules took, cleaned of its punctuation. */
  private record Fields(Labelling labelling, Consumable rest) {
    /** Where the first run labelled {@code label} starts in the text, or -1. */
    int start(Label label) {
      for (int i = 0; i < labelling.tokens().size(); i++) {
        if (labelling.labels().get(i) == label && !rest.taken(labelling.tokens().get(i).start())) {
          return labelling.tokens().get(i).start();
        }
      }
      return -1;
    }

    String first(Label label) {
      List<Token> tokens = labelling.tokens();
      List<Label> labels = labelling.labels();
      String text = labelling.text();
      int i = 0;
      while (i < tokens.size()) {
        if (labels.get(i) != label || rest.taken(tokens.get(i).start())) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size()
            && labels.get(j + 1) == label
            && !rest.taken(tokens.get(j + 1).start())) {
          j++;
        }
        String value = clean(text.substring(tokens.get(i).start(), tokens.get(j).end()));
        if (value != null) {
          return value;
        }
        i = j + 1;
      }
      return null;
    }
  }

  /**
   * The first quoted span of two or more characters, taken from {@code rest}; or null. Quotes
   * delimit a title whole, whatever dates or places it holds ("..., Moscow, November 12, 2020"),
   * and the rules that read them so are right more often than the model on the endnote styles.
   */
  private static String quotedTitle(String text, Labelling labelling, Consumable rest) {
    for (Quotes.Span quote : Quotes.find(text)) {
      if (rest.taken(quote.open()) || rest.taken(quote.close())) {
        continue;
      }
      String inside =
          SPACES
              .matcher(quote.inside(text).strip().replaceAll("(?<![.])[,.]$", ""))
              .replaceAll(" ")
              .strip();
      if (inside.length() >= 2) {
        rest.take(quote.open(), quote.end());
        return inside;
      }
    }
    return null;
  }

  /** The text without the punctuation around it, its spaces single; null when nothing is left. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String value = SPACES.matcher(text).replaceAll(" ").strip();
    int start = 0;
    int end = value.length();
    while (start < end && LEADING.indexOf(value.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRAILING.indexOf(value.charAt(end - 1)) >= 0) {
      char c = value.charAt(end - 1);
      boolean innerQuote =
          (c == '\'' || c == '’')
              && value.substring(start, end - 1).matches("(?s).*(?<![\\p{L}])['‘].*");
      if (innerQuote) {
        break;
      }
      end--;
    }
    // A closing bracket or an abbreviation's full stop that belongs to the value stays.
    if (end < value.length()
        && value.charAt(end) == ')'
        && value.substring(start, end).indexOf('(') >= 0
        && count(value.substring(start, end), '(') > count(value.substring(start, end), ')')) {
      end++;
    }
    if (end < value.length()
        && value.charAt(end) == '.'
        && end - start >= 2
        && isAbbreviation(value, start, end)) {
      end++;
    }
    String result = value.substring(start, end).strip();
    return result.codePoints().anyMatch(Character::isLetterOrDigit) ? result : null;
  }

  /** "J." or "Ltd." or "U.S.": a short word or an initial before the full stop. */
  private static boolean isAbbreviation(String value, int start, int end) {
    int word = end;
    while (word > start && Character.isLetter(value.charAt(word - 1))) {
      word--;
    }
    int length = end - word;
    return length == 1 || word > start && value.charAt(word - 1) == '.' && length <= 2;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }

  private static String withoutIn(String container) {
    return container == null ? null : clean(IN_PREFIX.matcher(container).replaceFirst(""));
  }

  private static String date(String text) {
    if (text == null) {
      return null;
    }
    String date = Dates.first(text);
    if (date != null) {
      return date;
    }
    Matcher year = YEAR.matcher(text);
    return year.find() ? year.group() : null;
  }

  private static String match(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? SPACES.matcher(m.group()).replaceAll("") : null;
  }

  private Labelling label(String text) {
    Labelling previous = last.get();
    if (previous != null && previous.text().equals(text)) {
      return previous;
    }
    Labelling labelling = model.label(text);
    last.set(labelling);
    return labelling;
  }

  /** The labels that make a reference: two of them in a note and it is more than a remark. */
  private static final java.util.Set<Label> REFERENCE_FIELDS =
      java.util.EnumSet.of(
          Label.AUTHOR,
          Label.EDITOR,
          Label.TITLE,
          Label.CONTAINER,
          Label.PUBLISHER,
          Label.DATE,
          Label.VOLUME,
          Label.PAGES,
          Label.URL,
          Label.DOI);

  /**
   * The model's reading of the whole note: at most a quarter of its words commentary, at least two
   * kinds of reference field, and no field that starts over (a second run of authors, title or
   * container is a second source). A ";" the model reads as part of a field ("Nature 1994;
   * 369:574-577", "Hussain I.; Abu Rizaiza, O.S.") does not separate sources; one between two
   * sources starts a second run of authors or title.
   */
  @Override
  public boolean readsAsOneSource(String text) {
    if (text.length() < 12 || text.length() > 1500) {
      return false;
    }
    Labelling labelling = label(text);
    long words = 0;
    long note = 0;
    java.util.Set<Label> fields = java.util.EnumSet.noneOf(Label.class);
    for (int i = 0; i < labelling.tokens().size(); i++) {
      if (labelling.tokens().get(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
        Label label = labelling.labels().get(i);
        note += label == Label.NOTE ? 1 : 0;
        if (REFERENCE_FIELDS.contains(label)) {
          fields.add(label);
        }
      }
    }
    boolean once =
        labelling.runs(Label.AUTHOR).size() <= 1
            && labelling.runs(Label.TITLE).size() <= 1
            && labelling.runs(Label.CONTAINER).size() <= 1
            && labelling.runs(Label.URL).size() <= 1;
    return words >= 3 && note * 4 <= words && fields.size() >= 2 && once;
  }
}
