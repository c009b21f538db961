#!/usr/bin/env bash
# Start-up benchmark (not a test): medians of RUNS runs of `bin/citecheck --version` and of
# `bin/citecheck extract` of the seed report, with the class-data-sharing archive the build makes
# (target/citecheck.jsa) and without it, runs interleaved so that load on the machine falls on both.
# Targets (issue 16): --version at most 0.15 s, extract of the seed at most 0.3 s.
#
# Usage: bench/startup-bench.sh [RUNS]     (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
[ -f target/citecheck.jar ] || ./mvnw -B -q package -DskipTests
[ -f target/citecheck.jsa ] || { echo "no target/citecheck.jsa: build with ./mvnw package (without -DskipCds)"; exit 2; }
seed=src/test/resources/seed/osce-insights-2020-minsk-group.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
plain="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
ms() { local s; s=$(date +%s%N); "$@" > /dev/null 2>&1; echo $(( ($(date +%s%N) - s) / 1000000 )); }
for i in $(seq 1 "$runs"); do
  echo "cds version $(ms bin/citecheck --version)"
  echo "plain version $(CITECHECK_JAVA_OPTS="$plain" ms bin/citecheck --version)"
  echo "cds extract $(ms bin/citecheck extract "$seed" -o "$out/r.json")"
  echo "plain extract $(CITECHECK_JAVA_OPTS="$plain" ms bin/citecheck extract "$seed" -o "$out/r.json")"
done > "$out/times.txt"
python3 - "$out/times.txt" "$runs" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    mode, what, ms = line.split()
    times.setdefault((mode, what), []).append(int(ms))
targets = {"version": 150, "extract": 300}
print("medians of %s runs (load average at the end: %s)" % (sys.argv[2], open("/proc/loadavg").read().split()[0]))
for what in ("version", "extract"):
    cds = statistics.median(times[("cds", what)])
    plain = statistics.median(times[("plain", what)])
    print("%-8s with the CDS archive %5.0f ms, without %5.0f ms  [target <= %d ms: %s]"
          % (what, cds, plain, targets[what], "met" if cds <= targets[what] else "NOT met"))
PY
