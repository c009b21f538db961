#!/usr/bin/env bash
# Benchmark of the history store (issue 17 item 6): N results (default 100,000) recorded in one
# run's transaction and read back as a later run reads them (a thousand URLs a query), on SQLite and on a
# throwaway PostgreSQL server (.ci/postgres.sh, fsync on: the real thing). Target: under 5 s of
# store time for 100,000 results.
# Usage: bench/store-bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
source .ci/postgres.sh
trap 'stop_postgres; rm -rf "$work"' EXIT

java -cp target/citecheck.jar bench/StoreBench.java "$work/history.db" "$n"
if start_postgres; then
  java -cp target/citecheck.jar bench/StoreBench.java "$CITECHECK_TEST_STORE" "$n" "$CITECHECK_TEST_PGPASSWORD"
else
  echo "postgresql: skipped (no server could be started)" >&2
fi
