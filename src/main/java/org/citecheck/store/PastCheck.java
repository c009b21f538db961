package org.citecheck.store;

/**
 * A check as {@code citecheck history} shows it: the check and the snapshot its run found.
 *
 * @param check the check
 * @param snapshotUrl the archived copy the same run found, or null
 * @param snapshotAt that copy's timestamp, or null
 */
public record PastCheck(CheckRecord check, String snapshotUrl, String snapshotAt) {}
