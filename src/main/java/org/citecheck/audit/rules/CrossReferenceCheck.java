package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Cited;
import org.citecheck.references.Note;
import org.citecheck.references.Source;

/**
 * Checks one cross-reference ("cited above (note 12)", "Ibid.", "op. cit.") against the note it
 * points to. The extractor resolved it already; this looks again, because the extractor points a
 * "cited above" to the best source of its note even when nothing in that note matches. The four
 * xref rules each report one {@link Problem}.
 */
final class CrossReferenceCheck {

  /** What can be wrong with a cross-reference. */
  enum Problem {
    NONE,
    MISMATCH,
    AMBIGUOUS,
    MISSING_TARGET,
    FORWARD
  }

  /** The verdict on one cross-reference, with the message and fix for people. */
  record Outcome(Problem problem, String message, String fix) {
    static final Outcome NONE = new Outcome(Problem.NONE, null, null);
  }

  /**
   * A year, a URL or a quoted title: a note whose text has one cites something, even when the
   * parser could not read it as a source, so an "Ibid." after it has a target.
   */
  private static final Pattern CITATION_LIKE =
      Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)|https?://|www\\.|[\"“«].{4,}[\"”»]");

  /**
   * An outcome for a pointer read from a note's text, with the index of the source that holds it,
   * or null.
   */
  record Located(Integer source, Outcome outcome) {}

  private CrossReferenceCheck() {}

  /**
   * The problems of the pointers a note's text writes that the parsed cross-references do not
   * check: every "below" ("see note 3 below" in note 9 points back, not forward), and an "above"
   * the parser did not read as a cross-reference to that note.
   */
  static List<Located> pointers(Note note, AuditContext context) {
    List<Located> problems = new ArrayList<>();
    for (NotePointers.Pointer pointer : NotePointers.in(note.text())) {
      if (!pointer.below() && parsed(note, pointer.note())) {
        continue;
      }
      int target = pointer.note();
      String phrase = note.text().substring(pointer.start(), pointer.end());
      Integer source = sourceOf(note, phrase);
      if (!context.printed(target)) {
        problems.add(
            new Located(
                source,
                new Outcome(
                    Problem.MISSING_TARGET,
                    "Refers to note "
                        + target
                        + " (\""
                        + phrase
                        + "\"), but there is no note "
                        + target
                        + ".",
                    "Correct the note number.")));
      } else if (pointer.below() && target <= note.number()) {
        problems.add(
            new Located(
                source,
                new Outcome(
                    Problem.FORWARD,
                    target == note.number()
                        ? "Refers to its own note ("
                            + target
                            + ") as \"below\" (\""
                            + phrase
                            + "\")."
                        : "Refers to note "
                            + target
                            + " as \"below\" (\""
                            + phrase
                            + "\"), but note "
                            + target
                            + " comes earlier.",
                    "Write \"above\": cited above (note " + target + ").")));
      } else if (!pointer.below() && target >= note.number()) {
        problems.add(
            new Located(
                source,
                new Outcome(
                    Problem.FORWARD,
                    target == note.number()
                        ? "Refers to its own note ("
                            + target
                            + ") as \"above\" (\""
                            + phrase
                            + "\")."
                        : "Refers to note "
                            + target
                            + " as \"above\" (\""
                            + phrase
                            + "\"), but note "
                            + target
                            + " comes later.",
                    "Cite the source in full here, and refer back to this note from note "
                        + target
                        + ".")));
      }
    }
    return problems;
  }

  /**
   * True when the parser read a "cited above" of this note to that target, which {@link #of}
   * checks.
   */
  private static boolean parsed(Note note, int target) {
    for (Source source : note.sources()) {
      if ("cited-above".equals(source.crossRef())
          && Integer.valueOf(target).equals(source.seeNote())
          && !below(source)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the source's own text points "below": it is checked from the text, not as a "cited
   * above".
   */
  private static boolean below(Source source) {
    return NotePointers.in(source.text()).stream().anyMatch(NotePointers.Pointer::below);
  }

  private static Integer sourceOf(Note note, String phrase) {
    for (int i = 0; i < note.sources().size(); i++) {
      String text = note.sources().get(i).text();
      if (text != null && text.contains(phrase)) {
        return i;
      }
    }
    return null;
  }

  static Outcome of(Cited cited, AuditContext context) {
    return switch (cited.source().crossRef()) {
      case "ibid" -> ibid(cited, context);
      case "op-cit" ->
          cited.source().ambiguous()
              ? new Outcome(
                  Problem.MISSING_TARGET,
                  cited.source().authors().isEmpty()
                      ? "\"op. cit.\" names no author, so no earlier source can be told."
                      : "\"op. cit.\" names no earlier source by "
                          + String.join(", ", cited.source().authors())
                          + ".",
                  "Cite the work in full in the first note that uses it, then refer back with its note number.")
              : Outcome.NONE;
      default -> citedAbove(cited, context);
    };
  }

  private static Outcome ibid(Cited cited, AuditContext context) {
    Source source = cited.source();
    if (!source.ambiguous() && (source.seeSource() != null || source.seeNote() != null)) {
      return Outcome.NONE;
    }
    Note previous = context.before(cited.note());
    if (previous == null) {
      return new Outcome(
          Problem.MISSING_TARGET,
          "\"Ibid.\" opens the first note: there is no earlier source.",
          "Cite the source in full here.");
    }
    if (previous.sources().isEmpty() && CITATION_LIKE.matcher(previous.text()).find()) {
      return Outcome.NONE;
    }
    if (previous.sources().isEmpty()) {
      return new Outcome(
          Problem.MISSING_TARGET,
          "\"Ibid.\" follows note " + previous.number() + ", which cites no source.",
          "Replace \"Ibid.\" with the source in full, or a short form naming the note that cites it.");
    }
    return new Outcome(
        Problem.AMBIGUOUS,
        "\"Ibid.\" follows note "
            + previous.number()
            + ", which cites "
            + previous.sources().size()
            + " sources: it cannot be told which one is meant.",
        "Replace \"Ibid.\" with a short form of the source meant (author, short title, cited above (note "
            + previous.number()
            + ")).");
  }

  private static Outcome citedAbove(Cited cited, AuditContext context) {
    Source source = cited.source();
    Integer target = source.seeNote();
    if (below(source)) {
      return Outcome.NONE;
    }
    Set<String> named = Words.named(source);
    if (target == null) {
      return new Outcome(
          Problem.AMBIGUOUS,
          "\"cited above\" does not say in which note.",
          suggestion(cited, context, named, "Add the note number: cited above (note N)."));
    }
    Note note = context.note(target);
    if (note == null && context.printed(target)) {
      return Outcome.NONE;
    }
    if (note == null) {
      return new Outcome(
          Problem.MISSING_TARGET,
          "Refers to note " + target + ", but there is no note " + target + ".",
          suggestion(cited, context, named, "Correct the note number."));
    }
    if (target >= cited.number()) {
      String message =
          target == cited.number()
              ? "Refers to its own note (" + target + ") as \"cited above\"."
              : "Refers to note "
                  + target
                  + " as \"cited above\", but note "
                  + target
                  + " comes later.";
      return new Outcome(
          Problem.FORWARD,
          message,
          suggestion(
              cited,
              context,
              named,
              "Cite the source in full here, and refer back to this note from note "
                  + target
                  + "."));
    }
    if (named.isEmpty()) {
      return Outcome.NONE;
    }
    boolean inText = Words.overlap(named, Words.of(note.text())) > 0;
    if (note.sources().isEmpty() && inText) {
      return Outcome.NONE;
    }
    if (note.sources().isEmpty()) {
      return new Outcome(
          Problem.MISMATCH,
          "Refers to note "
              + target
              + " for "
              + Describe.source(source)
              + ", but note "
              + target
              + " cites no source.",
          suggestion(cited, context, named, "Correct the note number."));
    }
    int best = 0;
    int matches = 0;
    for (Source candidate : note.sources()) {
      int score = Words.overlap(named, words(candidate));
      if (score > best) {
        best = score;
        matches = 1;
      } else if (score == best && score > 0) {
        matches++;
      }
    }
    if (best == 0 && inText) {
      return Outcome.NONE;
    }
    if (best == 0) {
      return new Outcome(
          Problem.MISMATCH,
          "Refers to note "
              + target
              + " for "
              + Describe.source(source)
              + ", but no author or title in note "
              + target
              + " matches it (it cites "
              + Describe.sources(note)
              + ").",
          suggestion(cited, context, named, "Correct the note number, or the short form."));
    }
    if (matches > 1 && oneFitsItsText(note, named, cited.source())) {
      return Outcome.NONE;
    }
    if (matches > 1) {
      return new Outcome(
          Problem.AMBIGUOUS,
          "Refers to note "
              + target
              + ", where "
              + matches
              + " sources match "
              + Describe.source(source)
              + " equally well.",
          "Name the source in the short form (author and title words) so that it fits one source of note "
              + target
              + ".");
    }
    return Outcome.NONE;
  }

  /**
   * True when, of a note's sources, exactly one has the most words of the short form in its whole
   * text: a tie on the parsed fields (an issuing body read as the title of two reports) that the
   * text settles.
   */
  private static boolean oneFitsItsText(Note note, Set<String> named, Source shortForm) {
    Set<String> all = new java.util.HashSet<>(named);
    all.addAll(Words.of(shortForm.text()));
    int best = 0;
    int count = 0;
    for (Source candidate : note.sources()) {
      int score = Words.overlap(all, Words.of(candidate.text()));
      if (score > best) {
        best = score;
        count = 1;
      } else if (score == best) {
        count++;
      }
    }
    return best > 0 && count == 1;
  }

  private static Set<String> words(Source source) {
    return source.crossRef() == null ? Words.known(source) : Words.named(source);
  }

  /** "It seems to be note M: write (note M)." when an earlier note clearly cites what is named. */
  private static String suggestion(
      Cited cited, AuditContext context, Set<String> named, String otherwise) {
    if (named.isEmpty()) {
      return otherwise;
    }
    int needed = named.size() == 1 ? 1 : 2;
    Cited best = null;
    int bestScore = needed - 1;
    for (Cited other : context.cited()) {
      if (other.number() >= cited.number()) {
        break;
      }
      if (other.full()) {
        int score = Words.overlap(named, Words.known(other.source()));
        if (score > bestScore) {
          best = other;
          bestScore = score;
        }
      }
    }
    return best == null
        ? otherwise
        : "Note "
            + best.number()
            + " cites "
            + Describe.source(best.source())
            + " in full: refer to note "
            + best.number()
            + ".";
  }
}
