#!/usr/bin/env bash
# Trains the citation field model and writes it into the jar's resources. Reads the labelled
# references in ../shared/data/citations (AnyStyle's parser data, GROBID's citation corpus, and
# body text from AnyStyle's finder documents as commentary; never copied into this repository) and
# this project's own examples in src/test/resources/org/citecheck/references/fields/. CRFsuite's
# averaged perceptron visits the references in file order, so the same data gives the same file.
# Usage: train/train.sh [DATA_FOLDER]   (default ../shared/data/citations). Runs under nice.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/citations}
[ -d "$data/anystyle" ] || { echo "train.sh: no labelled data in $data (see docs/parser.md)" >&2; exit 2; }
./mvnw -q -B test-compile
cp_file=target/train.classpath
[ -s "$cp_file" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
model=src/main/resources/org/citecheck/references/fields/fields.crfsuite
nice -n 10 java -Xmx2g -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
  org.citecheck.references.fields.train.TrainModel "$data" \
  src/test/resources/org/citecheck/references/fields/labelled-references.xml "$model"
sha256sum "$model"
