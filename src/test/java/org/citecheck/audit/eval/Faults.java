package org.citecheck.audit.eval;

import static org.citecheck.audit.eval.Vocabulary.pick;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.citecheck.audit.eval.ReportModel.Full;
import org.citecheck.audit.eval.ReportModel.Ibid;
import org.citecheck.audit.eval.ReportModel.Item;
import org.citecheck.audit.eval.ReportModel.Note;
import org.citecheck.audit.eval.ReportModel.Piece;
import org.citecheck.audit.eval.ReportModel.Precision;
import org.citecheck.audit.eval.ReportModel.ShortForm;
import org.citecheck.audit.eval.ReportModel.Source;

/**
 * The faults an editor must fix, injected into a clean report model at random notes, each with the
 * findings it should cause. Faults keep two notes apart so that they do not touch each other, and
 * refuse a note where they would cause a second fault the expectations do not name (a note that an
 * "Ibid." follows does not get a second source).
 */
final class Faults {

  /** A finding the audit should make: its rule, and the note numbers any of which it may name. */
  record Expected(String rule, Set<Integer> notes, Fault fault) {}

  /** The faults. */
  enum Fault {
    MARKER_MISSING,
    MARKER_ORPHAN,
    MARKER_REPEATED,
    MARKER_ORDER,
    NOTE_MISSING,
    NOTE_DUPLICATE,
    NOTE_ORDER,
    DATE_AFTER,
    XREF_FORWARD,
    XREF_MISSING,
    XREF_MISMATCH,
    DUPLICATE_FULL,
    URL_TRACKING
  }

  private static final int TRIES = 40;

  private final Random random;
  private final ReportModel model;
  private final ReportGenerator generator;
  private final Set<Integer> taken = new HashSet<>();

  Faults(Random random, ReportModel model, ReportGenerator generator) {
    this.random = random;
    this.model = model;
    this.generator = generator;
  }

  /** Injects the fault; returns what it should cause, or an empty list when it found no place. */
  List<Expected> inject(Fault fault) {
    for (int attempt = 0; attempt < TRIES; attempt++) {
      List<Expected> expected = tryInject(fault);
      if (expected != null) {
        return expected;
      }
    }
    return List.of();
  }

  private List<Expected> tryInject(Fault fault) {
    int last = model.notes.get(model.notes.size() - 1).printed;
    int k = 2 + random.nextInt(Math.max(1, last - 3));
    return switch (fault) {
      case MARKER_MISSING ->
          free(k, 0, 0) && remove(k) ? List.of(expect("marker.missing", fault, k)) : null;
      case MARKER_ORPHAN -> orphan(last, fault);
      case MARKER_REPEATED ->
          free(k, 0, 0) && repeat(k) ? List.of(expect("marker.repeated", fault, k)) : null;
      case MARKER_ORDER ->
          free(k, 0, 1) && swapMarkers(k) ? List.of(expect("marker.order", fault, k, k + 1)) : null;
      case NOTE_MISSING ->
          free(k, 0, 1) && untargeted(k) && !ibid(k + 1) && model.notes.remove(model.note(k))
              ? List.of(expect("numbering.gap", fault, k), expect("marker.orphan", fault, k))
              : null;
      case NOTE_DUPLICATE -> duplicate(k, fault);
      case NOTE_ORDER -> noteOrder(k, fault);
      case DATE_AFTER -> dateAfter(k, fault);
      case XREF_FORWARD -> forward(k, last, fault);
      case XREF_MISSING ->
          addable(k) && sourceBefore(k) != null
              ? added(
                  k,
                  ReportGenerator.shortForm(
                      sourceBefore(k),
                      last + 2 + random.nextInt(30),
                      pick(random, ReportGenerator.BACK_WORDINGS)),
                  "xref.missing-target",
                  fault)
              : null;
      case XREF_MISMATCH -> mismatch(k, fault);
      case DUPLICATE_FULL -> duplicateFull(k, fault);
      case URL_TRACKING -> tracking(k, fault);
    };
  }

  /** True when notes k - 2 .. k + 2 + extra are untouched and exist; marks k .. k + extra taken. */
  private boolean free(int k, int before, int extra) {
    for (int n = k - 2 - before; n <= k + 2 + extra; n++) {
      if (taken.contains(n)) {
        return false;
      }
    }
    for (int n = k; n <= k + extra; n++) {
      if (model.note(n) == null) {
        return false;
      }
    }
    for (int n = k; n <= k + extra; n++) {
      taken.add(n);
    }
    return true;
  }

  private boolean remove(int k) {
    Piece anchor = model.anchorOf(k);
    return anchor != null && anchor.markers.remove(Integer.valueOf(k));
  }

  /** Adds marker k at a free place at least two anchors after its own. */
  private boolean repeat(int k) {
    List<Piece> anchors = model.anchors();
    int at = anchors.indexOf(model.anchorOf(k));
    List<Piece> later = new ArrayList<>();
    for (int i = at + 2; i < anchors.size(); i++) {
      if (anchors.get(i).markers.isEmpty() && !anchors.get(i).text.endsWith(":")) {
        later.add(anchors.get(i));
      }
    }
    if (at < 0 || later.isEmpty()) {
      return false;
    }
    later.get(random.nextInt(Math.min(later.size(), 40))).markers.add(k);
    return true;
  }

  private boolean swapMarkers(int k) {
    Piece first = model.anchorOf(k);
    Piece second = model.anchorOf(k + 1);
    if (first == null || second == null || first == second) {
      return false;
    }
    first.markers.set(first.markers.indexOf(k), k + 1);
    second.markers.set(second.markers.indexOf(k + 1), k);
    return true;
  }

  /** A marker past the last note: one added after the last marker, or the last note taken away. */
  private List<Expected> orphan(int last, Fault fault) {
    if (!free(last, 0, 0)) {
      return null;
    }
    if (random.nextBoolean() && untargeted(last) && model.notes.size() > 5) {
      model.notes.remove(model.notes.size() - 1);
      return List.of(expect("marker.orphan", fault, last));
    }
    List<Piece> anchors = model.anchors();
    int at = anchors.indexOf(model.anchorOf(last));
    for (int i = at + 1; at >= 0 && i < anchors.size(); i++) {
      if (anchors.get(i).markers.isEmpty()
          && !(i == anchors.size() - 1 && anchors.get(i).text.length() < 30)) {
        anchors.get(i).markers.add(last + 1);
        return List.of(expect("marker.orphan", fault, last + 1));
      }
    }
    return null;
  }

  /** A second note printed k: inserted after note k, or note k + 1 printed as k. */
  private List<Expected> duplicate(int k, Fault fault) {
    if (!free(k, 0, 1) || ibid(k + 1) || ibid(k + 2)) {
      return null;
    }
    if (random.nextBoolean()) {
      Note extra = new Note(k);
      extra.items.add(new Full(null, generator.source()));
      model.notes.add(model.notes.indexOf(model.note(k)) + 1, extra);
      return List.of(expect("numbering.duplicate", fault, k));
    }
    if (!untargeted(k + 1)) {
      return null;
    }
    model.note(k + 1).printed = k;
    return List.of(
        expect("numbering.duplicate", fault, k),
        expect("numbering.gap", fault, k + 1),
        expect("marker.orphan", fault, k + 1));
  }

  /** Notes k and k + 1 printed in each other's place. */
  private List<Expected> noteOrder(int k, Fault fault) {
    if (!free(k, 0, 1) || ibid(k) || ibid(k + 1) || ibid(k + 2)) {
      return null;
    }
    int at = model.notes.indexOf(model.note(k));
    Note note = model.notes.remove(at);
    model.notes.add(at + 1, note);
    return List.of(expect("numbering.order", fault, k));
  }

  /** A source of note k dated after the document, at the precision of both. */
  private List<Expected> dateAfter(int k, Fault fault) {
    Precision precision = model.datePrecision();
    Source source = model.note(k) == null ? null : model.note(k).firstFull();
    if (precision == null || source == null || !free(k, 0, 0)) {
      return null;
    }
    LocalDate end =
        switch (precision) {
          case YEAR -> LocalDate.of(model.date.getYear(), 12, 31);
          case MONTH -> YearMonth.from(model.date).atEndOfMonth();
          case DAY -> model.date;
        };
    LocalDate later = end.plusDays(1 + random.nextInt(700));
    if (source.precision == Precision.YEAR && later.getYear() == end.getYear()) {
      later = LocalDate.of(end.getYear() + 1, 1 + random.nextInt(12), 1);
    } else if (source.precision == Precision.MONTH
        && YearMonth.from(later).equals(YearMonth.from(end))) {
      later = later.plusMonths(1).withDayOfMonth(1);
    }
    source.date = later;
    if (source.accessed != null) {
      source.accessed = later.plusDays(random.nextInt(30));
    }
    return List.of(expect("date.after-document", fault, k));
  }

  /** "cited above" for a later note, or "below" for an earlier one. */
  private List<Expected> forward(int k, int last, Fault fault) {
    if (!addable(k)) {
      return null;
    }
    if (random.nextBoolean()) {
      for (int m = k + 2 + random.nextInt(10); m <= last; m++) {
        Note target = model.note(m);
        if (target != null && target.firstFull() != null && !taken.contains(m)) {
          return added(
              k,
              ReportGenerator.shortForm(
                  target.firstFull(), m, pick(random, ReportGenerator.BACK_WORDINGS)),
              "xref.forward",
              fault);
        }
      }
      return null;
    }
    Source earlier = sourceBefore(k);
    if (earlier == null) {
      return null;
    }
    int m = notesOf(earlier);
    return added(
        k,
        ReportGenerator.shortForm(
            earlier,
            m,
            pick(random, List.of("see note N below", "infra note N", "discussed below (note N)"))),
        "xref.forward",
        fault);
  }

  /** A short form naming a work that the note it points to does not cite. */
  private List<Expected> mismatch(int k, Fault fault) {
    Source earlier = sourceBefore(k);
    if (!addable(k) || earlier == null) {
      return null;
    }
    Source other = generator.source();
    Set<String> words = words(earlier);
    if (!java.util.Collections.disjoint(words, words(other))) {
      return null;
    }
    ShortForm wrong =
        ReportGenerator.shortForm(
            other, notesOf(earlier), pick(random, ReportGenerator.BACK_WORDINGS));
    return added(k, wrong, "xref.mismatch", fault);
  }

  private List<Expected> duplicateFull(int k, Fault fault) {
    Source earlier = sourceBefore(k);
    if (!addable(k) || earlier == null || earlier.url == null && earlier.container == null) {
      return null;
    }
    model.note(k).items.add(new Full(null, earlier.copy()));
    return List.of(expect("duplicate.full-citation", fault, k));
  }

  private List<Expected> tracking(int k, Fault fault) {
    Note note = model.note(k);
    Source source = note == null ? null : note.firstFull();
    if (source == null || source.url == null || source.url.contains("doi.org") || !free(k, 0, 0)) {
      return null;
    }
    source.url +=
        pick(
            random,
            List.of(
                "?utm_source=twitter&utm_medium=social",
                "?fbclid=IwAR0" + token(),
                "?utm_campaign=newsletter",
                "?gclid=Cj0" + token(),
                "?mc_cid=" + token() + "&mc_eid=" + token()));
    return List.of(expect("url.tracking", fault, k));
  }

  private List<Expected> added(int k, Item item, String rule, Fault fault) {
    model.note(k).items.add(item);
    return List.of(expect(rule, fault, k));
  }

  /** True when an item can be added to note k: it is free and no "Ibid." follows it. */
  private boolean addable(int k) {
    return model.note(k) != null && !ibid(k + 1) && free(k, 0, 0);
  }

  /**
   * A source cited in full in a note before k, at least two notes back, untouched by other faults.
   */
  private Source sourceBefore(int k) {
    List<Source> sources = new ArrayList<>();
    for (Note note : model.notes) {
      if (note.printed < k - 1 && !taken.contains(note.printed)) {
        for (Item item : note.items) {
          if (item instanceof Full full) {
            sources.add(full.source());
          }
        }
      }
    }
    return sources.isEmpty() ? null : sources.get(random.nextInt(sources.size()));
  }

  private int notesOf(Source source) {
    for (Note note : model.notes) {
      for (Item item : note.items) {
        if (item instanceof Full full && full.source() == source) {
          return note.printed;
        }
      }
    }
    throw new IllegalStateException("source not in any note");
  }

  private boolean ibid(int number) {
    Note note = model.note(number);
    return note != null && note.items.stream().anyMatch(i -> i instanceof Ibid);
  }

  /** True when no short form points to note n. */
  private boolean untargeted(int n) {
    for (Note note : model.notes) {
      for (Item item : note.items) {
        if (item instanceof ShortForm shortForm && shortForm.note() == n) {
          return false;
        }
      }
    }
    return true;
  }

  private static Set<String> words(Source source) {
    Set<String> words = new HashSet<>();
    String text =
        String.join(" ", source.authors)
            + " "
            + source.title
            + " "
            + (source.container == null ? "" : source.container);
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() > 3) {
        words.add(word);
      }
    }
    return words;
  }

  private String token() {
    return Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
  }

  private static Expected expect(String rule, Fault fault, Integer... notes) {
    return new Expected(rule, Set.of(notes), fault);
  }
}
