#!/usr/bin/env bash
# Benchmark of `citecheck check` (not a test): serves N URLs spread over H loopback hosts
# (127.0.0.2 ...), each answering an HTML page with a <title> after a fixed latency, runs
# bin/citecheck on them (JVM start-up included) and, when npm is present, linkinator 6 on the same
# URLs in the same run. Prints both walls, their ratio, the ideal (the largest over hosts of
# ceil(n_h / C) x latency, one round trip per URL) and both peaks (maximum resident set size).
#
# The server is bench/bench-server.js (Node: one event loop, a timer per answer, so it costs the
# checker little); without Node, bench/BenchServer.java (the JDK's NIO server). It also times
# bench/OkHttpFloor.java, a bare OkHttp client sending the same requests with nothing else to do:
# what stands between the checker and the ideal on this machine whatever the checker does.
#
# Usage: bench/check-bench.sh [N] [H] [LATENCY_MS] [C]     (defaults: 5000 50 100 8)
# Environment:
#   CONTENT=html|pdf  html (default): a page with a title; pdf: a 1 MB application/pdf
#                     (PDF_BYTES), its URLs ending in SUFFIX (default .pdf: HEAD settles them)
#   MAX               global cap, default H x C so that only the per-host limit binds; linkinator
#                     gets it as --concurrency
#   HOST_INTERVAL     passed as --host-interval when set (default: the checker's own default)
#   PORT              default 18080
#   CITECHECK_JAVA_OPTS  as for bin/citecheck
#   LINKINATOR=0      skip linkinator; LINKINATOR_DIR reuses an install (else npm installs
#                     linkinator@6 into a temporary folder, about 10 s, not timed)
# Builds target/citecheck.jar first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-5000}
hosts=${2:-50}
latency=${3:-100}
per_host=${4:-8}
content=${CONTENT:-html}
max=${MAX:-$((hosts * per_host))}
port=${PORT:-18080}
if [ "$content" = pdf ]; then suffix=${SUFFIX-.pdf}; else suffix=${SUFFIX-}; fi
export SUFFIX="$suffix"
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

[ -f target/citecheck.jar ] || ./mvnw -B -q package -DskipTests

# references.json with N notes, URL i on host (i mod H).
python3 - "$n" "$hosts" "$port" "$suffix" > "$work/references.json" <<'PY'
import json, sys
n, hosts, port, suffix = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
notes = []
for i in range(n):
    k = 2 + i % hosts
    url = "http://127.0.%d.%d:%d/doc/%d%s" % (k >> 8, k & 255, port, i, suffix)
    notes.append({"number": i + 1, "numberInferred": False, "numberDisplaced": False, "line": i + 1,
                  "text": url, "sources": [{"kind": "web-page", "title": "Benchmark page", "url": url,
                                            "urlAsPrinted": url, "urlCandidates": [url]}]})
json.dump({"schemaVersion": 1, "document": {"title": "Benchmark", "authors": [], "source": "bench"},
           "notes": notes}, sys.stdout)
PY

if command -v node > /dev/null; then
  server="node (bench/bench-server.js)"
  node bench/bench-server.js "$hosts" "$port" "$latency" "$content" "$n" > "$work/server.log" 2>&1 &
else
  server="JDK HttpServer (bench/BenchServer.java)"
  java -cp "$work" bench/BenchServer.java "$hosts" "$port" "$latency" "$content" > "$work/server.log" 2>&1 &
fi
server_pid=$!
for _ in $(seq 1 100); do
  grep -q ready "$work/server.log" 2>/dev/null && break
  sleep 0.1
done
grep -q ready "$work/server.log" || { echo "bench server did not start:"; cat "$work/server.log"; exit 1; }

interval_args=()
if [ -n "${HOST_INTERVAL:-}" ]; then interval_args=(--host-interval "$HOST_INTERVAL"); fi
check() {
  bin/citecheck check "$work/references.json" --reports "$1" --allow-private-hosts --no-cache --quiet \
    --fail-on none --archive none --format json --host-concurrency "$per_host" --max-concurrency "$max" \
    --retries 0 "${interval_args[@]}"
}

# Warm the server up (its JIT, the kernel's socket state) with one untimed run: a real site is warm.
# The timed run's checker is a fresh JVM, so it gains nothing from this.
check "$work/warm" || true

# JVM start-up (and picocli) alone, the part of the wall time the ideal cannot count.
start_ns=$(date +%s%N)
bin/citecheck --version > /dev/null
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

start_ns=$(date +%s%N)
set +e
/usr/bin/time -v -o "$work/time.txt" bin/citecheck check "$work/references.json" --reports "$work/reports" \
  --allow-private-hosts --no-cache --quiet --fail-on none --archive none --format json \
  --host-concurrency "$per_host" --max-concurrency "$max" --retries 0 "${interval_args[@]}"
code=$?
set -e
wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")

# The floor: a bare OkHttp client doing the same requests in one JVM.
method=GET
if [ "$content" = pdf ] && [ -n "$suffix" ]; then method=HEAD; fi
floor_ms=$(java ${CITECHECK_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -cp target/citecheck.jar \
  bench/OkHttpFloor.java "$n" "$hosts" "$per_host" "$port" "$method" "$suffix")

# linkinator 6 on the same URLs (an index page linking all of them), same server, same run.
lk_wall_ms=-1
lk_peak_kb=-1
lk_checked=-1
if [ "${LINKINATOR:-1}" != 0 ] && command -v npm > /dev/null; then
  lk_dir=${LINKINATOR_DIR:-$work/linkinator}
  if [ ! -x "$lk_dir/node_modules/.bin/linkinator" ]; then
    npm install --silent --no-audit --no-fund --prefix "$lk_dir" linkinator@6 > "$work/npm.log" 2>&1 \
      || { echo "npm could not install linkinator 6 (see below); going on without it"; cat "$work/npm.log"; }
  fi
  if [ -x "$lk_dir/node_modules/.bin/linkinator" ]; then
    start_ns=$(date +%s%N)
    set +e
    /usr/bin/time -v -o "$work/lk-time.txt" node "$lk_dir/node_modules/.bin/linkinator" \
      "http://127.0.0.2:$port/index.html" --concurrency "$max" --format json > "$work/lk.json" 2> "$work/lk.err"
    set -e
    lk_wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    lk_peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/lk-time.txt")
    lk_checked=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["links"]))' "$work/lk.json" 2>/dev/null || echo -1)
  fi
fi

python3 - "$work/reports/verification.json" "$n" "$hosts" "$latency" "$per_host" "$content" "$wall_ms" \
  "$startup_ms" "$peak_kb" "$code" "$max" "${CITECHECK_JAVA_OPTS-default}" "$floor_ms" "$method" \
  "$lk_wall_ms" "$lk_peak_kb" "$lk_checked" "$server" "${HOST_INTERVAL:-default}" <<'PY'
import json, math, sys
(report, n, hosts, latency, c, content, wall, startup, peak_kb, code, cap, jvm, floor, method,
 lk_wall, lk_peak_kb, lk_checked, server, interval) = sys.argv[1:]
n, hosts, latency, c, wall, startup, peak_kb, cap, floor, lk_wall, lk_peak_kb, lk_checked = map(
    int, (n, hosts, latency, c, wall, startup, peak_kb, cap, floor, lk_wall, lk_peak_kb, lk_checked))
per_host = [n // hosts + (1 if h < n % hosts else 0) for h in range(hosts)]
ideal = max(1, max(math.ceil(k / c) for k in per_host) * latency)
summary = json.load(open(report))["summary"]
print("URLs %d over %d hosts, latency %d ms, host concurrency %d, global cap %d, content %s;"
      " host interval %s; server %s; JVM options '%s'" % (n, hosts, latency, c, cap, content, interval, server, jvm))
print("verdicts: %s (exit %s)" % (", ".join("%d %s" % (v, k) for k, v in summary.items() if v), code))
print("ideal %d ms (one round trip per URL); JVM start-up (--version) %d ms" % (ideal, startup))
target = ideal + 500
print("citecheck   wall %6d ms  peak %4.0f MB   [target: wall <= ideal + 0.5 s = %d ms: %s]"
      % (wall, peak_kb / 1024, target, "met" if wall <= target else "NOT met"))
if lk_wall >= 0:
    print("linkinator  wall %6d ms  peak %4.0f MB   (%d links checked, concurrency %d, node)"
          % (lk_wall, lk_peak_kb / 1024, lk_checked, cap))
    ratio = lk_wall / wall
    print("linkinator / citecheck = %.2f  [target >= 1.4: %s]" % (ratio, "met" if ratio >= 1.4 else "NOT met"))
else:
    print("linkinator: not run (no npm, or LINKINATOR=0)")
print("what stands in the way: JVM start-up %d ms; a bare OkHttp client (%s, same per-host"
      " concurrency) takes %d ms after its JVM starts, %d ms over the ideal; the checker's wall"
      " minus start-up is %d ms over that floor"
      % (startup, method, floor, floor - ideal, wall - startup - floor))
PY
