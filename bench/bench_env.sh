# Sourced by the bench scripts that run the `suiji` binary on SQLite and PostgreSQL
# (import_bench.sh, plan_preview_bench.sh): one Release build, one work directory removed
# on exit, and a throwaway PostgreSQL cluster on demand.
#   . bench/bench_env.sh        → $SUIJI, $WORK, $PG_BIN
#   pg_available && pg_start    → $PG_AS, $PORT; the cluster is stopped on exit
#   conn=$(pg_createdb NAME)    → a connection string for a new database NAME
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUIJI_TESTS=OFF -DSUIJI_BENCH=ON >/dev/null
cmake --build build-bench -j "$(nproc)" --target suiji >/dev/null
SUIJI=$(pwd)/build-bench/suiji
WORK=$(mktemp -d /tmp/suiji-bench-XXXXXX)
PG_UP=""
PG_AS=""
bench_cleanup() {
  if [ -n "$PG_UP" ]; then $PG_AS "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap bench_cleanup EXIT

pg_available() { [ -z "${SKIP_PG:-}" ] && [ -x "$PG_BIN/initdb" ]; }

pg_start() {
  mkdir -p "$WORK/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres "$WORK" "$WORK/pg"; chmod 755 "$WORK"; PG_AS="runuser -u postgres --"; fi
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$WORK/pg" && $PG_AS "$PG_BIN/initdb" -A trust -U postgres -E UTF8 --no-locale -D "$WORK/pg/data" >/dev/null)
  (cd "$WORK/pg" && $PG_AS "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w \
    -o "-p $PORT -k $WORK/pg -h 127.0.0.1" start >/dev/null)
  PG_UP=1
}

pg_createdb() {
  (cd "$WORK/pg" && $PG_AS "$PG_BIN/createdb" -h "$WORK/pg" -p "$PORT" -U postgres "$1")
  echo "pg:host=$WORK/pg port=$PORT dbname=$1 user=postgres"
}

# Machine and build, for a section's first line.
bench_machine() {
  echo "$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2 " GiB"}') RAM, $(uname -sr)"
}
