package org.citecheck.bib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.verdict.ArchiveResult;

/**
 * Turns notes into bibliography entries: one entry per distinct source (the same URL, or the same
 * authors and title), in the order of the note that first cites it fully. Cross-references ("cited
 * above (note 12)", "Ibid.") add their note to the entry they point to and never make entries.
 */
final class EntryCollector {

  /** One distinct source while notes are read: its first full citation and every citing note. */
  private static final class Group {
    final Source first;

    /** The key the input gave the first note citing it (a .bib entry's), or null. */
    String key;

    final List<int[]> positions = new ArrayList<>();
    final TreeSet<Integer> notes = new TreeSet<>();

    Group(Source first) {
      this.first = first;
    }
  }

  /** Keys typeable in every BibTeX and biblatex dialect; others are made anew. */
  private static final java.util.regex.Pattern KEPT_KEY =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:.+/-]{0,63}");

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, Group> byPosition = new LinkedHashMap<>();
  private final ReportLookup report;

  private EntryCollector(ReportLookup report) {
    this.report = report;
  }

  static List<BibEntry> collect(ReferenceSet references, ReportLookup report) {
    EntryCollector collector = new EntryCollector(report);
    for (Note note : references.notes()) {
      for (int i = 0; i < note.sources().size(); i++) {
        Source source = note.sources().get(i);
        if (!isCrossReference(source)) {
          collector.add(note.number(), i, source, note.key());
        }
      }
    }
    // A second pass, so that a cross-reference may point forward as well as back.
    for (Note note : references.notes()) {
      for (Source source : note.sources()) {
        if (isCrossReference(source)) {
          collector.link(references, note.number(), source);
        }
      }
    }
    return collector.entries();
  }

  private void add(int note, int index, Source source, String key) {
    String identity = identity(source, note, index);
    Group group = groups.computeIfAbsent(identity, id -> new Group(source));
    if (group.key == null && key != null && KEPT_KEY.matcher(key).matches()) {
      group.key = key;
    }
    group.positions.add(new int[] {note, index});
    group.notes.add(note);
    byPosition.put(note + ":" + index, group);
  }

  private void link(ReferenceSet references, int note, Source reference) {
    if (reference.seeNote() == null || reference.ambiguous()) {
      return;
    }
    Integer index = reference.seeSource();
    if (index == null) {
      index = soleFullCitation(references, reference.seeNote());
    }
    Group target = index == null ? null : byPosition.get(reference.seeNote() + ":" + index);
    if (target != null) {
      target.notes.add(note);
    }
  }

  /** The index of the only full citation in a note, or null when it has none or several. */
  private static Integer soleFullCitation(ReferenceSet references, int number) {
    Integer found = null;
    for (Note note : references.notes()) {
      if (note.number() != number) {
        continue;
      }
      for (int i = 0; i < note.sources().size(); i++) {
        if (!isCrossReference(note.sources().get(i))) {
          if (found != null) {
            return null;
          }
          found = i;
        }
      }
    }
    return found;
  }

  /** "Ibid.", "cited above (note 12)": a pointer to a source, not a source. */
  private static boolean isCrossReference(Source source) {
    return source.crossRef() != null;
  }

  /** Same URL, else same authors and title; a source with neither stays on its own. */
  private static String identity(Source source, int note, int index) {
    String url = BibUrl.safe(source.url());
    if (url != null) {
      return "url:" + BibUrl.comparable(url);
    }
    if (source.title() != null && !source.title().isBlank()) {
      return "work:"
          + AsciiFolder.fold(String.join(" ", source.authors()))
          + "|"
          + AsciiFolder.fold(source.title());
    }
    return "position:" + note + ":" + index;
  }

  private List<BibEntry> entries() {
    List<Group> ordered = new ArrayList<>(groups.values());
    List<String> bases = new ArrayList<>();
    List<BibEntry> drafts = new ArrayList<>();
    for (Group group : ordered) {
      BibEntry draft = draft(group);
      drafts.add(draft);
      // A .bib read back keeps its keys, so documents citing them still compile; others are made.
      bases.add(
          group.key != null
              ? group.key
              : CitationKeys.base(draft.authors(), draft.container(), draft.date(), draft.title()));
    }
    List<String> keys = CitationKeys.unique(bases);
    List<BibEntry> entries = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      BibEntry d = drafts.get(i);
      entries.add(
          new BibEntry(
              keys.get(i),
              d.kind(),
              d.authors(),
              d.title(),
              d.translated(),
              d.container(),
              d.place(),
              d.date(),
              d.urlDate(),
              d.url(),
              d.doi(),
              d.pages(),
              d.volume(),
              d.issue(),
              d.archiveUrl(),
              d.archiveService(),
              d.archiveDate(),
              d.notes()));
    }
    return entries;
  }

  private BibEntry draft(Group group) {
    Source source = group.first;
    SourceKind kind = source.kind() == null ? SourceKind.OTHER : source.kind();
    List<Name> authors = new ArrayList<>();
    for (String author : source.authors()) {
      if (author != null && !author.isBlank()) {
        authors.add(Name.parse(author));
      }
    }
    String url = BibUrl.safe(source.url());
    String redirect = null;
    String reached = null;
    ArchiveResult snapshot = null;
    for (int[] position : group.positions) {
      redirect =
          redirect != null
              ? redirect
              : BibUrl.safe(report.redirectTarget(position[0], position[1]));
      reached = reached != null ? reached : report.accessDate(position[0], position[1]);
      snapshot = snapshot != null ? snapshot : report.snapshot(position[0], position[1]);
    }
    url = url != null && redirect != null ? redirect : url;
    // The note's own access date is the author's claim and stays; the report's only says when the
    // check itself reached the link.
    String urlDate = null;
    if (url != null) {
      urlDate = IsoDate.clean(source.accessed());
      urlDate = urlDate != null ? urlDate : reached;
    }
    return new BibEntry(
        null,
        kind,
        authors,
        title(source, kind),
        source.translated(),
        blankToNull(source.container()),
        blankToNull(source.place()),
        IsoDate.clean(source.date()),
        urlDate,
        url,
        doi(source.doi()),
        blankToNull(source.pages()),
        blankToNull(source.volume()),
        blankToNull(source.issue()),
        snapshot == null ? null : BibUrl.safe(snapshot.url()),
        snapshot == null ? null : snapshot.service(),
        snapshot == null ? null : IsoDate.fromTimestamp(snapshot.timestamp()),
        new ArrayList<>(group.notes));
  }

  /**
   * The printed title, or a bracketed description when the note gives none ("[Facebook post]",
   * "[Letter]"), the way APA describes untitled works: every consumer expects a title.
   */
  private static String title(Source source, SourceKind kind) {
    String title = blankToNull(source.title());
    if (title != null) {
      return title.strip().replaceAll("\\s+", " ");
    }
    return switch (kind) {
      case SOCIAL_POST ->
          source.container() == null ? "[Post]" : "[" + source.container().strip() + " post]";
      case LETTER -> "[Letter]";
      default -> "[Untitled]";
    };
  }

  /**
   * A DOI without its resolver prefix ("https://doi.org/10.5771/x" gives "10.5771/x"), or null when
   * it is not one. doi is a verbatim field in biblatex, written as is, so a DOI holding a character
   * that would break the field (brace, backslash, %, #, quote, space) is refused.
   */
  private static String doi(String doi) {
    String value = blankToNull(doi);
    if (value == null) {
      return null;
    }
    value = value.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
    return value.matches("10\\.\\d{4,9}/[^\\s{}\\\\%#\"]+") ? value : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
  }
}
