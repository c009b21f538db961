-- Version 1 of the history store. One text for SQLite and PostgreSQL: only types and statements
-- both read the same way (TEXT, INTEGER, BIGINT; instants as epoch milliseconds).

-- Every check of every URL, one row per (URL, run). "outcome" is the check stage's whole result as
-- JSON, kept so a recent one can be reused; the other columns are what people and queries read.
CREATE TABLE checks (
  url TEXT NOT NULL,
  checked_at BIGINT NOT NULL,
  run_id TEXT NOT NULL,
  verdict TEXT NOT NULL,
  http_status INTEGER,
  final_url TEXT,
  failure TEXT,
  elapsed_ms BIGINT NOT NULL,
  title TEXT,
  outcome TEXT,
  PRIMARY KEY (url, checked_at, run_id)
);
CREATE INDEX checks_by_time ON checks (checked_at);

-- The archived snapshot a run found for a URL.
CREATE TABLE snapshots (
  url TEXT NOT NULL,
  run_id TEXT NOT NULL,
  looked_up_at BIGINT NOT NULL,
  status TEXT NOT NULL,
  snapshot_url TEXT,
  snapshot_at TEXT,
  PRIMARY KEY (url, run_id)
);
CREATE INDEX snapshots_by_time ON snapshots (looked_up_at);

-- Which document cites which URL, as last seen by a run.
CREATE TABLE citations (
  document TEXT NOT NULL,
  url TEXT NOT NULL,
  seen_at BIGINT NOT NULL,
  PRIMARY KEY (document, url)
);
CREATE INDEX citations_by_url ON citations (url);

-- Answers of other services kept by key (a DOI's metadata, say), for any stage that wants them.
CREATE TABLE lookups (
  kind TEXT NOT NULL,
  lookup_key TEXT NOT NULL,
  answer TEXT NOT NULL,
  fetched_at BIGINT NOT NULL,
  PRIMARY KEY (kind, lookup_key)
);

-- Old JSON caches already imported, so each is imported once.
CREATE TABLE imports (
  source TEXT PRIMARY KEY,
  imported_at BIGINT NOT NULL,
  urls INTEGER NOT NULL
);
