package org.citecheck.scholarly.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.doi.Doi;
import org.citecheck.text.TitleSimilarity;
import org.citecheck.verdict.PageMetadata;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.VerificationReport;

/**
 * Completes each source's record: what the note printed stays; an empty field is filled from the
 * DOI's registration agency, then the cited page's embedded metadata, then a confirmed Crossref
 * match (for scholarly references without a DOI); each filled field records where it came from. A
 * printed date is only ever made more precise by a value that agrees with it. When no service
 * answers at all (offline), nothing is changed.
 */
public final class Enricher {

  public static final String NOTE = "note";
  public static final String PAGE = "page";
  public static final String DOI = "doi";
  public static final String CROSSREF = "crossref";

  /** A DOI record whose title is this unlike the printed one is taken for a wrong DOI. */
  static final double SAME_WORK = 0.5;

  private static final Set<SourceKind> SCHOLARLY =
      Set.of(SourceKind.JOURNAL_ARTICLE, SourceKind.BOOK, SourceKind.REPORT);

  /**
   * What enrichment did.
   *
   * @param references the completed records (the input unchanged when offline)
   * @param offline true when no metadata service answered, so nothing was changed
   * @param sources full citations seen
   * @param completed sources that gained at least one field
   * @param filled fields filled, by origin (page, doi, crossref)
   * @param kept why sources were kept as printed (a refused match, an unknown DOI), one line each
   */
  public record Result(
      ReferenceSet references,
      boolean offline,
      int sources,
      int completed,
      Map<String, Integer> filled,
      List<String> kept) {}

  private final DoiRecords dois;
  private final CrossrefMatches crossref;
  private final boolean askCrossref;
  private int answered;
  private int unanswered;

  public Enricher(MetadataServices services) {
    this.dois = new DoiRecords(services);
    this.crossref = new CrossrefMatches(services);
    this.askCrossref = services.options().crossref();
  }

  public Result enrich(ReferenceSet references, VerificationReport report) {
    Map<String, PageMetadata> pages = pages(report);
    Map<Doi, Lookup> byDoi = new HashMap<>();
    List<Note> notes = new ArrayList<>();
    Map<String, Integer> filled = new TreeMap<>();
    List<String> kept = new ArrayList<>();
    int sources = 0;
    int completed = 0;
    for (Note note : references.notes()) {
      List<Source> completedSources = new ArrayList<>();
      for (int i = 0; i < note.sources().size(); i++) {
        Source source = note.sources().get(i);
        if (source.crossRef() != null) {
          completedSources.add(source);
          continue;
        }
        sources++;
        String where = "note " + note.number() + ", source " + (i + 1) + ": ";
        Source done = complete(source, pages.get(note.number() + ":" + i), byDoi, where, kept);
        done.provenance().values().stream()
            .filter(origin -> !origin.equals(NOTE))
            .forEach(origin -> filled.merge(origin, 1, Integer::sum));
        if (done.provenance().containsValue(PAGE)
            || done.provenance().containsValue(DOI)
            || done.provenance().containsValue(CROSSREF)) {
          completed++;
        }
        completedSources.add(done);
      }
      notes.add(
          new Note(
              note.number(),
              note.numberInferred(),
              note.numberDisplaced(),
              note.line(),
              note.text(),
              note.commentary(),
              completedSources,
              note.page()));
    }
    if (answered == 0 && unanswered > 0) {
      return new Result(references, true, sources, 0, Map.of(), List.of());
    }
    return new Result(
        new ReferenceSet(references.schemaVersion(), references.document(), notes),
        false,
        sources,
        completed,
        filled,
        kept);
  }

  private Source complete(
      Source source, PageMetadata page, Map<Doi, Lookup> byDoi, String where, List<String> kept) {
    Printed printed = Printed.of(source);
    Map<String, String> provenance = new LinkedHashMap<>();
    printed.fields().forEach(field -> provenance.put(field, NOTE));

    Optional<Doi> doi = Doi.parse(printed.doi);
    String doiOrigin = NOTE;
    if (doi.isEmpty()) {
      doi = Doi.parse(source.url());
    }
    if (doi.isEmpty() && page != null) {
      doi = Doi.parse(page.doi());
      doiOrigin = PAGE;
    }

    Work work = null;
    String origin = null;
    if (doi.isPresent()) {
      Lookup lookup = byDoi.computeIfAbsent(doi.get(), dois::lookup);
      count(lookup);
      if (lookup.work() != null && sameWork(printed.title, lookup.work())) {
        work = lookup.work();
        origin = DOI;
      } else if (lookup.work() != null) {
        kept.add(where + "the record of DOI " + doi.get() + " has another title; not used");
      } else if (lookup.answered()) {
        kept.add(where + lookup.reason());
      }
    } else if (askCrossref && SCHOLARLY.contains(source.kind()) && printed.title != null) {
      Lookup lookup = crossref.lookup(source);
      count(lookup);
      if (lookup.work() != null) {
        work = lookup.work();
        origin = CROSSREF;
      } else if (lookup.answered()) {
        kept.add(where + lookup.reason() + "; kept as printed");
      }
    }

    Filler fill = new Filler(provenance);
    List<String> authors =
        !printed.authors.isEmpty()
            ? printed.authors
            : fill.list(
                "authors",
                work == null ? List.of() : work.authors(),
                origin,
                page == null ? List.of() : page.authors(),
                PAGE);
    String title =
        fill.text(
            "title",
            printed.title,
            work == null ? null : work.title(),
            origin,
            page == null ? null : page.title(),
            PAGE);
    String container =
        fill.text(
            "container",
            printed.container,
            work == null ? null : work.container(),
            origin,
            page == null ? null : page.siteName(),
            PAGE);
    String date =
        fill.date(
            printed.date,
            work == null ? null : work.date(),
            origin,
            page == null ? null : page.published(),
            PAGE);
    // A DOI the note printed (as a DOI or as a doi.org URL) is the note's; one from the page or a
    // confirmed Crossref match is theirs.
    String doiValue =
        printed.doi != null
            ? printed.doi
            : doi.isPresent()
                ? fill.text("doi", null, doi.get().value(), doiOrigin, null, null)
                : fill.text("doi", null, work == null ? null : work.doi(), origin, null, null);
    String publisher =
        fill.text(
            "publisher",
            printed.publisher,
            work == null ? null : work.publisher(),
            origin,
            null,
            null);
    String volume =
        fill.text(
            "volume", printed.volume, work == null ? null : work.volume(), origin, null, null);
    String issue =
        fill.text("issue", printed.issue, work == null ? null : work.issue(), origin, null, null);
    String pagesValue =
        fill.text("pages", printed.pages, work == null ? null : work.pages(), origin, null, null);
    return source.withCompleted(
        source.kind(),
        authors,
        title,
        container,
        date,
        doiValue,
        publisher,
        volume,
        issue,
        pagesValue,
        provenance);
  }

  private void count(Lookup lookup) {
    if (lookup.answered()) {
      answered++;
    } else {
      unanswered++;
    }
  }

  /** A DOI's record describes the cited work unless the note printed a quite different title. */
  private static boolean sameWork(String printedTitle, Work work) {
    return printedTitle == null
        || work.title() == null
        || TitleSimilarity.score(printedTitle, work.title()) >= SAME_WORK;
  }

  /** The page metadata of each (note, source) whose page was found as cited. */
  private static Map<String, PageMetadata> pages(VerificationReport report) {
    Map<String, PageMetadata> pages = new HashMap<>();
    if (report == null) {
      return pages;
    }
    for (UrlResult result : report.results()) {
      boolean found =
          result.verdict() == org.citecheck.verdict.Verdict.ALIVE
              || result.verdict() == org.citecheck.verdict.Verdict.REDIRECTED;
      if (found && result.page() != null) {
        pages.put(result.note() + ":" + result.source(), result.page());
      }
    }
    return pages;
  }

  /** Fills one field from the first origin that has it and records that origin. */
  private record Filler(Map<String, String> provenance) {

    String text(
        String field,
        String printed,
        String first,
        String firstOrigin,
        String second,
        String secondOrigin) {
      if (printed != null) {
        return printed;
      }
      if (first != null && firstOrigin != null) {
        provenance.put(field, firstOrigin);
        return first;
      }
      if (second != null && secondOrigin != null) {
        provenance.put(field, secondOrigin);
        return second;
      }
      return null;
    }

    List<String> list(
        String field,
        List<String> first,
        String firstOrigin,
        List<String> second,
        String secondOrigin) {
      if (!first.isEmpty() && firstOrigin != null) {
        provenance.put(field, firstOrigin);
        return first;
      }
      if (!second.isEmpty()) {
        provenance.put(field, secondOrigin);
        return second;
      }
      return List.of();
    }

    /** A printed date is only made more precise, by a value that begins with it. */
    String date(
        String printed, String first, String firstOrigin, String second, String secondOrigin) {
      if (printed != null) {
        for (String[] candidate : new String[][] {{first, firstOrigin}, {second, secondOrigin}}) {
          String value = candidate[0];
          if (value != null
              && candidate[1] != null
              && value.length() > printed.length()
              && value.startsWith(printed)) {
            provenance.put("date", candidate[1]);
            return value;
          }
        }
        return printed;
      }
      return text("date", null, first, firstOrigin, second, secondOrigin);
    }
  }

  /**
   * The fields the note printed: those a former enrich run filled (provenance other than "note")
   * are taken as not printed, so that enriching twice gives the same record.
   */
  private record Printed(
      List<String> authors,
      String title,
      String container,
      String date,
      String doi,
      String publisher,
      String volume,
      String issue,
      String pages) {

    static Printed of(Source source) {
      Map<String, String> p = source.provenance();
      return new Printed(
          printed(p, "authors") ? source.authors() : List.of(),
          printed(p, "title") ? blank(source.title()) : null,
          printed(p, "container") ? blank(source.container()) : null,
          printed(p, "date") ? blank(source.date()) : null,
          printed(p, "doi") ? blank(source.doi()) : null,
          printed(p, "publisher") ? blank(source.publisher()) : null,
          printed(p, "volume") ? blank(source.volume()) : null,
          printed(p, "issue") ? blank(source.issue()) : null,
          printed(p, "pages") ? blank(source.pages()) : null);
    }

    private static boolean printed(Map<String, String> provenance, String field) {
      return provenance.getOrDefault(field, NOTE).equals(NOTE);
    }

    private static String blank(String value) {
      return value == null || value.isBlank() ? null : value;
    }

    List<String> fields() {
      List<String> fields = new ArrayList<>();
      if (!authors.isEmpty()) {
        fields.add("authors");
      }
      String[][] named = {
        {"title", title}, {"container", container}, {"date", date}, {"doi", doi},
        {"publisher", publisher}, {"volume", volume}, {"issue", issue}, {"pages", pages}
      };
      for (String[] pair : named) {
        if (pair[1] != null) {
          fields.add(pair[0]);
        }
      }
      return fields;
    }
  }
}
