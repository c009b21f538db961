package org.citecheck.report;

import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;

/**
 * What every report must say first when the checker had no network: an offline run verified
 * nothing, and a run where some links got the verdict offline verified fewer links than it lists.
 * Without it a report of an offline run reads like a pass ("nothing fails"). One wording for every
 * format, as plain text; each formatter escapes it for its own markup.
 *
 * @param offlineRun true when the checker itself had no network for the whole run
 * @param unverified the count of results whose verdict is offline (not tried, or tried without a
 *     network)
 * @param total the count of results
 */
record Unverified(boolean offlineRun, int unverified, int total) {

  static Unverified of(VerificationReport report) {
    int offline = 0;
    for (UrlResult result : report.results()) {
      offline += result.verdict() == Verdict.OFFLINE ? 1 : 0;
    }
    return new Unverified(report.offline(), offline, report.results().size());
  }

  /** True when the report must say that links were not verified. */
  boolean any() {
    return offlineRun || unverified > 0;
  }

  /**
   * A short headline, for titles: "nothing verified, the checker was offline"; null when all was
   * verified.
   */
  String headline() {
    if (offlineRun) {
      return "nothing verified, the checker was offline";
    }
    return unverified == 0 ? null : unverified + " of " + urls(total) + " not verified, no network";
  }

  /** The explanation, in whole sentences; null when all was verified. */
  String explanation() {
    if (offlineRun) {
      String counts;
      if (total == 0) {
        counts = "";
      } else if (unverified == total) {
        counts = " None of the " + urls(total) + " could be checked.";
      } else {
        counts =
            " "
                + unverified
                + " of the "
                + urls(total)
                + " could not be checked; the other "
                + (total - unverified)
                + " need no network (invalid or skipped) or come from earlier runs.";
      }
      return "The checker was offline: no site answered, so nothing was verified in this run and no link"
          + " was found dead by it."
          + counts
          + " Run it again with network access.";
    }
    if (unverified == 0) {
      return null;
    }
    return unverified
        + " of the "
        + urls(total)
        + (unverified == 1 ? " was" : " were")
        + " not verified: the checker had no network when it tried "
        + (unverified == 1 ? "it" : "them")
        + ". Run it again with network access to verify "
        + (unverified == 1 ? "it." : "them.");
  }

  /**
   * The fail-on outcome in words, never "nothing fails" when links were not verified.
   *
   * @param findings the count of results whose verdict is in fail-on
   */
  String failOnOutcome(long findings) {
    if (offlineRun) {
      return "Not judged: the checker was offline"
          + (findings == 0
              ? ""
              : "; "
                  + findings
                  + (findings == 1 ? " result" : " results")
                  + " of earlier runs would fail it");
    }
    String fails =
        findings == 0
            ? (unverified == 0 ? "Nothing fails" : "No verified URL fails")
            : findings + (findings == 1 ? " URL fails" : " URLs fail");
    return fails
        + " the check"
        + (unverified == 0 ? "" : "; " + unverified + " could not be verified");
  }

  private static String urls(int count) {
    return count + (count == 1 ? " cited URL" : " cited URLs");
  }
}
