#!/usr/bin/env bash
# How well citecheck reads citation fields: k-fold cross-validation of the field model on the
# labelled references (../shared/data/citations and this project's own examples), each reference
# given to extraction as a note of its own. Prints per field precision, recall and F1 (exact match
# after folding case, accents, punctuation and spaces, as GROBID counts; authors by surname, dates
# by year), micro-F1 over the six fields and the share of references with every field right; then
# the same for the rule-based parser on the same notes. Each fold trains a model (minutes each).
# Usage: bench/fields-eval.sh [FOLDS] [MAX_REFERENCES] [--show N]   (defaults: 5 folds, all)
set -euo pipefail
cd "$(dirname "$0")/.."
folds=${1:-5}
max=${2:-1000000}
shift $(( $# > 2 ? 2 : $# ))
data=${CITATIONS_DATA:-../shared/data/citations}
./mvnw -q -B test-compile
cp_file=target/train.classpath
[ -s "$cp_file" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
nice -n 10 java -Xmx2g -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
  org.citecheck.references.fields.eval.FieldsEvaluation "$data" \
  src/test/resources/org/citecheck/references/fields/labelled-references.xml "$folds" "$max" "$@"
