package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param failure the kind of network failure behind the verdict (dns, tls, timeout...), or null
 *     when the server answered
 * @param cached the instant of the earlier check this result was reused from (see --max-age), or
 *     null when this run checked the URL
 * @param confirmed for dead links: true only after failing in two runs at least a day apart
 * @param httpStatus the final HTTP status, when there was one
 * @param finalUrl the URL the redirects ended at
 * @param redirects the redirect chain, in order
 * @param elapsedMs time spent on this URL
 * @param title the cited title against the live page's title
 * @param page what the live page's embedded metadata says about it (absent when the page was not
 *     read, or said nothing)
 * @param archive the snapshot chosen, or null when archives were not asked
 * @param drift the content drift, or null when not measured
 */
@JsonPropertyOrder({
  "note",
  "source",
  "url",
  "verdict",
  "reason",
  "failure",
  "cached",
  "confirmed",
  "httpStatus",
  "finalUrl",
  "redirects",
  "elapsedMs",
  "title",
  "page",
  "archive",
  "drift"
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
    DriftResult drift,
    @JsonInclude(JsonInclude.Include.NON_NULL) Failure failure,
    @JsonInclude(JsonInclude.Include.NON_NULL) String cached,
    @JsonInclude(JsonInclude.Include.NON_NULL) PageMetadata page) {

  public UrlResult {
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
    page = page == null || page.isEmpty() ? null : page;
  }

  /** A result without page metadata. */
  public UrlResult(
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
      DriftResult drift,
      Failure failure,
      String cached) {
    this(
        note,
        source,
        url,
        verdict,
        reason,
        confirmed,
        httpStatus,
        finalUrl,
        redirects,
        elapsedMs,
        title,
        archive,
        drift,
        failure,
        cached,
        null);
  }

  /**
   * A result without a failure kind, checked by this run: the fields the contract first defined.
   */
  public UrlResult(
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
    this(
        note,
        source,
        url,
        verdict,
        reason,
        confirmed,
        httpStatus,
        finalUrl,
        redirects,
        elapsedMs,
        title,
        archive,
        drift,
        null,
        null);
  }

  /** This result with the archive stage's findings. */
  public UrlResult withArchive(ArchiveResult newArchive, DriftResult newDrift) {
    return new UrlResult(
        note,
        source,
        url,
        verdict,
        reason,
        confirmed,
        httpStatus,
        finalUrl,
        redirects,
        elapsedMs,
        title,
        newArchive,
        newDrift,
        failure,
        cached,
        page);
  }

  /** This result with another verdict and reason (the DOI stage's finding), the rest kept. */
  public UrlResult withVerdict(Verdict newVerdict, String newReason, Boolean newConfirmed) {
    return new UrlResult(
        note,
        source,
        url,
        newVerdict,
        newReason,
        newConfirmed,
        httpStatus,
        finalUrl,
        redirects,
        elapsedMs,
        title,
        archive,
        drift,
        failure,
        cached,
        page);
  }
}
