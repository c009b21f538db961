package org.citecheck.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.archive.snapshot.LookupOutcome;
import org.citecheck.archive.snapshot.SnapshotSource;
import org.citecheck.http.TimeSource;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Source;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.DriftResult;

/**
 * Finds the snapshot that best represents a cited page as it was when cited, and measures how far
 * today's page has drifted from it. The services are asked in the order {@code --archive} names
 * them (each one a {@link SnapshotSource}: Wayback is CDX, then the Availability API when CDX
 * fails; Memento is each TimeGate, then Time Travel) until one has a capture; live pages with none
 * are saved when asked to. Answers are remembered for the run, per URL (without its fragment) and
 * cite day. Safe to call from several threads.
 */
public final class ArchiveEngine {

  private final ArchiveOptions options;
  private final Clock clock;
  private final ArchiveServices services;
  private final RunMemo<ArchiveResult> lookups = new RunMemo<>();
  private final RunMemo<LookupOutcome> saves = new RunMemo<>();

  /**
   * @param archiveClient the client archive requests are derived from (each service adds its own
   *     retry, breaker and pace to it); it should not carry headers meant for the cited sites
   * @param pageClient the client live pages are read with for drift; it follows redirects itself
   * @param clock gives today, for cite dates
   * @param time every wait (pacing, retries, Save Page Now's polls) goes through it
   */
  public ArchiveEngine(
      OkHttpClient archiveClient,
      OkHttpClient pageClient,
      ArchiveOptions options,
      Clock clock,
      TimeSource time) {
    this.options = options;
    this.clock = clock;
    this.services = new ArchiveServices(archiveClient, pageClient, options, time);
  }

  public ArchiveOptions options() {
    return options;
  }

  /**
   * The cite date for one source (see {@link CiteDate}), with today taken from this engine's clock.
   */
  public CiteDate citeDate(Source source, DocumentInfo document) {
    return CiteDate.resolve(source, document, LocalDate.now(clock));
  }

  /**
   * The snapshot for one cited URL.
   *
   * @param live true when the page answers today; only live pages are submitted to Save Page Now
   */
  public ArchiveResult lookup(String url, CiteDate cite, boolean live) {
    if (!options.enabled()) {
      return ArchiveResult.skipped("archives not asked (--archive none)");
    }
    String bare = url.replaceFirst("#.*$", "");
    boolean mayAsk = live && options.saveMissing();
    String key = cite.iso() + (mayAsk ? " save " : " ") + bare;
    return lookups.get(key, () -> ask(bare, cite, live));
  }

  /**
   * The drift between the live page and its snapshot.
   *
   * @param liveHtml the live page's HTML if the caller holds it, else null to fetch it
   */
  public DriftResult drift(
      String liveUrl, String liveHtml, ArchiveResult archive, String citedTitle) {
    return services.drift.measure(liveUrl, liveHtml, archive, citedTitle);
  }

  /**
   * Walks the sources in the order {@code --archive} gave them until one finds a capture; a live
   * page that the Wayback Machine answered it does not hold (or, without Wayback, that no source
   * holds) is then saved when asked to.
   */
  private ArchiveResult ask(String url, CiteDate cite, boolean live) {
    List<LookupOutcome> outcomes = new ArrayList<>();
    LookupOutcome waybackSaid = null;
    for (Map.Entry<ArchiveService, SnapshotSource> source : services.sources.entrySet()) {
      LookupOutcome said = source.getValue().find(url, cite);
      if (said.found()) {
        return ArchiveResults.found(said, cite);
      }
      outcomes.add(said);
      if (source.getKey() == ArchiveService.WAYBACK) {
        waybackSaid = said;
      }
    }
    boolean waybackHasNone =
        waybackSaid == null
            ? outcomes.stream().allMatch(o -> o.kind() == LookupOutcome.Kind.NONE)
            : waybackSaid.kind() == LookupOutcome.Kind.NONE;
    if (live && options.saveMissing() && waybackHasNone) {
      LookupOutcome saved = saves.get(url, () -> services.save.save(url));
      if (saved.found()) {
        return ArchiveResults.found(saved, cite);
      }
      outcomes.add(saved);
    }
    return ArchiveResults.notFound(outcomes, cite);
  }
}
