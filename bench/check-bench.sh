#!/usr/bin/env bash
# Benchmark of `citecheck check` (not a test): serves N URLs spread over H loopback hosts
# (127.0.0.2 ..) with a fixed latency, runs the real jar against them and prints the wall time
# against the ideal for the chosen per-host concurrency, max over hosts of ceil(n_h / c) x latency,
# plus the JVM's start-up time and the checker's peak memory (resident set size).
#
# It also times bench/OkHttpFloor.java, a bare OkHttp client sending the same requests, which shows
# what this machine allows whatever the checker does.
#
# Usage: bench/check-bench.sh [N] [H] [LATENCY_MS] [C]     (defaults: 5000 50 100 8)
# Environment: CONTENT=pdf|html (pdf: one HEAD settles a URL; html: HEAD then GET for the title,
# so the ideal doubles), MAX (global cap; default H x C so that only the per-host limit binds),
# PORT (default 18080), JAVA_OPTS (JVM options for the checker; default the ones bin/citecheck uses,
# -XX:TieredStopAtLevel=1 -XX:+UseSerialGC; set it empty for the JVM's defaults).
# Builds target/citecheck.jar first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-5000}
hosts=${2:-50}
latency=${3:-100}
per_host=${4:-8}
content=${CONTENT:-pdf}
max=${MAX:-$((hosts * per_host))}
port=${PORT:-18080}
JAVA_OPTS=${JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

[ -f target/citecheck.jar ] || ./mvnw -B -q package -DskipTests

# references.json with N notes, URL i on host (i mod H).
python3 - "$n" "$hosts" "$port" > "$work/references.json" <<'PY'
import json, sys
n, hosts, port = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
notes = []
for i in range(n):
    url = "http://127.0.0.%d:%d/doc/%d" % (2 + i % hosts, port, i)
    notes.append({"number": i + 1, "numberInferred": False, "numberDisplaced": False, "line": i + 1,
                  "text": url, "sources": [{"kind": "web-page", "title": "Benchmark page", "url": url,
                                            "urlAsPrinted": url, "urlCandidates": [url]}]})
json.dump({"schemaVersion": 1, "document": {"title": "Benchmark", "authors": [], "source": "bench"},
           "notes": notes}, sys.stdout)
PY

java -cp "$work" bench/BenchServer.java "$hosts" "$port" "$latency" "$content" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q ready "$work/server.log" 2>/dev/null && break
  sleep 0.1
done
grep -q ready "$work/server.log" || { echo "bench server did not start:"; cat "$work/server.log"; exit 1; }

# Warm the server up (its JIT, the kernel's socket state) with one untimed run: a real site is warm.
# The timed run's checker is a fresh JVM, so it gains nothing from this.
java ${JAVA_OPTS:-} -jar target/citecheck.jar check "$work/references.json" --reports "$work/warm" \
  --allow-private-hosts --no-cache --quiet --fail-on none --archive none --format json --host-concurrency "$per_host" \
  --max-concurrency "$max" --host-interval 0 --retries 0 || true

# JVM start-up (and picocli) alone, the part of the wall time the ideal cannot count.
start_ns=$(date +%s%N)
java ${JAVA_OPTS:-} -jar target/citecheck.jar --version > /dev/null
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

start_ns=$(date +%s%N)
set +e
/usr/bin/time -v -o "$work/time.txt" java ${JAVA_OPTS:-} -jar target/citecheck.jar check "$work/references.json" \
  --reports "$work/reports" --allow-private-hosts --no-cache --quiet --fail-on none --archive none --format json \
  --host-concurrency "$per_host" --max-concurrency "$max" --host-interval 0 --retries 0
code=$?
set -e
wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")

# The floor: a bare OkHttp client doing the same requests in one JVM (pdf content only).
floor_ms=-1
if [ "$content" = pdf ]; then
  floor_ms=$(java ${JAVA_OPTS:-} -cp target/citecheck.jar bench/OkHttpFloor.java "$n" "$hosts" "$per_host" "$port")
fi

python3 - "$work/reports/verification.json" "$n" "$hosts" "$latency" "$per_host" "$content" "$wall_ms" \
  "$startup_ms" "$peak_kb" "$code" "$max" "${JAVA_OPTS:-}" "$floor_ms" <<'PY'
import json, math, sys
report, n, hosts, latency, c, content, wall, startup, peak_kb, code, cap, jvm, floor = sys.argv[1:]
floor = int(floor)
n, hosts, latency, c, wall, startup, peak_kb, cap = map(int, (n, hosts, latency, c, wall, startup, peak_kb, cap))
per_host = [n // hosts + (1 if h < n % hosts else 0) for h in range(hosts)]
requests_per_url = 2 if content == "html" else 1
ideal = max(math.ceil(k / c) for k in per_host) * latency * requests_per_url
if ideal == 0:
    ideal = 1  # zero latency: the ratio then only shows the overhead
summary = json.load(open(report))["summary"]
print("URLs %d over %d hosts, latency %d ms, host concurrency %d, global cap %d, content %s, JVM options '%s'"
      % (n, hosts, latency, c, cap, content, jvm))
print("verdicts: %s (exit %s)" % (", ".join("%d %s" % (v, k) for k, v in summary.items() if v), code))
print("ideal %d ms; JVM start-up %d ms; wall %d ms" % (ideal, startup, wall))
print("wall / (ideal + start-up) = %.2f; (wall - start-up) / ideal = %.2f  [target: wall <= 1.5 x ideal + start-up: %s]"
      % (wall / (ideal + startup), (wall - startup) / ideal, "met" if wall <= 1.5 * ideal + startup else "NOT met"))
if floor >= 0:
    print("floor: a bare OkHttp client doing the same requests takes %d ms after its JVM starts;"
          " the checker's wall minus start-up is %.2f x that" % (floor, (wall - startup) / floor))
print("peak memory (max RSS) %.0f MB  [target < 512 MB: %s]" % (peak_kb / 1024, "met" if peak_kb < 512 * 1024 else "NOT met"))
PY
