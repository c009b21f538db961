package org.citecheck.audit.eval;

import static org.citecheck.audit.eval.Vocabulary.MONTHS;
import static org.citecheck.audit.eval.Vocabulary.OBJECTS;
import static org.citecheck.audit.eval.Vocabulary.QUOTES;
import static org.citecheck.audit.eval.Vocabulary.SUBJECTS;
import static org.citecheck.audit.eval.Vocabulary.TAILS;
import static org.citecheck.audit.eval.Vocabulary.TITLE_NOUNS;
import static org.citecheck.audit.eval.Vocabulary.VERBS;
import static org.citecheck.audit.eval.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.citecheck.audit.eval.ReportModel.Piece;
import org.citecheck.audit.eval.ReportModel.Sentence;

/**
 * Body sentences, full of the numbers that are not markers: years, decimals, counts, dates,
 * percentages, resolutions, articles, pages, model names, sentences that start with a count. A
 * sentence that may carry a marker ends in a word, a quotation, a year or another number (where a
 * glued marker, "27.12", also reads as a decimal).
 */
final class Prose {

  private final Random random;
  private final int year;

  /**
   * @param year the report's year: the prose's years lie before it
   */
  Prose(Random random, int year) {
    this.random = random;
    this.year = year;
  }

  /**
   * A sentence that may carry a marker at its end, and at its middle when it has a clause or a word
   * the marker may be glued to ("the accord12 after").
   */
  Sentence cited() {
    return switch (random.nextInt(11)) {
      case 9 ->
          sentence(
              subject()
                  + " "
                  + verb()
                  + " "
                  + object()
                  + ": the vote was "
                  + (40 + random.nextInt(100))
                  + " to "
                  + (2 + random.nextInt(38))
                  + ".");
      case 10 ->
          sentence(subject() + " " + verb() + " " + object(), " after the talks had collapsed.");
      case 0 -> sentence(subject() + " " + verb() + " " + object() + " in " + pastYear() + ".");
      case 1 ->
          sentence(
              "In "
                  + month()
                  + " "
                  + pastYear()
                  + ", "
                  + lower(subject())
                  + " "
                  + verb()
                  + " "
                  + object()
                  + ".");
      case 2 ->
          sentence(
              subject() + " " + verb() + " " + object() + ",",
              " which "
                  + lower(subject())
                  + " had "
                  + verb()
                  + " for "
                  + (2 + random.nextInt(30))
                  + " years.");
      case 3 -> sentence("As one official put it, \"" + pick(random, QUOTES) + ".\"");
      case 4 ->
          sentence(subject() + " " + verb() + " " + object() + " " + pick(random, TAILS) + ".");
      case 5 ->
          sentence(
              "By "
                  + (1 + random.nextInt(28))
                  + " "
                  + month()
                  + " "
                  + pastYear()
                  + ", "
                  + lower(subject())
                  + " had "
                  + verb()
                  + " "
                  + object()
                  + ".");
      case 6 ->
          sentence(
              subject()
                  + " invoked Resolution "
                  + (1000 + random.nextInt(1500))
                  + " ("
                  + pastYear()
                  + ") and Article "
                  + (1 + random.nextInt(40))
                  + " of the "
                  + lower(pick(random, TITLE_NOUNS))
                  + " code,",
              " and " + lower(subject()) + " " + verb() + " " + object() + ".");
      case 7 ->
          sentence(
              "The "
                  + ordinal()
                  + " round of talks ("
                  + pastYear()
                  + "–"
                  + pastYear()
                  + ") "
                  + verb()
                  + " "
                  + object()
                  + ".");
      default ->
          sentence(subject() + " " + verb() + " " + object() + ", " + pick(random, TAILS) + ".");
    };
  }

  /** A sentence that carries no marker, often ending in a number. */
  Sentence plain() {
    return switch (random.nextInt(9)) {
      case 8 ->
          sentence(
              (2 + random.nextInt(60))
                  + " members of the "
                  + lower(pick(random, TITLE_NOUNS))
                  + " committee abstained, and "
                  + (2 + random.nextInt(9))
                  + " voted against.");
      case 0 ->
          sentence(
              "The share of "
                  + lower(pick(random, TITLE_NOUNS))
                  + " rose by "
                  + decimal()
                  + " percent between "
                  + pastYear()
                  + " and "
                  + pastYear()
                  + ".");
      case 1 ->
          sentence(
              "Some "
                  + thousands()
                  + " people were displaced, and "
                  + (2 + random.nextInt(9))
                  + " of the "
                  + (12 + random.nextInt(30))
                  + " districts lost power.");
      case 2 ->
          sentence(
              "Growth slowed to "
                  + decimal()
                  + "% in "
                  + pastYear()
                  + " and to "
                  + decimal()
                  + "% a year later.");
      case 3 ->
          sentence(
              "The report (p. "
                  + (2 + random.nextInt(200))
                  + ") put the cost at "
                  + (3 + random.nextInt(900))
                  + " million euros.");
      case 4 ->
          sentence(
              subject()
                  + " "
                  + verb()
                  + " "
                  + object()
                  + ": the vote was "
                  + (40 + random.nextInt(100))
                  + " to "
                  + (2 + random.nextInt(38))
                  + ".");
      case 5 ->
          sentence(
              "Deliveries of F-16 jets, T-72 tanks and "
                  + (5 + random.nextInt(60))
                  + " drones continued through "
                  + pastYear()
                  + ".");
      case 6 ->
          sentence(
              "COVID-19 restrictions cut cross-border traffic by "
                  + (10 + random.nextInt(80))
                  + "%.");
      default ->
          sentence(
              subject()
                  + " met "
                  + (3 + random.nextInt(20))
                  + " times in "
                  + pastYear()
                  + ", more often than in the "
                  + (5 + random.nextInt(20))
                  + " years before.");
    };
  }

  private static Sentence sentence(String... pieces) {
    List<Piece> list = new ArrayList<>();
    for (String piece : pieces) {
      list.add(new Piece(piece));
    }
    return new Sentence(list);
  }

  private String subject() {
    return pick(random, SUBJECTS);
  }

  private String verb() {
    return pick(random, VERBS);
  }

  private String object() {
    return pick(random, OBJECTS);
  }

  private String month() {
    return pick(random, MONTHS);
  }

  private int pastYear() {
    return year - 1 - random.nextInt(25);
  }

  private String decimal() {
    return (1 + random.nextInt(30)) + "." + (1 + random.nextInt(9));
  }

  private String thousands() {
    return (1 + random.nextInt(90))
        + ","
        + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
  }

  private String ordinal() {
    int n = 2 + random.nextInt(18);
    return n + (n == 2 ? "nd" : n == 3 ? "rd" : "th");
  }

  private static String lower(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
