#!/usr/bin/env bash
# One throwaway PostgreSQL cluster shared by every test process of a ctest run.
#   pg_test_cluster.sh start DIR   initdb + pg_ctl in DIR, on a free loopback port; writes
#                                  DIR/port (the tests read it: tests/common/pg_cluster.cpp)
#   pg_test_cluster.sh stop DIR    stops it and removes DIR
# ctest runs `start` as the fixture setup of the PostgreSQL tests and `stop` as its cleanup
# (CMakeLists.txt, fixture pg_cluster). Without it (a test program run by hand) each
# program starts its own cluster. As root (CI) the server runs as the `postgres` user.
set -euo pipefail
cmd=$1 dir=$2
bin=${SUIJI_PG_BIN:-}
if [ -z "$bin" ]; then
  for v in 15 16 17 14 13; do [ -x "/usr/lib/postgresql/$v/bin/initdb" ] && { bin=/usr/lib/postgresql/$v/bin; break; }; done
fi
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found: run scripts/install-deps.sh" >&2; exit 3; }
as=()
[ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)

case $cmd in
  start)
    rm -rf "$dir"; mkdir -p "$dir"
    [ ${#as[@]} -gt 0 ] && chown postgres "$dir"
    cd "$dir"
    "${as[@]}" "$bin/initdb" -N -A trust -U postgres -E UTF8 --no-locale -D "$dir/data" >"$dir/setup.log" 2>&1 \
      || { cat "$dir/setup.log" >&2; exit 3; }
    for attempt in 1 2 3 4 5; do
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
      if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
           -o "-F -p $port -k $dir -h 127.0.0.1 -c max_connections=200" start >>"$dir/setup.log" 2>&1; then
        echo "$port" > "$dir/port.tmp" && mv "$dir/port.tmp" "$dir/port"
        echo "PostgreSQL test cluster on port $port ($dir)"
        exit 0
      fi
    done
    cat "$dir/setup.log" "$dir/server.log" >&2 || true
    exit 3
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      (cd "$dir" && "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
