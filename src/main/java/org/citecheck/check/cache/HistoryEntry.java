package org.citecheck.check.cache;

import org.citecheck.verdict.Verdict;

/** One run's verdict on a URL: when it was checked and what it got. */
public record HistoryEntry(String at, Verdict verdict) {}
