package org.citecheck.scholarly;

import java.time.Clock;
import java.time.Duration;
import org.citecheck.http.TimeSource;
import org.citecheck.scholarly.service.ServicePolicy;

/**
 * How the metadata services are asked.
 *
 * @param doiBase the DOI resolver's origin (handle API and content negotiation), --doi-base
 * @param crossrefBase Crossref's REST API origin, --crossref-base
 * @param dataciteBase DataCite's REST API origin, --datacite-base
 * @param mailto the contact address sent in the User-Agent (Crossref's "polite pool"), or null
 * @param version citecheck's version, named in the User-Agent
 * @param maxAge how old a kept answer may be and still be reused
 * @param crossref false to never ask Crossref (only DOIs the notes or pages give are used)
 * @param clock the run's time
 * @param time the waits of the HTTP stack (tests pass a fake)
 * @param doiPolicy the DOI resolver's limits
 * @param crossrefPolicy Crossref's limits
 * @param datacitePolicy DataCite's limits
 */
public record ScholarlyOptions(
    String doiBase,
    String crossrefBase,
    String dataciteBase,
    String mailto,
    String version,
    Duration maxAge,
    boolean crossref,
    Clock clock,
    TimeSource time,
    ServicePolicy doiPolicy,
    ServicePolicy crossrefPolicy,
    ServicePolicy datacitePolicy) {

  public static final String DOI = "https://doi.org";
  public static final String CROSSREF = "https://api.crossref.org";
  public static final String DATACITE = "https://api.datacite.org";

  public static ScholarlyOptions defaults(String version) {
    return new ScholarlyOptions(
        DOI,
        CROSSREF,
        DATACITE,
        null,
        version,
        Duration.ofDays(1),
        true,
        Clock.systemUTC(),
        TimeSource.SYSTEM,
        ServicePolicy.doiResolver(),
        ServicePolicy.crossref(),
        ServicePolicy.datacite());
  }

  public ScholarlyOptions withBases(String doi, String crossrefOrigin, String datacite) {
    return new ScholarlyOptions(
        doi == null ? doiBase : doi,
        crossrefOrigin == null ? crossrefBase : crossrefOrigin,
        datacite == null ? dataciteBase : datacite,
        mailto,
        version,
        maxAge,
        crossref,
        clock,
        time,
        doiPolicy,
        crossrefPolicy,
        datacitePolicy);
  }

  public ScholarlyOptions withMailto(String address) {
    return new ScholarlyOptions(
        doiBase,
        crossrefBase,
        dataciteBase,
        address,
        version,
        maxAge,
        crossref,
        clock,
        time,
        doiPolicy,
        crossrefPolicy,
        datacitePolicy);
  }

  public ScholarlyOptions withMaxAge(Duration age) {
    return new ScholarlyOptions(
        doiBase,
        crossrefBase,
        dataciteBase,
        mailto,
        version,
        age,
        crossref,
        clock,
        time,
        doiPolicy,
        crossrefPolicy,
        datacitePolicy);
  }

  public ScholarlyOptions withCrossref(boolean ask) {
    return new ScholarlyOptions(
        doiBase,
        crossrefBase,
        dataciteBase,
        mailto,
        version,
        maxAge,
        ask,
        clock,
        time,
        doiPolicy,
        crossrefPolicy,
        datacitePolicy);
  }

  public ScholarlyOptions withTime(Clock runClock, TimeSource waits) {
    return new ScholarlyOptions(
        doiBase,
        crossrefBase,
        dataciteBase,
        mailto,
        version,
        maxAge,
        crossref,
        runClock,
        waits,
        doiPolicy,
        crossrefPolicy,
        datacitePolicy);
  }

  public ScholarlyOptions withPolicies(
      ServicePolicy doi, ServicePolicy crossrefLimits, ServicePolicy datacite) {
    return new ScholarlyOptions(
        doiBase,
        crossrefBase,
        dataciteBase,
        mailto,
        version,
        maxAge,
        crossref,
        clock,
        time,
        doi,
        crossrefLimits,
        datacite);
  }

  /**
   * The User-Agent the agencies ask for: the tool and a contact. Without a contact address Crossref
   * serves the request from its public pool, not the polite one.
   */
  public String userAgent() {
    return "citecheck/"
        + version
        + " (citation checker; verifies DOIs and completes records"
        + (mailto == null ? "" : "; mailto:" + mailto)
        + ")";
  }

  /** The line that tells a user without --mailto what that means, or null when one is set. */
  public String politePoolNotice() {
    return mailto == null
        ? "no --mailto given: Crossref and the DOI agencies are asked without a contact address,"
            + " so Crossref's polite pool is not used"
        : null;
  }
}
