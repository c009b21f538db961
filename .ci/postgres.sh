# Sourced by .ci/run and bench/store-bench.sh: a throwaway PostgreSQL server for the store's tests.
# start_postgres makes a cluster with initdb in a temporary folder, starts it on a free port of
# 127.0.0.1 and exports CITECHECK_TEST_STORE (postgresql://citecheck@127.0.0.1:PORT/citecheck) and
# CITECHECK_TEST_PGPASSWORD; stop_postgres stops it and deletes the folder. PostgreSQL refuses to
# run as root, so as root the server runs as the postgres user (Debian's package makes it).
# Usage: start_postgres [fast]   ("fast": fsync off, for tests; a bench measures the real thing)

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] && command -v initdb >/dev/null; then
    bin=$(dirname "$(command -v initdb)")
  fi
  if [ -z "$bin" ]; then
    echo "postgres: no PostgreSQL server found (install Debian's postgresql package)" >&2
    return 1
  fi
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/citecheck-pg.XXXXXX")
  local port password as_server=()
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$password" >"$PG_DIR/password"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$PG_DIR"
    as_server=(runuser -u postgres --)
  fi
  local options="-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200"
  [ "${1:-}" = fast ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  "${as_server[@]}" "$bin/initdb" -D "$PG_DIR/data" -U citecheck --pwfile="$PG_DIR/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  PG_CTL=("${as_server[@]}" "$bin/pg_ctl" -D "$PG_DIR/data")
  "${PG_CTL[@]}" -o "$options" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U citecheck citecheck
  export CITECHECK_TEST_STORE="postgresql://citecheck@127.0.0.1:$port/citecheck"
  export CITECHECK_TEST_PGPASSWORD="$password"
  echo "postgres: a throwaway server at 127.0.0.1:$port ($("$bin/postgres" --version))" >&2
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_CTL[@]}" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
  PG_DIR=""
}
