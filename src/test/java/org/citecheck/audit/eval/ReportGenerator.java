package org.citecheck.audit.eval;

import static org.citecheck.audit.eval.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.citecheck.audit.eval.ReportModel.Commentary;
import org.citecheck.audit.eval.ReportModel.DateForm;
import org.citecheck.audit.eval.ReportModel.Full;
import org.citecheck.audit.eval.ReportModel.Heading;
import org.citecheck.audit.eval.ReportModel.Ibid;
import org.citecheck.audit.eval.ReportModel.Kind;
import org.citecheck.audit.eval.ReportModel.Note;
import org.citecheck.audit.eval.ReportModel.Paragraph;
import org.citecheck.audit.eval.ReportModel.Piece;
import org.citecheck.audit.eval.ReportModel.Precision;
import org.citecheck.audit.eval.ReportModel.Sentence;
import org.citecheck.audit.eval.ReportModel.ShortForm;
import org.citecheck.audit.eval.ReportModel.Source;

/**
 * Builds a clean report: every note cited once, in order, by a marker in the body; every source
 * dated no later than the document; cross-references that point back to the note that cites the
 * work; no source cited in full twice. Faults are added afterwards ({@link Faults}).
 */
final class ReportGenerator {

  /** The wordings of a correct pointer back to an earlier note. */
  static final List<String> BACK_WORDINGS =
      List.of("cited above (note N)", "see note N above", "supra note N");

  private final Random random;
  private final Set<String> titles = new HashSet<>();
  private final Set<String> urls = new HashSet<>();
  private ReportModel model;
  private boolean accessDates;

  ReportGenerator(Random random) {
    this.random = random;
  }

  ReportModel generate() {
    model = new ReportModel();
    model.date = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(13 * 365));
    model.dateForm = DateForm.values()[random.nextInt(DateForm.values().length)];
    model.title = uniqueTitle();
    int authors = 1 + random.nextInt(3);
    model.authors = new ArrayList<>();
    for (int i = 0; i < authors; i++) {
      model.authors.add(person());
    }
    model.publisher = pick(random, Vocabulary.PUBLISHERS);
    accessDates = random.nextInt(3) > 0;
    int count = 12 + random.nextInt(49);
    for (int n = 1; n <= count; n++) {
      model.notes.add(note(n));
    }
    body(count);
    return model;
  }

  /** A new full source dated no later than the document. */
  Source source() {
    Source source = new Source();
    source.kind = Kind.values()[random.nextInt(Kind.values().length)];
    source.title = uniqueTitle();
    source.date = model.date.minusDays(random.nextInt(6 * 365));
    switch (source.kind) {
      case NEWS, WEB -> {
        source.authors = random.nextInt(3) == 0 ? List.of() : List.of(person());
        source.container = pick(random, Vocabulary.OUTLETS);
        source.precision = Precision.DAY;
        source.url = url(source);
      }
      case REPORT -> {
        source.authors = List.of(pick(random, Vocabulary.ORGANISATIONS));
        source.precision = random.nextBoolean() ? Precision.MONTH : Precision.YEAR;
        source.url = random.nextInt(10) < 7 ? url(source) : null;
        source.pages = random.nextBoolean() ? Integer.toString(2 + random.nextInt(120)) : null;
      }
      case BOOK -> {
        source.authors = List.of(person());
        source.container = pick(random, Vocabulary.PUBLISHERS);
        source.precision = Precision.YEAR;
        source.pages = random.nextBoolean() ? Integer.toString(2 + random.nextInt(300)) : null;
      }
      case JOURNAL -> {
        source.authors = random.nextBoolean() ? List.of(person()) : List.of(person(), person());
        source.container = pick(random, Vocabulary.JOURNALS);
        source.precision = Precision.YEAR;
        source.url =
            random.nextInt(10) < 3
                ? "https://doi.org/10."
                    + (1000 + random.nextInt(8999))
                    + "/"
                    + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36)
                : null;
      }
    }
    boolean web = source.url != null && !source.url.contains("doi.org");
    if (web && accessDates) {
      LocalDate earliest =
          source.date.isAfter(model.date.minusDays(400)) ? source.date : model.date.minusDays(400);
      source.accessed =
          earliest.plusDays(
              random.nextInt((int) (model.date.toEpochDay() - earliest.toEpochDay()) + 1));
    }
    return source;
  }

  /** The short form of a source cited in full in note {@code note}. */
  static ShortForm shortForm(Source source, int note, String wording) {
    String name = source.authors.isEmpty() ? source.container : surname(source.authors.get(0));
    return new ShortForm(name, shortTitle(source.title), note, wording);
  }

  static String surname(String author) {
    if (Vocabulary.ORGANISATIONS.contains(author)) {
      return author;
    }
    String[] words = author.split(" ");
    return words[words.length - 2].equals("van")
        ? "van " + words[words.length - 1]
        : words[words.length - 1];
  }

  static String shortTitle(String title) {
    String main = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
    String[] words = main.split(" ");
    return String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
  }

  private Note note(int number) {
    Note note = new Note(number);
    Note previous = number > 1 ? model.notes.get(number - 2) : null;
    int roll = random.nextInt(100);
    if (previous != null
        && roll < 8
        && previous.items.size() == 1
        && previous.items.get(0) instanceof Full) {
      note.items.add(
          new Ibid(random.nextBoolean() ? Integer.toString(2 + random.nextInt(90)) : null));
    } else if (number > 3 && roll < 24) {
      int target = 1 + random.nextInt(number - 2);
      Source cited = model.notes.get(target - 1).firstFull();
      if (cited == null) {
        note.items.add(new Full(null, source()));
      } else {
        note.items.add(shortForm(cited, target, pick(random, BACK_WORDINGS)));
      }
    } else if (roll < 28) {
      note.items.add(
          new Commentary("The authors thank " + person() + " for comments on an earlier draft"));
    } else {
      note.items.add(
          new Full(
              roll < 40 ? pick(random, List.of("See, e.g.,", "See", "On this point, see")) : null,
              source()));
      if (random.nextInt(4) == 0) {
        note.items.add(new Full(null, source()));
      }
    }
    return note;
  }

  /** Paragraphs whose marked sentences carry markers 1..count in order, headings between. */
  private void body(int count) {
    Prose prose = new Prose(random, model.date.getYear());
    Piece introduction = new Piece("Introduction");
    model.body.add(new Heading(introduction));
    int next = 1;
    if (random.nextInt(6) == 0) {
      introduction.markers.add(next++);
    }
    int paragraphs = 0;
    while (next <= count) {
      List<Sentence> sentences = new ArrayList<>();
      int size = 3 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        if (next <= count && random.nextInt(100) < 60) {
          Sentence sentence = prose.cited();
          List<Piece> pieces = sentence.pieces();
          boolean middle = pieces.size() > 1 && random.nextInt(4) == 0;
          pieces.get(middle ? 0 : pieces.size() - 1).markers.add(next++);
          if (middle && next <= count && random.nextInt(3) == 0) {
            pieces.get(pieces.size() - 1).markers.add(next++);
          } else if (!middle && next <= count && random.nextInt(30) == 0) {
            pieces.get(pieces.size() - 1).markers.add(next++);
          }
          sentences.add(sentence);
        } else {
          sentences.add(random.nextBoolean() ? prose.plain() : prose.cited());
        }
      }
      model.body.add(new Paragraph(sentences));
      if (++paragraphs % (2 + random.nextInt(3)) == 0) {
        model.body.add(new Heading(new Piece(pick(random, Vocabulary.HEADINGS))));
      }
    }
    List<Sentence> closing = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      closing.add(prose.plain());
    }
    model.body.add(new Paragraph(closing));
  }

  private String uniqueTitle() {
    while (true) {
      String title =
          switch (random.nextInt(4)) {
            case 0 ->
                pick(random, Vocabulary.TITLE_ADJECTIVES)
                    + " "
                    + pick(random, Vocabulary.TITLE_NOUNS)
                    + ": "
                    + pick(random, Vocabulary.TITLE_NOUNS)
                    + " and "
                    + pick(random, Vocabulary.TITLE_NOUNS)
                    + " in "
                    + pick(random, Vocabulary.TITLE_PLACES);
            case 1 ->
                pick(random, Vocabulary.TITLE_NOUNS)
                    + " after the "
                    + pick(random, Vocabulary.TITLE_ADJECTIVES)
                    + " "
                    + pick(random, Vocabulary.TITLE_NOUNS);
            case 2 ->
                "Why "
                    + pick(random, Vocabulary.TITLE_NOUNS)
                    + " Matter for "
                    + pick(random, Vocabulary.TITLE_PLACES);
            default ->
                "The "
                    + pick(random, Vocabulary.TITLE_ADJECTIVES)
                    + " Politics of "
                    + pick(random, Vocabulary.TITLE_NOUNS)
                    + " in "
                    + pick(random, Vocabulary.TITLE_PLACES);
          };
      if (titles.add(shortTitle(title).toLowerCase(Locale.ROOT))) {
        return title;
      }
    }
  }

  private String person() {
    return pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.SURNAMES);
  }

  private String url(Source source) {
    String domain = pick(random, Vocabulary.DOMAINS);
    String slug = shortTitle(source.title).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    while (true) {
      String url =
          "https://"
              + domain
              + "/"
              + source.date.getYear()
              + "/"
              + String.format(Locale.ROOT, "%02d", source.date.getMonthValue())
              + "/"
              + slug
              + "-"
              + (100 + random.nextInt(900))
              + (random.nextInt(5) == 0 ? ".html" : "");
      if (urls.add(url)) {
        return url;
      }
    }
  }
}
