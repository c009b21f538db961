#!/usr/bin/env bash
# Benchmark for DOCX and ODT input: a Markdown report of FOOTNOTES footnotes (default 2,000), each
# citing a URL under a link, written by pandoc as DOCX and ODT and read by `citecheck extract` as a
# whole command through bin/citecheck (JVM start-up included). Prints wall time and peak RSS per
# run, and checks that every footnote and URL came out from the markup. Needs pandoc.
# Usage: bench/office-bench.sh [FOOTNOTES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
footnotes=${1:-2000}
runs=${2:-3}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  echo "# Benchmark Report"
  echo
  for i in $(seq "$footnotes"); do
    echo "Paragraph $i of the body makes a claim.[^$i]"
    echo
  done
  for i in $(seq "$footnotes"); do
    echo "[^$i]: A. Author $i, \"[Report number $i](https://example.org/reports/$i?lang=en&page=$i),\" The Outlet, 3 March 2020."
  done
} > "$work/report.md"
for format in docx odt; do
  pandoc "$work/report.md" -o "$work/report.$format"
  echo "document: $footnotes footnotes, $(du -h "$work/report.$format" | cut -f1) $format"
  best=""
  for i in $(seq "$runs"); do
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f "%M" -o "$work/rss" bin/citecheck extract "$work/report.$format" \
        -o "$work/references.json" 2> "$work/err.txt"
    else
      bin/citecheck extract "$work/report.$format" -o "$work/references.json" 2> "$work/err.txt"
    fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
    echo "  run $i: ${ms} ms wall$( [ -f "$work/rss" ] && echo ", peak RSS $(( $(cat "$work/rss") / 1024 )) MB")"
  done
  tail -1 "$work/err.txt"
  markup=$(grep -c '"urlSource": "markup"' "$work/references.json" || true)
  echo "  URLs from the markup: $markup of $footnotes"
  echo "  whole command (JVM start-up included): best ${best} ms over $runs runs"
done
