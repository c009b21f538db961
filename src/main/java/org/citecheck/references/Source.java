package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cited source inside a note. Fields are null when the note does not give them.
 *
 * @param kind what the source is
 * @param authors people or issuing bodies, in printed order
 * @param title the title as printed (without quotes), or null
 * @param translated true when the note marks the title as a translation ("(TR)")
 * @param container the site, outlet, publisher or issuing body that holds the source
 * @param date ISO 8601 date, partial allowed ("2016", "2020-11")
 * @param accessed ISO 8601 access date when the note gives one
 * @param url the best reading of the cited URL (equals {@code urlCandidates[0]})
 * @param urlAsPrinted the URL's text as the document printed it, breaks included
 * @param urlCandidates every plausible reading of the printed URL, best first
 * @param pages page or page range cited
 * @param seeNote the note a cross-reference ("cited above (note 12)", "Ibid.") points to
 * @param seeSource index of the matching source in {@code seeNote}, when it can be told
 * @param crossRef the cross-reference form: "cited-above", "ibid", "op-cit"; null for a full
 *     citation
 * @param ambiguous true when a cross-reference cannot be resolved to one source
 * @param doi the DOI when the source has one
 * @param place place of publication (books, reports)
 * @param text the part of the note's text that cites this source
 * @param editors editors of the book or volume that holds the source, in printed order
 * @param publisher the publisher as printed (books, reports)
 * @param volume the volume of the journal or series
 * @param issue the issue or number within the volume
 * @param edition the edition ("2nd ed.")
 * @param genre what the document says it is: "Report", "Working Paper", "PhD diss.", "[Tweet]"
 * @param isbn the ISBN as printed
 * @param confidence the field model's probability (0 to 1) of its labelling of the source, a fair
 *     guide to whether every field is right (docs/parser.md, "Confidence"); null where the rules
 *     read the source (cross-references, resolutions)
 * @param urlSource where {@code url} came from: "annotation" (a PDF's link annotation over the
 *     printed URL, whose target agrees with the print), "markup" (a link target in a structured
 *     format: Markdown, DOCX, HTML...) or "text" (the printed text); null without a URL
 * @param urlTarget the target of a PDF link annotation over the printed URL that disagrees with the
 *     print beyond line breaks (also among {@code urlCandidates}); null otherwise
 * @param provenance where each filled field came from once {@code citecheck enrich} completed the
 *     record, by field name: "note" (printed), "page" (the cited page's embedded metadata), "doi"
 *     (the DOI's registration agency) or "crossref" (a confirmed Crossref match); empty before
 */
@JsonPropertyOrder({
  "kind",
  "authors",
  "title",
  "translated",
  "container",
  "date",
  "accessed",
  "url",
  "urlAsPrinted",
  "urlCandidates",
  "pages",
  "seeNote",
  "seeSource",
  "crossRef",
  "ambiguous",
  "doi",
  "place",
  "text",
  "editors",
  "publisher",
  "volume",
  "issue",
  "edition",
  "genre",
  "isbn",
  "confidence",
  "urlSource",
  "urlTarget",
  "provenance"
})
public record Source(
    SourceKind kind,
    List<String> authors,
    String title,
    boolean translated,
    String container,
    String date,
    String accessed,
    String url,
    String urlAsPrinted,
    List<String> urlCandidates,
    String pages,
    Integer seeNote,
    Integer seeSource,
    String crossRef,
    boolean ambiguous,
    String doi,
    String place,
    String text,
    List<String> editors,
    String publisher,
    String volume,
    String issue,
    String edition,
    String genre,
    String isbn,
    Double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) String urlSource,
    @JsonInclude(JsonInclude.Include.NON_NULL) String urlTarget,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> provenance) {

  /** {@link #urlSource} of a URL read from a PDF's link annotation. */
  public static final String FROM_ANNOTATION = "annotation";

  /** {@link #urlSource} of a URL read from a link target in a structured format's markup. */
  public static final String FROM_MARKUP = "markup";

  /** {@link #urlSource} of a URL read from the printed text. */
  public static final String FROM_TEXT = "text";

  public Source {
    authors = authors == null ? List.of() : List.copyOf(authors);
    urlCandidates = urlCandidates == null ? List.of() : List.copyOf(urlCandidates);
    editors = editors == null ? List.of() : List.copyOf(editors);
    provenance =
        provenance == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /** A source not completed by {@code enrich}: every field as the note printed it. */
  public Source(
      SourceKind kind,
      List<String> authors,
      String title,
      boolean translated,
      String container,
      String date,
      String accessed,
      String url,
      String urlAsPrinted,
      List<String> urlCandidates,
      String pages,
      Integer seeNote,
      Integer seeSource,
      String crossRef,
      boolean ambiguous,
      String doi,
      String place,
      String text,
      List<String> editors,
      String publisher,
      String volume,
      String issue,
      String edition,
      String genre,
      String isbn,
      Double confidence,
      String urlSource,
      String urlTarget) {
    this(
        kind,
        authors,
        title,
        translated,
        container,
        date,
        accessed,
        url,
        urlAsPrinted,
        urlCandidates,
        pages,
        seeNote,
        seeSource,
        crossRef,
        ambiguous,
        doi,
        place,
        text,
        editors,
        publisher,
        volume,
        issue,
        edition,
        genre,
        isbn,
        confidence,
        urlSource,
        urlTarget,
        Map.of());
  }

  /**
   * A source without the fields added since the first references.json (the field model's editors to
   * confidence, and the URL's origin).
   */
  public Source(
      SourceKind kind,
      List<String> authors,
      String title,
      boolean translated,
      String container,
      String date,
      String accessed,
      String url,
      String urlAsPrinted,
      List<String> urlCandidates,
      String pages,
      Integer seeNote,
      Integer seeSource,
      String crossRef,
      boolean ambiguous,
      String doi,
      String place,
      String text) {
    this(
        kind,
        authors,
        title,
        translated,
        container,
        date,
        accessed,
        url,
        urlAsPrinted,
        urlCandidates,
        pages,
        seeNote,
        seeSource,
        crossRef,
        ambiguous,
        doi,
        place,
        text,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This source with its URL, readings and their origin replaced. */
  public Source withUrl(String newUrl, List<String> candidates, String origin, String target) {
    return new Source(
        kind,
        authors,
        title,
        translated,
        container,
        date,
        accessed,
        newUrl,
        urlAsPrinted,
        candidates,
        pages,
        seeNote,
        seeSource,
        crossRef,
        ambiguous,
        doi,
        place,
        text,
        editors,
        publisher,
        volume,
        issue,
        edition,
        genre,
        isbn,
        confidence,
        origin,
        target,
        provenance);
  }

  /**
   * This cross-reference pointed at its target: the note and source it resolves to, the target's
   * kind, and whether the pointer is ambiguous.
   */
  public Source withPointer(
      SourceKind newKind, Integer newSeeNote, Integer newSeeSource, boolean isAmbiguous) {
    return new Source(
        newKind,
        authors,
        title,
        translated,
        container,
        date,
        accessed,
        url,
        urlAsPrinted,
        urlCandidates,
        pages,
        newSeeNote,
        newSeeSource,
        crossRef,
        isAmbiguous,
        doi,
        place,
        text,
        editors,
        publisher,
        volume,
        issue,
        edition,
        genre,
        isbn,
        confidence,
        urlSource,
        urlTarget,
        provenance);
  }

  /**
   * This source with its title, date and access date replaced (a short form given its target's).
   */
  public Source withTitleAndDates(String newTitle, String newDate, String newAccessed) {
    return new Source(
        kind,
        authors,
        newTitle,
        translated,
        container,
        newDate,
        newAccessed,
        url,
        urlAsPrinted,
        urlCandidates,
        pages,
        seeNote,
        seeSource,
        crossRef,
        ambiguous,
        doi,
        place,
        text,
        editors,
        publisher,
        volume,
        issue,
        edition,
        genre,
        isbn,
        confidence,
        urlSource,
        urlTarget,
        provenance);
  }

  /**
   * This source completed by {@code enrich}: the bibliographic fields replaced, each filled field's
   * origin recorded.
   */
  public Source withCompleted(
      SourceKind newKind,
      List<String> newAuthors,
      String newTitle,
      String newContainer,
      String newDate,
      String newDoi,
      String newPublisher,
      String newVolume,
      String newIssue,
      String newPages,
      Map<String, String> newProvenance) {
    return new Source(
        newKind,
        newAuthors,
        newTitle,
        translated,
        newContainer,
        newDate,
        accessed,
        url,
        urlAsPrinted,
        urlCandidates,
        newPages,
        seeNote,
        seeSource,
        crossRef,
        ambiguous,
        newDoi,
        place,
        text,
        editors,
        newPublisher,
        newVolume,
        newIssue,
        edition,
        genre,
        isbn,
        confidence,
        urlSource,
        urlTarget,
        newProvenance);
  }

  /** True when the note printed this source's URL differently from its best reading. */
  @JsonIgnore
  public boolean urlRepaired() {
    return url != null && urlAsPrinted != null && !url.equals(urlAsPrinted);
  }
}
