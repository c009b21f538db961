#!/usr/bin/env bash
# Benchmark for `citecheck extract`: a synthetic report of N notes (default 10,000), timed as a
# whole command (JVM start-up included) and in one warm JVM. Target: 10,000 notes under one second.
# Usage: bench/extract-bench.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-5}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateNotes.java "$n" "$work/report.txt"
echo "document: $n notes, $(wc -l < "$work/report.txt") lines, $(du -h "$work/report.txt" | cut -f1)"

best=""
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/rss" bin/citecheck extract "$work/report.txt" -o "$work/out.json" 2>/dev/null
  else
    bin/citecheck extract "$work/report.txt" -o "$work/out.json" 2>/dev/null
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
  echo "run $i: ${ms} ms wall$( [ -f "$work/rss" ] && echo ", peak RSS $(( $(cat "$work/rss") / 1024 )) MB")"
done
echo "whole command (JVM start-up included): best ${best} ms over $runs runs"
java -cp target/citecheck.jar bench/ExtractBench.java "$work/report.txt" 10
