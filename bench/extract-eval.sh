#!/usr/bin/env bash
# URL recall and precision of `citecheck extract` on reports made here in the layouts of published
# ones (footnotes with a running footer, a [N] reference list, endnotes in two columns, URLs without
# a scheme, URLs hyphenated by the typesetter), set with pdflatex and turned into text with
# `pdftotext -raw` and plain `pdftotext`, against the URLs each report was written with.
# Needs python3, pdflatex (TeX Live with lmodern and fancyhdr) and poppler-utils.
# Usage: bench/extract-eval.sh [DOCS_PER_LAYOUT] [SEED] [--show]   (defaults: 3 documents, seed 1)
# The documents, their texts and references.json files are left in target/extract-eval/.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-3}
seed=${2:-1}
show=${3:-}
[ -f target/citecheck.jar ] || ./mvnw -q -B package -DskipTests
work=target/extract-eval
rm -rf "$work" && mkdir -p "$work"
python3 bench/extract-eval/generate.py "$work" "$docs" "$seed"
for tex in "$work"/*.tex; do
  base=${tex%.tex}
  (cd "$work" && pdflatex -interaction=batchmode -halt-on-error "$(basename "$tex")" >/dev/null) \
    || { echo "pdflatex failed on $tex (see ${base}.log)" >&2; exit 1; }
  pdftotext -raw "$base.pdf" "$base.raw.txt"
  pdftotext "$base.pdf" "$base.plain.txt"
  for variant in raw plain; do
    java -jar target/citecheck.jar extract "$base.$variant.txt" -o "$base.$variant.json" 2>>"$work/extract.log" \
      || echo "extract failed on $base.$variant.txt" >&2
  done
done
python3 bench/extract-eval/score.py "$work" $show
