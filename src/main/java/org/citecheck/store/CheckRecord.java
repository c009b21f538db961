package org.citecheck.store;

import java.time.Instant;
import org.citecheck.verdict.Verdict;

/**
 * One check of one URL as the store keeps it.
 *
 * @param url the URL checked
 * @param checkedAt when
 * @param verdict what it got
 * @param httpStatus the final HTTP status, or null
 * @param finalUrl where redirects ended, or null
 * @param failure the network failure's id ("dns"), or null
 * @param elapsedMs how long the check took
 * @param title the page's title, or null
 * @param outcome the check stage's whole result as JSON, to reuse it; null for history alone
 */
public record CheckRecord(
    String url,
    Instant checkedAt,
    Verdict verdict,
    Integer httpStatus,
    String finalUrl,
    String failure,
    long elapsedMs,
    String title,
    String outcome) {}
