#!/usr/bin/env bash
# How much `citecheck enrich` completes records, and how often what it fills is wrong, with every
# service stubbed on a local stand-in (no network):
#  1. the seed report through check and enrich, each cited page served by a stand-in whose HTML
#     embeds real-shaped metadata (Highwire, JSON-LD @graph and array, Dublin Core, Open Graph with
#     meta author, a site name posing as author, none), in rotation: field completeness (share of
#     sources with authors, title, date, container, DOI) before and after, and how many sources whose
#     page names its author got it;
#  2. labelled references (../shared/data/citations) read by the field model, with a stand-in
#     Crossref whose candidates rotate through right, wrong-year, other-author, unrelated and
#     reprint answers: completeness before and after, and the share of filled fields that are wrong;
#  3. cited DOIs behind publishers that answer 403: how many registered ones check reports alive.
# The generator is src/test/java/org/citecheck/scholarly/eval/.
# Usage: bench/enrich-eval.sh [LABELLED_REFERENCES]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-300}
data=${CITATIONS_DATA:-../shared/data/citations}
seed=${SEED_REPORT:-../shared/seeds/000_c39dda2f462f2f20.txt}
./mvnw -q -B test-compile
cp_file=target/enrich-eval.classpath
[ -s "$cp_file" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
nice -n 10 java -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
  org.citecheck.scholarly.eval.EnrichEvaluation "$data" "$seed" "$count"
