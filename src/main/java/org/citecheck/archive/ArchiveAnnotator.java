package org.citecheck.archive;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * The archive stage of check: gives every checked URL its archive result, and alive pages their
 * drift. Invalid, skipped and offline URLs get a "skipped" archive result; every other verdict
 * (dead and alive alike) is looked up. Only alive and redirected pages can be saved or measured.
 */
public final class ArchiveAnnotator {

  private final ArchiveEngine engine;
  private final RunMemo<DriftResult> drifts = new RunMemo<>();

  public ArchiveAnnotator(ArchiveEngine engine) {
    this.engine = engine;
  }

  public List<UrlResult> annotate(ReferenceSet references, List<UrlResult> results) {
    List<UrlResult> annotated = new ArrayList<>(results.size());
    for (UrlResult result : results) {
      annotated.add(annotate(references, result));
    }
    return annotated;
  }

  /** One result with its archive result and drift; unchanged when archives are not asked. */
  public UrlResult annotate(ReferenceSet references, UrlResult result) {
    if (!engine.options().enabled()) {
      return result;
    }
    String skip =
        switch (result.verdict()) {
          case INVALID -> "not a fetchable URL";
          case SKIPPED -> "not checked (" + result.reason() + ")";
          case OFFLINE -> "the checker is offline";
          default -> null;
        };
    if (skip != null) {
      return result.withArchive(ArchiveResult.skipped(skip), null);
    }
    Source source = citedSource(references, result.note(), result.source());
    CiteDate cite = engine.citeDate(source, references.document());
    boolean live = result.verdict() == Verdict.ALIVE || result.verdict() == Verdict.REDIRECTED;
    ArchiveResult archive = engine.lookup(result.url(), cite, live);
    DriftResult drift = null;
    if (live && engine.options().drift()) {
      String page = result.finalUrl() != null ? result.finalUrl() : result.url();
      String title = source == null ? null : source.title();
      String key = page + " " + archive.url() + " " + title;
      drift = drifts.get(key, () -> engine.drift(page, null, archive, title));
    }
    return result.withArchive(archive, drift);
  }

  /**
   * The source a result stands for; a cross-reference ("cited above (note 12)") lends the dates and
   * title of the source it points to when it has none of its own.
   */
  static Source citedSource(ReferenceSet references, int noteNumber, int index) {
    Source source = find(references, noteNumber, index);
    if (source == null || source.crossRef() == null || source.seeNote() == null) {
      return source;
    }
    Source target =
        find(references, source.seeNote(), source.seeSource() == null ? 0 : source.seeSource());
    if (target == null) {
      return source;
    }
    return source.withTitleAndDates(
        source.title() != null ? source.title() : target.title(),
        source.date() != null ? source.date() : target.date(),
        source.accessed() != null ? source.accessed() : target.accessed());
  }

  private static Source find(ReferenceSet references, int noteNumber, int index) {
    for (Note note : references.notes()) {
      if (note.number() == noteNumber && index >= 0 && index < note.sources().size()) {
        return note.sources().get(index);
      }
    }
    return null;
  }
}
