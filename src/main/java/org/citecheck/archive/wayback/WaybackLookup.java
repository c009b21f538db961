package org.citecheck.archive.wayback;

import org.citecheck.archive.CiteDate;
import org.citecheck.archive.LookupOutcome;

/** The Wayback Machine: CDX first; the Availability API only when CDX could not answer. */
public final class WaybackLookup {

  private final CdxClient cdx;
  private final AvailabilityClient availability;

  public WaybackLookup(CdxClient cdx, AvailabilityClient availability) {
    this.cdx = cdx;
    this.availability = availability;
  }

  public LookupOutcome find(String url, CiteDate cite) {
    LookupOutcome first = cdx.find(url, cite);
    if (first.kind() != LookupOutcome.Kind.ERROR) {
      return first;
    }
    LookupOutcome fallback = availability.find(url, cite);
    String reason = fallback.reason() + " (after " + first.reason() + ")";
    return switch (fallback.kind()) {
      case FOUND -> LookupOutcome.found(fallback.capture(), reason);
      case NONE -> LookupOutcome.none(reason);
      case ERROR -> new LookupOutcome(LookupOutcome.Kind.ERROR, null, reason,
          first.rateLimited() || fallback.rateLimited());
    };
  }
}
