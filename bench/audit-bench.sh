#!/usr/bin/env bash
# Benchmark for `citecheck audit`: a synthetic report of N notes (default 10,000) whose body
# references every note in the marker forms PDF extraction leaves, audited as a whole command (JVM
# start-up, extraction and both reports included) and in one warm JVM.
# Usage: bench/audit-bench.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-5}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateNotes.java "$n" "$work/notes.txt"
java -cp target/citecheck.jar bench/AuditBench.java "$work/notes.txt" "$work/report.txt" 10
echo "document: $n notes, $(wc -l < "$work/report.txt") lines, $(du -h "$work/report.txt" | cut -f1)"

best=""
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/rss" java -jar target/citecheck.jar audit "$work/report.txt" --fail-on none \
      --reports "$work/reports" > "$work/out.txt"
  else
    java -jar target/citecheck.jar audit "$work/report.txt" --fail-on none --reports "$work/reports" > "$work/out.txt"
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
  echo "run $i: ${ms} ms wall$( [ -f "$work/rss" ] && echo ", peak RSS $(( $(cat "$work/rss") / 1024 )) MB")"
done
tail -1 "$work/out.txt"
echo "whole command (JVM start-up included): best ${best} ms over $runs runs"
