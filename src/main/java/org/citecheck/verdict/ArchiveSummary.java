package org.citecheck.verdict;

import java.util.List;

/**
 * What the archives did for the broken links: a broken link is one whose verdict is dead or
 * soft-404 (the cited page is gone either way); it is rescued when a snapshot was found for it.
 *
 * @param rescued broken links with a snapshot to cite
 * @param unrescued broken links without one (none found, or the lookup failed)
 * @param rateLimited results of any verdict whose lookup was cut short by an archive's rate limit
 */
public record ArchiveSummary(int rescued, int unrescued, int rateLimited) {

  public static final String RATE_LIMITED = "archive rate-limited";

  /** Counts over results that carry archive results; null when none does (archives not asked). */
  public static ArchiveSummary of(List<UrlResult> results) {
    int rescued = 0;
    int unrescued = 0;
    int rateLimited = 0;
    boolean asked = false;
    for (UrlResult result : results) {
      ArchiveResult archive = result.archive();
      if (archive == null) {
        continue;
      }
      asked = true;
      if (result.verdict() == Verdict.DEAD || result.verdict() == Verdict.SOFT_404) {
        if (archive.found()) {
          rescued++;
        } else {
          unrescued++;
        }
      }
      if (archive.reason() != null && archive.reason().startsWith(RATE_LIMITED)) {
        rateLimited++;
      }
    }
    return asked ? new ArchiveSummary(rescued, unrescued, rateLimited) : null;
  }
}
