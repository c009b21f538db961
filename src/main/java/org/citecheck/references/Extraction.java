package org.citecheck.references;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.CitecheckException;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.DocumentText;
import org.citecheck.document.FrontMatter;
import org.citecheck.io.Input;
import org.citecheck.notes.Artifacts;
import org.citecheck.notes.NoteAssembler;
import org.citecheck.notes.NotesLocator;
import org.citecheck.notes.NotesSection;
import org.citecheck.notes.PrintedText;
import org.citecheck.notes.RawNote;

/** The extraction engine: a document's text in, its notes as structured records out. */
public final class Extraction {

  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

  private Extraction() {}

  /** Reads references.json, or extracts the notes of any document {@code extract} accepts. */
  public static ReferenceSet load(Input input) {
    byte[] bytes = input.readAllBytes();
    if (ReferencesJson.looksLikeJson(bytes)) {
      return ReferencesJson.read(bytes, input.name());
    }
    return extract(DocumentReader.decode(bytes, input.name())).references();
  }

  /** Extracts a document's notes; input errors (no notes, binary, empty) are thrown as such. */
  public static ExtractedDocument extract(Input input) {
    return extract(DocumentReader.read(input));
  }

  public static ExtractedDocument extract(DocumentText document) {
    List<String> lines = document.lines();
    NotesSection section =
        NotesLocator.locate(lines)
            .orElseThrow(() -> CitecheckException.input(document.name()
                + ": no notes found (looked for a Notes, Endnotes or References heading, and for a"
                + " trailing run of numbered notes)"));
    List<RawNote> raw = NoteAssembler.assemble(lines, section, Artifacts.of(lines));
    if (raw.isEmpty()) {
      throw CitecheckException.input(document.name() + ": the notes section holds no notes");
    }
    NoteCleaner cleaner = new NoteCleaner(hyphenatedWords(lines));
    List<Note> notes = new ArrayList<>(raw.size());
    for (RawNote note : raw) {
      notes.add(toNote(note, cleaner));
    }
    int frontEnd = section.heading() >= 0 ? section.heading() : section.start();
    FrontMatter front = FrontMatter.read(lines, frontEnd, Names::isAuthorList, Names::split);
    DocumentInfo info =
        new DocumentInfo(front.title(), front.authors(), front.doi(), document.name(), front.citation(), front.date());
    return new ExtractedDocument(document, section, new ReferenceSet(info, CrossReferences.resolve(notes)));
  }

  private static Note toNote(RawNote raw, NoteCleaner cleaner) {
    CleanText clean = cleaner.clean(PrintedText.of(raw.lines()));
    String text = clean.text();
    List<Source> sources = new ArrayList<>();
    StringBuilder commentary = new StringBuilder();
    for (SourceSplitter.Segment segment : SourceSplitter.split(clean)) {
      String part = text.substring(segment.start(), segment.end());
      if (segment.source()) {
        sources.add(SourceParser.parse(part, relative(clean.urlsIn(segment.start(), segment.end()), segment.start())));
      } else if (!part.isBlank()) {
        commentary.append(commentary.length() == 0 ? "" : " ").append(part.strip());
      }
    }
    String remark = commentary.toString().replaceAll("\\s+([.,;:])", "$1").strip();
    return new Note(raw.number(), raw.numberInferred(), raw.numberDisplaced(), raw.firstLine(), text,
        remark.isEmpty() || remark.matches("[\\p{Punct}\\s]*") ? null : remark, sources);
  }

  private static List<CleanText.Span> relative(List<CleanText.Span> spans, int offset) {
    List<CleanText.Span> moved = new ArrayList<>(spans.size());
    for (CleanText.Span span : spans) {
      moved.add(new CleanText.Span(span.start() - offset, span.end() - offset, span.url()));
    }
    return moved;
  }

  /** Hyphenated compounds the document prints whole, so breaks at their hyphen keep it. */
  private static Set<String> hyphenatedWords(List<String> lines) {
    Set<String> words = new HashSet<>();
    for (String line : lines) {
      if (line.indexOf('-') < 0) {
        continue;
      }
      Matcher matcher = HYPHENATED.matcher(line);
      while (matcher.find()) {
        words.add(matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
