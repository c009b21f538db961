package org.citecheck.scholarly.store;

/**
 * One service answer kept between runs.
 *
 * @param status the HTTP status
 * @param body the answer's text
 * @param url the URL that answered, after redirects
 * @param fetchedAt ISO 8601 instant of the request
 * @param since ISO 8601 instant since which the service has given this status for the key (the
 *     first of an unbroken run of equal answers): two "not registered" a day apart confirm it
 */
public record StoredAnswer(int status, String body, String url, String fetchedAt, String since) {}
