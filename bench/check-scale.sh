#!/usr/bin/env bash
# Benchmark of `citecheck check` at scale (not a test): 10,000 and then 100,000 URLs (by default)
# over 500 loopback hosts (127.0.0.2 ... 127.0.1.245) answering an HTML page with a title after
# 20 ms, served by bench/bench-server.js (Node). Runs bin/citecheck with the default reports
# (json, md, html) and prints, for each size, the wall time (JVM start-up included), the peak
# memory (maximum resident set size) and the reports' sizes, then the growth of the peak from the
# first size to the last (issue 16's targets: under 512 MB at 100,000, at most 1.3x growth).
#
# Usage: bench/check-scale.sh [SIZES] [H] [LATENCY_MS] [C] [MAX]
#        (defaults: "10000 100000" 500 20 8 400)
# Environment: PORT (default 18081), HOST_INTERVAL (--host-interval when set),
# CITECHECK_JAVA_OPTS as for bin/citecheck. Needs node.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${1:-10000 100000}
hosts=${2:-500}
latency=${3:-20}
per_host=${4:-8}
max=${5:-400}
port=${PORT:-18081}
largest=$(echo $sizes | tr ' ' '\n' | sort -n | tail -1)
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
command -v node > /dev/null || { echo "check-scale.sh needs node for its server"; exit 2; }
[ -f target/citecheck.jar ] || ./mvnw -B -q package -DskipTests

node bench/bench-server.js "$hosts" "$port" "$latency" html > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q ready "$work/server.log" 2>/dev/null && break
  sleep 0.1
done
grep -q ready "$work/server.log" || { echo "bench server did not start:"; cat "$work/server.log"; exit 1; }

interval_args=()
if [ -n "${HOST_INTERVAL:-}" ]; then interval_args=(--host-interval "$HOST_INTERVAL"); fi
echo "hosts $hosts, latency $latency ms, host concurrency $per_host, global cap $max," \
  "host interval ${HOST_INTERVAL:-default}, JVM options '${CITECHECK_JAVA_OPTS-default}'"
first_kb=""
for n in $sizes; do
  python3 - "$n" "$hosts" "$port" > "$work/references-$n.json" <<'PY'
import json, sys
n, hosts, port = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
notes = []
for i in range(n):
    k = 2 + i % hosts
    url = "http://127.0.%d.%d:%d/doc/%d" % (k >> 8, k & 255, port, i)
    notes.append({"number": i + 1, "numberInferred": False, "numberDisplaced": False, "line": i + 1,
                  "text": url, "sources": [{"kind": "web-page", "title": "Benchmark page", "url": url,
                                            "urlAsPrinted": url, "urlCandidates": [url]}]})
json.dump({"schemaVersion": 1, "document": {"title": "Benchmark", "authors": [], "source": "bench"},
           "notes": notes}, sys.stdout)
PY
  start_ns=$(date +%s%N)
  set +e
  /usr/bin/time -v -o "$work/time-$n.txt" bin/citecheck check "$work/references-$n.json" \
    --reports "$work/reports-$n" --allow-private-hosts --no-cache --quiet --fail-on none --archive none \
    --host-concurrency "$per_host" --max-concurrency "$max" --retries 0 "${interval_args[@]}"
  code=$?
  set -e
  wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$n.txt")
  alive=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"].get("alive", 0))' \
    "$work/reports-$n/verification.json")
  sizes_txt=$(cd "$work/reports-$n" && ls -l | awk 'NR > 1 {printf "%s %.1f MB  ", $9, $5 / 1048576}')
  ideal_ms=$(python3 -c "import math; n=$n; print(max(math.ceil(n / $max) * $latency, math.ceil(math.ceil(n / $hosts) / $per_host) * $latency))")
  printf '%7d URLs: wall %6d ms (ideal %d ms), peak %4.0f MB, %d alive, exit %d; %s\n' \
    "$n" "$wall_ms" "$ideal_ms" "$((peak_kb / 1024))" "$alive" "$code" "$sizes_txt"
  if [ -z "$first_kb" ]; then first_kb=$peak_kb; first_n=$n; fi
  last_kb=$peak_kb
done
python3 -c "
first, last = $first_kb, $last_kb
print('peak growth from $first_n to $largest URLs: %.2fx  [target <= 1.3x: %s]; peak at $largest: %.0f MB  [target < 512 MB: %s]'
      % (last / first, 'met' if last / first <= 1.3 else 'NOT met', last / 1024, 'met' if last < 512 * 1024 else 'NOT met'))"
