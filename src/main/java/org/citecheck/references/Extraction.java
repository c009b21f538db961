package org.citecheck.references;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.CitecheckException;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.DocumentText;
import org.citecheck.document.FrontMatter;
import org.citecheck.document.pdf.PdfLayout;
import org.citecheck.io.Input;
import org.citecheck.notes.Artifacts;
import org.citecheck.notes.NoteAssembler;
import org.citecheck.notes.NotesLocator;
import org.citecheck.notes.NotesSection;
import org.citecheck.notes.PrintedText;
import org.citecheck.notes.RawNote;
import org.citecheck.urls.UrlEvidence;

/** The extraction engine: a document's text in, its notes as structured records out. */
public final class Extraction {

  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:])");

  private Extraction() {}

  /** Reads references.json, or extracts the notes of any document {@code extract} accepts. */
  public static ReferenceSet load(Input input) {
    return open(input).references();
  }

  /** Like {@link #load}, keeping the extraction (text, body) when the input was a document. */
  public static LoadedReferences open(Input input) {
    byte[] bytes = input.readAllBytes();
    if (ReferencesJson.looksLikeJson(bytes)) {
      return new LoadedReferences(ReferencesJson.read(bytes, input.name()), null);
    }
    ExtractedDocument extracted =
        extract(
            DocumentReader.decode(
                bytes, input.name(), input.password(), input.baseUrl(), input.path()));
    return new LoadedReferences(extracted.references(), extracted);
  }

  /** Extracts a document's notes; input errors (no notes, binary, empty) are thrown as such. */
  public static ExtractedDocument extract(Input input) {
    return extract(DocumentReader.read(input));
  }

  public static ExtractedDocument extract(DocumentText document) {
    return extract(document, Readers.STANDARD);
  }

  /**
   * Extracts with {@code reader}: the bundled model, or the rules for the side-by-side evaluation.
   */
  public static ExtractedDocument extract(DocumentText document, SourceReader reader) {
    if (document.markup() != null) {
      return MarkupNotes.extract(document, reader);
    }
    List<String> lines = document.lines();
    PdfLayout pdf = document.pdf();
    // A PDF's footnote zones, gathered after the body, are the notes: no heading to look for.
    NotesSection section =
        pdf != null && pdf.footnotesFrom() >= 0
            ? new NotesSection(-1, pdf.footnotesFrom(), lines.size(), false)
            : NotesLocator.locate(lines)
                .orElseThrow(
                    () ->
                        CitecheckException.input(
                            document.name()
                                + ": no notes found (looked for a Notes, Endnotes or References heading, and for a"
                                + " trailing run of numbered notes)"));
    List<RawNote> raw = NoteAssembler.assemble(lines, section, Artifacts.of(lines));
    if (raw.isEmpty()) {
      throw CitecheckException.input(document.name() + ": the notes section holds no notes");
    }
    NoteCleaner cleaner = new NoteCleaner(hyphenatedWords(lines), UrlEvidence.of(lines));
    // Notes parse independently (cross-references are resolved afterwards), so a long document
    // uses every core; the stream keeps note order. Measured: 10,000 notes, 3.0 s -> 2.3 s on 2
    // cores.
    LinkTargets links = new LinkTargets(lines, pdf == null ? List.of() : pdf.links());
    List<Note> notes =
        raw.parallelStream()
            .map(note -> located(toNote(note, cleaner, reader), note, links, pdf))
            .toList();
    int frontEnd = section.heading() >= 0 ? section.heading() : section.start();
    FrontMatter front = FrontMatter.read(lines, frontEnd, Names::isAuthorList, Names::split);
    DocumentInfo info =
        new DocumentInfo(
            front.title(),
            front.authors(),
            front.doi(),
            document.name(),
            front.citation(),
            front.date(),
            front.dateFrom());
    ReferenceSet references = new ReferenceSet(info, CrossReferences.resolve(notes));
    return new ExtractedDocument(document, section, references, body(lines, section, raw));
  }

  /** The lines that are not notes; footnotes leave blank lines where they stood. */
  private static List<String> body(List<String> lines, NotesSection section, List<RawNote> notes) {
    if (!section.footnotes()) {
      return lines.subList(0, section.heading() >= 0 ? section.heading() : section.start());
    }
    List<String> body = new ArrayList<>(lines);
    for (RawNote note : notes) {
      for (RawNote.Line line : note.lines()) {
        body.set(line.lineNumber() - 1, "");
      }
    }
    return body;
  }

  /** The standard reader, made once: loading the model takes a moment. */
  static final class Readers {
    static final SourceReader STANDARD = SourceReader.standard();
  }

  static Note toNote(RawNote raw, NoteCleaner cleaner, SourceReader reader) {
    CleanText clean = cleaner.clean(PrintedText.of(raw.lines()));
    String text = clean.text();
    List<Source> sources = new ArrayList<>();
    StringBuilder commentary = new StringBuilder();
    List<SourceSplitter.Segment> segments = SourceSplitter.split(clean);
    int start = SourceSplitter.afterSignal(text);
    if (clean.urls().size() <= 1
        && modelMayJoin(text, segments)
        && reader.readsAsOneSource(text.substring(start))) {
      // The model reads the whole note as one reference that the splitter's rules took for prose
      // ("Vihman, Marilyn M. 1985. Language differentiation ... 12, 297–324.") or cut at a full
      // stop into one source and commentary ("Richter, Hans. Dada: Art and Anti-Art." taken for
      // commentary before "London: Thames & Hudson, 1966.").
      segments =
          start > 0
              ? List.of(
                  new SourceSplitter.Segment(0, start, false),
                  new SourceSplitter.Segment(start, text.length(), true))
              : List.of(new SourceSplitter.Segment(0, text.length(), true));
    }
    for (SourceSplitter.Segment segment : segments) {
      String part = text.substring(segment.start(), segment.end());
      List<CleanText.Span> urls =
          relative(clean.urlsIn(segment.start(), segment.end()), segment.start());
      if (segment.source()) {
        sources.add(reader.read(part, urls));
      } else if (!part.isBlank()) {
        commentary.append(commentary.length() == 0 ? "" : " ").append(part.strip());
      }
    }
    String remark = SPACE_BEFORE_PUNCTUATION.matcher(commentary).replaceAll("$1").strip();
    return new Note(
        raw.number(),
        raw.numberInferred(),
        raw.numberDisplaced(),
        raw.firstLine(),
        text,
        remark.codePoints().noneMatch(Character::isLetterOrDigit) ? null : remark,
        sources);
  }

  /**
   * Whether the model may read the note whole over the splitter's reading: where the splitter found
   * no source, or one source and commentary that does not open with a quotation (an epigraph-like
   * quote before its speaker, '"The step-by-step approach [...]" Robert Kocharyan, undated letter',
   * stays commentary). Two sources the splitter found stay two.
   */
  private static boolean modelMayJoin(String text, List<SourceSplitter.Segment> segments) {
    long found = segments.stream().filter(SourceSplitter.Segment::source).count();
    if (found == 0) {
      return true;
    }
    if (found > 1) {
      return false;
    }
    for (SourceSplitter.Segment segment : segments) {
      String part = text.substring(segment.start(), segment.end()).strip();
      if (!segment.source() && !part.isEmpty() && "\"“«„".indexOf(part.charAt(0)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The note with its URLs' origin (and, for a PDF, their link targets) and its page. */
  private static Note located(Note note, RawNote raw, LinkTargets links, PdfLayout pdf) {
    Note settled = note.withSources(links.settle(raw, note.sources()));
    if (pdf == null) {
      return settled;
    }
    int page = pdf.pageOf(raw.firstLine() - 1);
    return new Note(
        settled.number(),
        settled.numberInferred(),
        settled.numberDisplaced(),
        settled.line(),
        settled.text(),
        settled.commentary(),
        settled.sources(),
        page > 0 ? page : null);
  }

  private static List<CleanText.Span> relative(List<CleanText.Span> spans, int offset) {
    List<CleanText.Span> moved = new ArrayList<>(spans.size());
    for (CleanText.Span span : spans) {
      moved.add(new CleanText.Span(span.start() - offset, span.end() - offset, span.url()));
    }
    return moved;
  }

  /** Hyphenated compounds the document prints whole, so breaks at their hyphen keep it. */
  static Set<String> hyphenatedWords(List<String> lines) {
    Set<String> words = new HashSet<>();
    for (String line : lines) {
      for (int dash = line.indexOf('-'); dash > 0; dash = line.indexOf('-', dash + 1)) {
        int start = dash;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
          start--;
        }
        int end = dash + 1;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
          end++;
        }
        if (start < dash && end > dash + 1) {
          words.add(line.substring(start, end).toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }
}
