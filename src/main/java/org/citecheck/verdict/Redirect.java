package org.citecheck.verdict;

/** One hop of a redirect chain: the URL asked and the status it answered. */
public record Redirect(String url, int status) {}
