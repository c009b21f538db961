package org.citecheck.store;

/**
 * The archived snapshot a run found for a URL.
 *
 * @param url the cited URL
 * @param status the archive status's id ("found", "none"...)
 * @param snapshotUrl the snapshot's address, or null
 * @param snapshotAt its timestamp, or null
 */
public record SnapshotRecord(String url, String status, String snapshotUrl, String snapshotAt) {}
