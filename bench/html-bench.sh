#!/usr/bin/env bash
# Benchmark for HTML input (issue 15 item 8): a generated page of MB megabytes (default 50) in
# pandoc's markup with NOTES footnotes (default 500), read by `citecheck extract` as a whole command
# through bin/citecheck, with its JVM options (JVM start-up included). Prints wall time and peak RSS
# per run, and checks that every note and its URL came out.
# Usage: bench/html-bench.sh [MB] [NOTES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
notes=${2:-500}
runs=${3:-3}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateHtml.java "$mb" "$notes" "$work/page.html"
echo "document: $(du -h "$work/page.html" | cut -f1), $notes footnotes"

best=""
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/rss" bin/citecheck extract "$work/page.html" \
      -o "$work/references.json" 2> "$work/err.txt"
  else
    bin/citecheck extract "$work/page.html" -o "$work/references.json" 2> "$work/err.txt"
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
  echo "run $i: ${ms} ms wall$( [ -f "$work/rss" ] && echo ", peak RSS $(( $(cat "$work/rss") / 1024 )) MB")"
done
grep -v '^citecheck: .*links in the body' "$work/err.txt" | tail -1
marked=$(grep -c '"urlSource": "markup"' "$work/references.json" || true)
echo "URLs from their link target: $marked of $notes"
echo "whole command (JVM start-up included): best ${best} ms over $runs runs"
