package org.citecheck.audit.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated report before it is printed: front matter, body sentences with their note markers,
 * and the notes with what each cites. Faults are injected by editing this model, so that the
 * printed text and the list of faults it holds stay in step.
 */
final class ReportModel {

  /** How precisely a date is printed. */
  enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** How the front matter prints the document's own date. */
  enum DateForm {
    PUBLISHED,
    MONTH_LINE,
    COPYRIGHT,
    FIRST_PUBLISHED,
    DATE_LINE,
    TO_CITE,
    NONE
  }

  /** What a source is, which decides how it is cited. */
  enum Kind {
    NEWS,
    REPORT,
    BOOK,
    JOURNAL,
    WEB
  }

  /** A source cited in full. Mutable so that faults can change its date or URL. */
  static final class Source {
    Kind kind;
    List<String> authors;
    String title;
    String container;
    LocalDate date;
    Precision precision;
    String url;
    LocalDate accessed;
    String pages;

    Source copy() {
      Source copy = new Source();
      copy.kind = kind;
      copy.authors = authors;
      copy.title = title;
      copy.container = container;
      copy.date = date;
      copy.precision = precision;
      copy.url = url;
      copy.accessed = accessed;
      copy.pages = pages;
      return copy;
    }
  }

  /** What a note holds, in order: full sources, short forms, "Ibid." and commentary. */
  sealed interface Item permits Full, ShortForm, Ibid, Commentary {}

  /** A full citation, with an optional lead-in ("See, e.g.,"). */
  record Full(String leadIn, Source source) implements Item {}

  /**
   * A short form pointing to another note: "Surname, "Short Title", cited above (note 4)".
   *
   * @param name the surname or organisation named
   * @param shortTitle the title's first words
   * @param note the note pointed to
   * @param wording how the pointer is written: "cited above (note N)", "see note N above", "supra
   *     note N", "see note N below"
   */
  record ShortForm(String name, String shortTitle, int note, String wording) implements Item {}

  /** "Ibid." with optional pages. */
  record Ibid(String pages) implements Item {}

  /** A remark that cites nothing. */
  record Commentary(String text) implements Item {}

  /** A note as printed: its number (faults may print a wrong one) and its items. */
  static final class Note {
    int printed;
    final List<Item> items = new ArrayList<>();

    Note(int printed) {
      this.printed = printed;
    }

    /** The first full source, or null. */
    Source firstFull() {
      for (Item item : items) {
        if (item instanceof Full full) {
          return full.source();
        }
      }
      return null;
    }
  }

  /** A piece of a sentence, then the markers printed right after it. */
  static final class Piece {
    final String text;
    final List<Integer> markers = new ArrayList<>();

    Piece(String text) {
      this.text = text;
    }
  }

  /** A sentence: pieces whose ends are the places a marker may go. */
  record Sentence(List<Piece> pieces) {}

  /** A heading (a marker may follow it, as "Introduction¹") or a paragraph. */
  sealed interface Block permits Heading, Paragraph {}

  record Heading(Piece text) implements Block {}

  record Paragraph(List<Sentence> sentences) implements Block {}

  String title;
  List<String> authors;
  LocalDate date;
  DateForm dateForm;
  String publisher;
  final List<String> frontMatter = new ArrayList<>();
  final List<Block> body = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();

  /** Every place in the body a marker may go, in text order. */
  List<Piece> anchors() {
    List<Piece> anchors = new ArrayList<>();
    for (Block block : body) {
      if (block instanceof Heading heading) {
        anchors.add(heading.text());
      } else if (block instanceof Paragraph paragraph) {
        for (Sentence sentence : paragraph.sentences()) {
          anchors.addAll(sentence.pieces());
        }
      }
    }
    return anchors;
  }

  /** The anchor that carries the marker of this number (the first), or null. */
  Piece anchorOf(int number) {
    for (Piece piece : anchors()) {
      if (piece.markers.contains(number)) {
        return piece;
      }
    }
    return null;
  }

  /** The note printed with this number (the first), or null. */
  Note note(int printed) {
    for (Note note : notes) {
      if (note.printed == printed) {
        return note;
      }
    }
    return null;
  }

  /**
   * The document's date at the precision its front matter prints it, or null when it prints none.
   */
  Precision datePrecision() {
    return switch (dateForm) {
      case PUBLISHED, DATE_LINE -> Precision.DAY;
      case MONTH_LINE -> Precision.MONTH;
      case COPYRIGHT, FIRST_PUBLISHED, TO_CITE -> Precision.YEAR;
      case NONE -> null;
    };
  }
}
