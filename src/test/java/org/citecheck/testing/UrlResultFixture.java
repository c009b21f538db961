package org.citecheck.testing;

import java.util.List;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.PageMetadata;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.TitleMatch;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/**
 * A {@link UrlResult} built field by field, instead of its 15-argument constructor. Only note,
 * source, URL and verdict are given; every other field is empty (null, no redirects, 0 ms) unless a
 * test sets it, so a test shows exactly what its case depends on.
 */
public final class UrlResultFixture {

  private final int note;
  private final int source;
  private final String url;
  private final Verdict verdict;
  private String reason;
  private Boolean confirmed;
  private Integer httpStatus;
  private String finalUrl;
  private List<Redirect> redirects = List.of();
  private long elapsedMs;
  private TitleMatch title;
  private ArchiveResult archive;
  private DriftResult drift;
  private Failure failure;
  private String cached;
  private PageMetadata page;

  private UrlResultFixture(int note, int source, String url, Verdict verdict) {
    this.note = note;
    this.source = source;
    this.url = url;
    this.verdict = verdict;
  }

  /** The result for a note's source (0-based) and its URL. */
  public static UrlResultFixture result(int note, int source, String url, Verdict verdict) {
    return new UrlResultFixture(note, source, url, verdict);
  }

  public UrlResultFixture reason(String value) {
    reason = value;
    return this;
  }

  public UrlResultFixture confirmed(Boolean value) {
    confirmed = value;
    return this;
  }

  public UrlResultFixture status(Integer value) {
    httpStatus = value;
    return this;
  }

  public UrlResultFixture finalUrl(String value) {
    finalUrl = value;
    return this;
  }

  public UrlResultFixture redirects(Redirect... hops) {
    redirects = List.of(hops);
    return this;
  }

  public UrlResultFixture redirects(List<Redirect> hops) {
    redirects = hops;
    return this;
  }

  public UrlResultFixture elapsedMs(long value) {
    elapsedMs = value;
    return this;
  }

  public UrlResultFixture title(TitleMatch value) {
    title = value;
    return this;
  }

  public UrlResultFixture archive(ArchiveResult value) {
    archive = value;
    return this;
  }

  public UrlResultFixture archive(ArchiveResultFixture value) {
    return archive(value.build());
  }

  public UrlResultFixture drift(DriftResult value) {
    drift = value;
    return this;
  }

  public UrlResultFixture failure(Failure value) {
    failure = value;
    return this;
  }

  /** The instant of the earlier check this result was reused from. */
  public UrlResultFixture cached(String value) {
    cached = value;
    return this;
  }

  /** What the page's embedded metadata said. */
  public UrlResultFixture page(PageMetadata value) {
    page = value;
    return this;
  }

  public UrlResult build() {
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
        archive,
        drift,
        failure,
        cached,
        page);
  }
}
