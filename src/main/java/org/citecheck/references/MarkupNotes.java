package org.citecheck.references;

import java.util.List;
import java.util.Locale;
import org.citecheck.CitecheckException;
import org.citecheck.document.DocumentText;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.notes.NotesSection;
import org.citecheck.notes.RawNote;
import org.citecheck.urls.UrlEvidence;

/**
 * Extraction for a document whose markup states its notes (Markdown, DOCX, HTML...): nothing to
 * locate or repair, so each note's text goes straight to the source reader, fields the markup
 * states are taken as stated, and each link's target settles the URL it is set on ({@link
 * MarkupLinks}).
 */
final class MarkupNotes {

  private MarkupNotes() {}

  static ExtractedDocument extract(DocumentText document, SourceReader reader) {
    MarkupDocument markup = document.markup();
    if (markup.notes().isEmpty()) {
      throw CitecheckException.input(
          document.name()
              + ": no notes and no links found in this "
              + markup.format().label()
              + " document");
    }
    // A note's text has no line breaks to undo, so the evidence for undoing them is taken from the
    // notes alone, not from the whole document: on a 50 MB page the whole text took 47 s of 80.
    List<String> lines = markup.notes().stream().map(MarkupNote::text).toList();
    NoteCleaner cleaner = new NoteCleaner(Extraction.hyphenatedWords(lines), UrlEvidence.of(lines));
    List<MarkupNote> marked = markup.notes();
    List<Note> notes =
        java.util.stream.IntStream.range(0, marked.size())
            .parallel()
            .mapToObj(i -> note(marked.get(i), i + 1, cleaner, reader))
            .toList();
    DocumentInfo info =
        new DocumentInfo(markup.title(), List.of(), null, document.name(), null, null, null);
    ReferenceSet references = new ReferenceSet(info, CrossReferences.resolve(notes));
    // Footnotes, as the audit reads them: the numbers are the notes' own, not printed in a section.
    NotesSection section = new NotesSection(-1, 0, 0, true);
    return new ExtractedDocument(document, section, references, markup.body());
  }

  private static Note note(
      MarkupNote marked, int position, NoteCleaner cleaner, SourceReader reader) {
    Integer printed = number(marked.mark());
    int number = printed != null ? printed : position;
    boolean inferred = marked.mark() == null;
    if (marked.fields() != null) {
      Source source = fromFields(marked.fields(), marked.text(), marked.links());
      return new Note(number, inferred, false, marked.line(), marked.text(), null, List.of(source));
    }
    RawNote raw =
        new RawNote(
            number,
            inferred,
            false,
            List.of(new RawNote.Line(marked.line(), marked.text(), false, false)));
    Note note = Extraction.toNote(raw, cleaner, reader);
    return note.withSources(MarkupLinks.settle(note.text(), note.sources(), marked.links()));
  }

  /** The mark as a note number, or null for a symbol ("*", "†") or a letter. */
  private static Integer number(String mark) {
    if (mark == null || mark.isEmpty() || mark.length() > 6) {
      return null;
    }
    for (int i = 0; i < mark.length(); i++) {
      if (!Character.isDigit(mark.charAt(i))) {
        return null;
      }
    }
    return Integer.valueOf(mark);
  }

  /** A source whose fields the markup states (a JATS element-citation, a BibTeX entry). */
  static Source fromFields(CitedFields fields, String text, List<MarkupLink> links) {
    String url = fields.url();
    if (url == null) {
      url =
          links.stream()
              .map(MarkupLink::href)
              .filter(MarkupLinks::checkable)
              .findFirst()
              .orElse(null);
    }
    Source source =
        new Source(
            kindOf(fields.type()),
            fields.authors(),
            fields.title(),
            false,
            fields.container(),
            fields.date(),
            fields.accessed(),
            url,
            url,
            url == null ? List.of() : List.of(url),
            fields.pages(),
            null,
            null,
            null,
            false,
            fields.doi(),
            fields.place(),
            text,
            fields.editors(),
            fields.publisher(),
            fields.volume(),
            fields.issue(),
            null,
            null,
            null,
            null,
            url == null ? null : Source.FROM_MARKUP,
            null);
    return source;
  }

  /** The record's kind for a format's own word (JATS publication-type, BibTeX entry type). */
  static SourceKind kindOf(String type) {
    if (type == null) {
      return SourceKind.OTHER;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "journal", "article", "journal-article" -> SourceKind.JOURNAL_ARTICLE;
      case "book", "inbook", "incollection", "collection", "mvbook", "booklet" -> SourceKind.BOOK;
      case "report", "techreport", "thesis", "phdthesis", "mastersthesis", "working-paper" ->
          SourceKind.REPORT;
      case "web", "webpage", "online", "www", "electronic" -> SourceKind.WEB_PAGE;
      case "newspaper", "news" -> SourceKind.NEWS_ARTICLE;
      case "letter", "letters" -> SourceKind.LETTER;
      case "gov", "government", "standard", "patent", "legislation", "legal" ->
          SourceKind.OFFICIAL_DOCUMENT;
      default -> SourceKind.OTHER;
    };
  }
}
