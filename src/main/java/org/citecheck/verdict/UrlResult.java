package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The verdict on one cited URL of one source of one note.
 *
 * @param note the note's number
 * @param source the source's index in the note (0-based)
 * @param url the URL checked (the candidate that settled, when several were tried)
 * @param verdict the verdict
 * @param reason a human-readable reason
 * @param confirmed for dead links: true only after failing in two runs at least a day apart
 * @param httpStatus the final HTTP status, when there was one
 * @param finalUrl the URL the redirects ended at
 * @param redirects the redirect chain, in order
 * @param elapsedMs time spent on this URL
 * @param title the cited title against the live page's title
 * @param archive the snapshot chosen, or null when archives were not asked
 * @param drift the content drift, or null when not measured
 */
@JsonPropertyOrder({
  "note", "source", "url", "verdict", "reason", "confirmed", "httpStatus", "finalUrl", "redirects",
  "elapsedMs", "title", "archive", "drift"
})
public record UrlResult(
    int note,
    int source,
    String url,
    Verdict verdict,
    String reason,
    Boolean confirmed,
    Integer httpStatus,
    String finalUrl,
    List<Redirect> redirects,
    long elapsedMs,
    TitleMatch title,
    ArchiveResult archive,
    DriftResult drift) {

  public UrlResult {
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
  }

  /** This result with the archive stage's findings. */
  public UrlResult withArchive(ArchiveResult newArchive, DriftResult newDrift) {
    return new UrlResult(note, source, url, verdict, reason, confirmed, httpStatus, finalUrl,
        redirects, elapsedMs, title, newArchive, newDrift);
  }
}
