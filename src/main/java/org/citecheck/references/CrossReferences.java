package org.citecheck.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves cross-references to the source they point at. "cited above (note 12)" names its note;
 * the source in it is the one sharing most words with the short form. "Ibid." is the previous
 * source, resolved only when the previous note holds exactly one (otherwise it is ambiguous). "op.
 * cit." is the latest earlier source by the same author.
 */
final class CrossReferences {

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private CrossReferences() {}

  static List<Note> resolve(List<Note> notes) {
    List<Note> resolved = new ArrayList<>();
    Map<Integer, Note> byNumber = new HashMap<>();
    for (Note note : notes) {
      List<Source> sources = new ArrayList<>();
      for (int s = 0; s < note.sources().size(); s++) {
        Source source = note.sources().get(s);
        sources.add(
            source.crossRef() == null
                ? source
                : resolveOne(source, s, sources, resolved, byNumber));
      }
      Note done = note.withSources(sources);
      resolved.add(done);
      byNumber.put(done.number(), done); // notes numbered again per chapter: the latest one before
    }
    return resolved;
  }

  private static Source resolveOne(
      Source source,
      int index,
      List<Source> sameNote,
      List<Note> earlier,
      Map<Integer, Note> byNumber) {
    switch (source.crossRef()) {
      case "ibid" -> {
        if (index > 0) {
          return pointTo(source, null, index - 1, sameNote.get(index - 1), false);
        }
        if (earlier.isEmpty()) {
          return pointTo(source, null, null, null, true);
        }
        Note previous = earlier.get(earlier.size() - 1);
        if (previous.sources().size() == 1) {
          return pointTo(source, previous.number(), 0, previous.sources().get(0), false);
        }
        return pointTo(source, null, null, null, true);
      }
      case "op-cit" -> {
        return byAuthor(source, earlier);
      }
      default -> {
        if (source.seeNote() == null) {
          return pointTo(source, null, null, null, true);
        }
        Note target = byNumber.get(source.seeNote());
        if (target == null || target.sources().isEmpty()) {
          return source;
        }
        if (target.sources().size() == 1) {
          return pointTo(source, target.number(), 0, target.sources().get(0), false);
        }
        int best = -1;
        int bestScore = 0;
        boolean tie = false;
        for (int i = 0; i < target.sources().size(); i++) {
          int score = overlap(words(shortForm(source)), words(describe(target.sources().get(i))));
          if (score > bestScore) {
            best = i;
            bestScore = score;
            tie = false;
          } else if (score == bestScore && score > 0) {
            tie = true;
          }
        }
        if (best < 0 || tie) {
          return pointTo(source, target.number(), null, null, true);
        }
        return pointTo(source, target.number(), best, target.sources().get(best), false);
      }
    }
  }

  private static Source byAuthor(Source source, List<Note> earlier) {
    Set<String> wanted = words(shortForm(source));
    for (int n = earlier.size() - 1; n >= 0; n--) {
      Note note = earlier.get(n);
      for (int i = note.sources().size() - 1; i >= 0; i--) {
        Source candidate = note.sources().get(i);
        if (candidate.crossRef() == null
            && overlap(wanted, words(String.join(" ", candidate.authors()))) > 0) {
          return pointTo(source, note.number(), i, candidate, false);
        }
      }
    }
    return pointTo(source, null, null, null, true);
  }

  private static Source pointTo(
      Source source, Integer note, Integer index, Source target, boolean ambiguous) {
    SourceKind kind = target == null ? source.kind() : target.kind();
    Integer seeNote = note != null ? note : source.seeNote();
    if (ambiguous && "ibid".equals(source.crossRef())) {
      seeNote = null;
    }
    return source.withPointer(kind, seeNote, index, ambiguous);
  }

  private static String shortForm(Source source) {
    return String.join(" ", source.authors())
        + " "
        + nullToEmpty(source.title())
        + " "
        + nullToEmpty(source.text());
  }

  private static String describe(Source source) {
    return String.join(" ", source.authors())
        + " "
        + nullToEmpty(source.title())
        + " "
        + nullToEmpty(source.container())
        + " "
        + nullToEmpty(source.date());
  }

  /**
   * Content words, with dates reduced to their ISO parts so "12 November 2020" meets "November 12,
   * 2020".
   */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (Dates.Found date : Dates.find(text)) {
      words.add(date.iso());
    }
    for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      boolean number = word.chars().allMatch(Character::isDigit);
      if (word.length() > 3
          && !number
          && !word.equals("cited")
          && !word.equals("above")
          && !word.equals("note")) {
        words.add(word);
      }
    }
    return words;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String word : a) {
      if (b.contains(word)) {
        n += word.indexOf('-') == 4 ? 2 : 1;
      }
    }
    return n;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
