package org.citecheck.bib;

import java.util.List;
import org.citecheck.references.SourceKind;

/**
 * One distinct cited source, ready to be written in any style. Text fields hold plain Unicode; each
 * writer escapes them for its own format. Fields are null when unknown.
 *
 * @param key the citation key, unique in the bibliography
 * @param kind what the source is
 * @param authors people or issuing bodies, in printed order
 * @param title the title, or a bracketed description ("[Facebook post]") when the note gives none
 * @param translated true when the citing document translated the title
 * @param container the site, outlet, publisher or issuing body
 * @param place place of publication
 * @param date publication date, ISO 8601, partial allowed
 * @param urlDate the access date the note gives, else the date a verification report's check
 *     reached the link (alive or redirected), ISO 8601; null when neither
 * @param url the URL (the redirect target when a report says the link redirects)
 * @param doi the DOI, without resolver prefix
 * @param pages page or page range
 * @param volume the journal's or series' volume
 * @param issue the issue (number) within the volume
 * @param archiveUrl the archived snapshot's URL
 * @param archiveService the archive holding the snapshot ("wayback", ...)
 * @param archiveDate the snapshot's capture date, ISO 8601
 * @param notes the numbers of the notes that cite the source, ascending
 */
public record BibEntry(
    String key,
    SourceKind kind,
    List<Name> authors,
    String title,
    boolean translated,
    String container,
    String place,
    String date,
    String urlDate,
    String url,
    String doi,
    String pages,
    String volume,
    String issue,
    String archiveUrl,
    String archiveService,
    String archiveDate,
    List<Integer> notes) {

  public BibEntry {
    authors = authors == null ? List.of() : List.copyOf(authors);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** An entry without volume and issue. */
  public BibEntry(
      String key,
      SourceKind kind,
      List<Name> authors,
      String title,
      boolean translated,
      String container,
      String place,
      String date,
      String urlDate,
      String url,
      String doi,
      String pages,
      String archiveUrl,
      String archiveService,
      String archiveDate,
      List<Integer> notes) {
    this(
        key,
        kind,
        authors,
        title,
        translated,
        container,
        place,
        date,
        urlDate,
        url,
        doi,
        pages,
        null,
        null,
        archiveUrl,
        archiveService,
        archiveDate,
        notes);
  }

  /** The notes as "note4, note16": a non-printing record of who cites the entry. */
  public String noteKeywords() {
    StringBuilder keywords = new StringBuilder();
    for (int note : notes) {
      keywords.append(keywords.length() == 0 ? "" : ", ").append("note").append(note);
    }
    return keywords.toString();
  }

  /** Year, month and day of {@link #date()} as integers; empty when there is no date. */
  public int[] dateParts() {
    return IsoDate.parts(date);
  }
}
