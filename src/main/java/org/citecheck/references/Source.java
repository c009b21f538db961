package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

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
 * @param crossRef the cross-reference form: "cited-above", "ibid", "op-cit"; null for a full citation
 * @param ambiguous true when a cross-reference cannot be resolved to one source
 * @param doi the DOI when the source has one
 * @param place place of publication (books, reports)
 * @param text the part of the note's text that cites this source
 * @param urlSource where {@code url} came from: "annotation" (a PDF's link annotation over the
 *     printed URL, whose target agrees with the print) or "text" (the printed text); null without a URL
 * @param urlTarget the target of a PDF link annotation over the printed URL that disagrees with
 *     the print beyond line breaks (also among {@code urlCandidates}); null otherwise
 */
@JsonPropertyOrder({
  "kind", "authors", "title", "translated", "container", "date", "accessed", "url", "urlAsPrinted",
  "urlCandidates", "pages", "seeNote", "seeSource", "crossRef", "ambiguous", "doi", "place", "text", "urlSource",
  "urlTarget"
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
    @JsonInclude(JsonInclude.Include.NON_NULL) String urlSource,
    @JsonInclude(JsonInclude.Include.NON_NULL) String urlTarget) {

  /** {@link #urlSource} of a URL read from a PDF's link annotation. */
  public static final String FROM_ANNOTATION = "annotation";
  /** {@link #urlSource} of a URL read from the printed text. */
  public static final String FROM_TEXT = "text";

  public Source {
    authors = authors == null ? List.of() : List.copyOf(authors);
    urlCandidates = urlCandidates == null ? List.of() : List.copyOf(urlCandidates);
  }

  /** A source whose URL, if any, has no recorded origin (references.json before urlSource). */
  public Source(SourceKind kind, List<String> authors, String title, boolean translated, String container,
      String date, String accessed, String url, String urlAsPrinted, List<String> urlCandidates, String pages,
      Integer seeNote, Integer seeSource, String crossRef, boolean ambiguous, String doi, String place,
      String text) {
    this(kind, authors, title, translated, container, date, accessed, url, urlAsPrinted, urlCandidates, pages,
        seeNote, seeSource, crossRef, ambiguous, doi, place, text, null, null);
  }

  /** This source with its URL, readings and their origin replaced. */
  public Source withUrl(String newUrl, List<String> candidates, String origin, String target) {
    return new Source(kind, authors, title, translated, container, date, accessed, newUrl, urlAsPrinted,
        candidates, pages, seeNote, seeSource, crossRef, ambiguous, doi, place, text, origin, target);
  }

  /** True when the note printed this source's URL differently from its best reading. */
  @JsonIgnore
  public boolean urlRepaired() {
    return url != null && urlAsPrinted != null && !url.equals(urlAsPrinted);
  }
}
