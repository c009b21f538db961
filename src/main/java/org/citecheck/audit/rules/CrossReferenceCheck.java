package org.citecheck.audit.rules;

import java.util.Set;
import org.citecheck.audit.AuditContext;
import org.citecheck.audit.Cited;
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
  enum Problem { NONE, MISMATCH, AMBIGUOUS, MISSING_TARGET, FORWARD }

  /** The verdict on one cross-reference, with the message and fix for people. */
  record Outcome(Problem problem, String message, String fix) {
    static final Outcome NONE = new Outcome(Problem.NONE, null, null);
  }

  private CrossReferenceCheck() {}

  static Outcome of(Cited cited, AuditContext context) {
    return switch (cited.source().crossRef()) {
      case "ibid" -> ibid(cited, context);
      case "op-cit" -> cited.source().ambiguous()
          ? new Outcome(Problem.MISSING_TARGET, "\"op. cit.\" names no earlier source by "
              + String.join(", ", cited.source().authors()) + ".",
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
      return new Outcome(Problem.MISSING_TARGET, "\"Ibid.\" opens the first note: there is no earlier source.",
          "Cite the source in full here.");
    }
    if (previous.sources().isEmpty()) {
      return new Outcome(Problem.MISSING_TARGET,
          "\"Ibid.\" follows note " + previous.number() + ", which cites no source.",
          "Replace \"Ibid.\" with the source in full, or a short form naming the note that cites it.");
    }
    return new Outcome(Problem.AMBIGUOUS,
        "\"Ibid.\" follows note " + previous.number() + ", which cites " + previous.sources().size()
            + " sources: it cannot be told which one is meant.",
        "Replace \"Ibid.\" with a short form of the source meant (author, short title, cited above (note "
            + previous.number() + ")).");
  }

  private static Outcome citedAbove(Cited cited, AuditContext context) {
    Source source = cited.source();
    Integer target = source.seeNote();
    Set<String> named = Words.named(source);
    if (target == null) {
      return new Outcome(Problem.AMBIGUOUS, "\"cited above\" does not say in which note.",
          suggestion(cited, context, named, "Add the note number: cited above (note N)."));
    }
    Note note = context.note(target);
    if (note == null) {
      return new Outcome(Problem.MISSING_TARGET, "Refers to note " + target + ", but there is no note " + target + ".",
          suggestion(cited, context, named, "Correct the note number."));
    }
    if (target >= cited.number()) {
      String message = target == cited.number() ? "Refers to its own note (" + target + ") as \"cited above\"."
          : "Refers to note " + target + " as \"cited above\", but note " + target + " comes later.";
      return new Outcome(Problem.FORWARD, message, suggestion(cited, context, named,
          "Cite the source in full here, and refer back to this note from note " + target + "."));
    }
    if (named.isEmpty()) {
      return Outcome.NONE;
    }
    if (note.sources().isEmpty()) {
      return new Outcome(Problem.MISMATCH, "Refers to note " + target + " for " + Describe.source(source)
          + ", but note " + target + " cites no source.", suggestion(cited, context, named, "Correct the note number."));
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
    if (best == 0) {
      return new Outcome(Problem.MISMATCH, "Refers to note " + target + " for " + Describe.source(source)
          + ", but no author or title in note " + target + " matches it (it cites " + Describe.sources(note) + ").",
          suggestion(cited, context, named, "Correct the note number, or the short form."));
    }
    if (matches > 1) {
      return new Outcome(Problem.AMBIGUOUS, "Refers to note " + target + ", where " + matches
          + " sources match " + Describe.source(source) + " equally well.",
          "Name the source in the short form (author and title words) so that it fits one source of note "
              + target + ".");
    }
    return Outcome.NONE;
  }

  private static Set<String> words(Source source) {
    return source.crossRef() == null ? Words.known(source) : Words.named(source);
  }

  /** "It seems to be note M: write (note M)." when an earlier note clearly cites what is named. */
  private static String suggestion(Cited cited, AuditContext context, Set<String> named, String otherwise) {
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
    return best == null ? otherwise
        : "Note " + best.number() + " cites " + Describe.source(best.source()) + " in full: refer to note "
            + best.number() + ".";
  }
}
