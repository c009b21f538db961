package org.citecheck.references;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.references.fields.FieldModel;
import org.citecheck.references.fields.Label;
import org.citecheck.references.fields.Labelling;
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
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\s*[-–/]\\s*\\d+)?|\\b[IVXLCDM]{1,6}\\b");
  private static final Pattern VOLUME_ISSUE = Pattern.compile("(\\d+)\\s*\\(\\s*([\\d\\-–/]+)\\s*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern IN_PREFIX = Pattern.compile("(?iu)^(?:in|im|dans|en|в)\\s*:?\\s+");
  private static final Pattern EDITOR_WORDS =
      Pattern.compile("(?iu)\\(?\\b(?:eds?|editors?|edited\\s+by|ed\\.\\s*by|hrsg|hg|dir|éd|eds\\.?|red)\\b\\.?\\)?(?:\\s+(?:by|von|par))?");
  private static final Pattern ISBN = Pattern.compile("(?i)(?:97[89][-\\s]?)?\\d[\\d\\-\\s]{7,15}[\\dX]");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final String LEADING = ",.;:([{\"“«„'‘‚<-–—/ ";
  private static final String TRAILING = ",.;:)]}\"”»“'’>-–—/ ";

  private final FieldModel model;

  ModelSourceReader(FieldModel model) {
    this.model = model;
  }

  @Override
  public Source read(String text, List<CleanText.Span> urls) {
    SourceBuilder source = new SourceBuilder();
    Consumable rest = SourceParser.takeMarkedParts(text, urls, source);
    if (source.crossRef != null) {
      return SourceParser.parse(text, urls);
    }
    Labelling labelling = model.label(text);
    Fields fields = new Fields(labelling, rest);
    String authors = fields.first(Label.AUTHOR);
    source.authors = authors == null ? List.of() : Names.split(authors);
    String editors = fields.first(Label.EDITOR);
    if (editors != null) {
      String names = clean(EDITOR_WORDS.matcher(IN_PREFIX.matcher(editors).replaceFirst("")).replaceAll(" "));
      source.editors = names == null ? List.of() : Names.split(names);
    }
    source.title = fields.first(Label.TITLE);
    source.container = withoutIn(fields.first(Label.CONTAINER));
    source.publisher = fields.first(Label.PUBLISHER);
    source.publisherField = source.publisher != null;
    source.place = fields.first(Label.LOCATION);
    source.date = date(fields.first(Label.DATE));
    source.pages = match(PAGE_RANGE, fields.first(Label.PAGES));
    readVolume(fields, source);
    source.edition = fields.first(Label.EDITION);
    source.genre = fields.first(Label.GENRE);
    String isbn = match(ISBN, fields.first(Label.ISBN));
    source.isbn = isbn == null ? null : SPACES.matcher(isbn).replaceAll("");
    if (source.doi == null) {
      String doi = match(DOI, fields.first(Label.DOI));
      source.doi = doi == null ? null : doi.replaceAll("[.,;]+$", "");
    }
    if (source.container == null) {
      source.container = source.publisher;
    }
    source.confidence = Math.round(labelling.confidence() * 1000) / 1000.0;
    source.kind = KindClassifier.classify(source.build(), text);
    return source.build();
  }

  private static void readVolume(Fields fields, SourceBuilder source) {
    String volume = fields.first(Label.VOLUME);
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
        while (j + 1 < tokens.size() && labels.get(j + 1) == label && !rest.taken(tokens.get(j + 1).start())) {
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
      end--;
    }
    // A closing bracket or an abbreviation's full stop that belongs to the value stays.
    if (end < value.length() && value.charAt(end) == ')' && value.substring(start, end).indexOf('(') >= 0
        && count(value.substring(start, end), '(') > count(value.substring(start, end), ')')) {
      end++;
    }
    if (end < value.length() && value.charAt(end) == '.' && end - start >= 2 && isAbbreviation(value, start, end)) {
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

  @Override
  public boolean readsAsOneSource(String text) {
    if (text.length() < 12 || text.length() > 1500 || hasTopLevelSemicolon(text)) {
      return false;
    }
    Labelling labelling = model.label(text);
    long words = 0;
    long note = 0;
    for (int i = 0; i < labelling.tokens().size(); i++) {
      if (labelling.tokens().get(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
        note += labelling.labels().get(i) == Label.NOTE ? 1 : 0;
      }
    }
    boolean once = labelling.runs(Label.AUTHOR).size() <= 1 && labelling.runs(Label.TITLE).size() == 1
        && labelling.runs(Label.CONTAINER).size() <= 1 && labelling.runs(Label.URL).size() <= 1;
    return words >= 4 && note * 7 <= words && once;
  }

  private static boolean hasTopLevelSemicolon(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A citation when the model labels most of its words as fields, among them a title and an
   * author, a container or a publisher: it learnt prose from body text labelled as commentary.
   */
  @Override
  public boolean citesSomething(String text) {
    if (text.length() < 12 || text.length() > 2000) {
      return false;
    }
    Labelling labelling = model.label(text);
    long words = 0;
    long note = 0;
    for (int i = 0; i < labelling.tokens().size(); i++) {
      if (labelling.tokens().get(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
        note += labelling.labels().get(i) == Label.NOTE ? 1 : 0;
      }
    }
    boolean holder = labelling.count(Label.AUTHOR) > 0 || labelling.count(Label.CONTAINER) > 0
        || labelling.count(Label.PUBLISHER) > 0;
    return words >= 4 && note * 4 <= words && labelling.count(Label.TITLE) > 0 && holder
        && labelling.confidence() >= 0.5;
  }
}
