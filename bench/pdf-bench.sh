#!/usr/bin/env bash
# Benchmark for PDF input: a generated report of PAGES pages (default 300) with FOOTNOTES footnotes
# (default 2,000), each citing a URL under a link annotation, read by `citecheck extract` as a whole
# command through bin/citecheck, with its JVM options (JVM start-up included). Prints wall time and peak RSS per run, and checks that every
# footnote and URL came out. Targets (issue 13): under 6 s and under 512 MB.
# Usage: bench/pdf-bench.sh [PAGES] [FOOTNOTES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-300}
footnotes=${2:-2000}
runs=${3:-3}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp target/citecheck.jar bench/GeneratePdf.java "$pages" "$footnotes" "$work/report.pdf"
echo "document: $pages pages, $footnotes footnotes, $(du -h "$work/report.pdf" | cut -f1)"

best=""
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/rss" bin/citecheck extract "$work/report.pdf" \
      -o "$work/references.json" 2> "$work/err.txt"
  else
    bin/citecheck extract "$work/report.pdf" -o "$work/references.json" 2> "$work/err.txt"
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
  echo "run $i: ${ms} ms wall$( [ -f "$work/rss" ] && echo ", peak RSS $(( $(cat "$work/rss") / 1024 )) MB")"
done
tail -1 "$work/err.txt"
annotated=$(grep -c '"urlSource": "annotation"' "$work/references.json" || true)
echo "URLs from their link annotation: $annotated of $footnotes"
echo "whole command (JVM start-up included): best ${best} ms over $runs runs"
