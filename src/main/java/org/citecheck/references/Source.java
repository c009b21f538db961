package org.citecheck.references;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param editors editors of the book or volume that holds the source, in printed order
 * @param publisher the publisher as printed (books, reports)
 * @param volume the volume of the journal or series
 * @param issue the issue or number within the volume
 * @param edition the edition ("2nd ed.")
 * @param genre what the document says it is: "Report", "Working Paper", "PhD diss.", "[Tweet]"
 * @param isbn the ISBN as printed
 * @param confidence reserved for the field model's probability that it read every field right (0
 *     to 1); null while the bundled model's scores are not probabilities (docs/parser.md)
 */
@JsonPropertyOrder({
  "kind", "authors", "title", "translated", "container", "date", "accessed", "url", "urlAsPrinted",
  "urlCandidates", "pages", "seeNote", "seeSource", "crossRef", "ambiguous", "doi", "place", "text",
  "editors", "publisher", "volume", "issue", "edition", "genre", "isbn", "confidence"
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
    Double confidence) {

  public Source {
    authors = authors == null ? List.of() : List.copyOf(authors);
    urlCandidates = urlCandidates == null ? List.of() : List.copyOf(urlCandidates);
    editors = editors == null ? List.of() : List.copyOf(editors);
  }

  /** A source without the fields the field model added (editors to confidence). */
  public Source(
      SourceKind kind, List<String> authors, String title, boolean translated, String container, String date,
      String accessed, String url, String urlAsPrinted, List<String> urlCandidates, String pages, Integer seeNote,
      Integer seeSource, String crossRef, boolean ambiguous, String doi, String place, String text) {
    this(kind, authors, title, translated, container, date, accessed, url, urlAsPrinted, urlCandidates, pages,
        seeNote, seeSource, crossRef, ambiguous, doi, place, text, List.of(), null, null, null, null, null, null,
        null);
  }

  /** True when the note printed this source's URL differently from its best reading. */
  @JsonIgnore
  public boolean urlRepaired() {
    return url != null && urlAsPrinted != null && !url.equals(urlAsPrinted);
  }
}
