package org.citecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftVerdict;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * One checked URL joined with the note and source that cite it: the row every report shows.
 *
 * @param noteIndex the note's index in references.json's notes array, or -1 when it is not there
 * @param note the note, or null when the references do not hold it
 * @param source the source, or null when the note does not hold it
 * @param result the verdict on the URL
 */
record ReportRow(int noteIndex, Note note, Source source, UrlResult result) {

  /** The rows in note order, then source order; results missing from the references still show. */
  static List<ReportRow> of(ReportContext context) {
    List<Note> notes = context.references().notes();
    Map<Integer, Integer> indexByNumber = new HashMap<>();
    for (int i = 0; i < notes.size(); i++) {
      indexByNumber.putIfAbsent(notes.get(i).number(), i);
    }
    List<ReportRow> rows = new ArrayList<>();
    for (UrlResult result : context.report().results()) {
      int index = indexByNumber.getOrDefault(result.note(), -1);
      Note note = index < 0 ? null : notes.get(index);
      Source source =
          note != null && result.source() >= 0 && result.source() < note.sources().size()
              ? note.sources().get(result.source())
              : null;
      rows.add(new ReportRow(index, note, source, result));
    }
    rows.sort(
        Comparator.comparingInt((ReportRow row) -> row.result.note())
            .thenComparingInt(row -> row.result.source()));
    return rows;
  }

  int noteNumber() {
    return result.note();
  }

  /** The source's position for people: 1 for the note's first source. */
  int sourceNumber() {
    return result.source() + 1;
  }

  Verdict verdict() {
    return result.verdict();
  }

  String url() {
    return result.url();
  }

  /** The title the note gives for this source, or null. */
  String citedTitle() {
    if (result.title() != null && result.title().cited() != null) {
      return result.title().cited();
    }
    return source == null ? null : source.title();
  }

  /** The archived snapshot when one was found and links to the web, else null. */
  ArchiveResult snapshot() {
    ArchiveResult archive = result.archive();
    if (archive != null && archive.found() && WebUrl.isLinkable(archive.url())) {
      return archive;
    }
    return null;
  }

  /** Dead or soft 404: the cited page is gone. */
  boolean broken() {
    return verdict() == Verdict.DEAD || verdict() == Verdict.SOFT_404;
  }

  /** A broken link for which an archived snapshot was found. */
  boolean rescued() {
    return broken() && snapshot() != null;
  }

  /** True when the live page no longer reads like the snapshot near the cite date. */
  boolean drifted() {
    return result.drift() != null && result.drift().verdict() == DriftVerdict.CHANGED;
  }

  /** How the archive lookup ended, in words, when it found nothing usable; null when not asked. */
  String archiveStatusText() {
    ArchiveResult archive = result.archive();
    if (archive == null || archive.status() == null || snapshot() != null) {
      return null;
    }
    return switch (archive.status()) {
      case NONE -> "no snapshot";
      case ERROR -> "archive lookup failed";
      case SKIPPED -> "archive not searched";
      default -> "no usable snapshot";
    };
  }
}
