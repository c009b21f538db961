#!/usr/bin/env bash
# How well `citecheck audit` finds the faults an editor must fix: generates reports as pdftotext
# gives them (markers glued, superscript or bracketed; with and without page furniture; wrapped or
# not; the document's date in the forms reports print), injects faults at random notes (a marker
# missing, repeated, out of order or without a note; notes missing, numbered twice or out of order;
# a source dated after the document; cross-references forward, "below" backwards, to no note or to
# the wrong work; a full citation repeated; tracking parameters), keeps one report in five clean, and
# prints per rule how many faults were found (recall) and how many findings were right (precision).
# It then typesets the same reports, with the same faults, as PDFs with raised markers (PDFBox,
# DejaVu fonts) and prints the PDF figures and both side by side.
# The generator is src/test/java/org/citecheck/audit/eval/.
# Usage: bench/audit-eval.sh [REPORTS] [FIRST_SEED] [--show N]   (defaults: 300 reports from seed 1)
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${1:-300}
seed=${2:-1}
shift $(( $# > 2 ? 2 : $# ))
./mvnw -q -B test-compile
cp_file=target/audit-eval.classpath
[ -s "$cp_file" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" org.citecheck.audit.eval.AuditEvaluation \
  "$reports" "$seed" "$@"
