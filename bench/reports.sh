#!/usr/bin/env bash
# Times the report writers on a synthetic run: bench/reports.sh [N] (default 5000 cited URLs).
# Builds the jar when missing; prints each round's time and each file's size.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/citecheck.jar ] || ./mvnw -B -q package -DskipTests
exec java -Xmx512m -cp target/citecheck.jar bench/ReportsBench.java "${1:-5000}"
