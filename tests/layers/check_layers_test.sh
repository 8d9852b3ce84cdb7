#!/usr/bin/env bash
# The layer check must fail on each kind of violation it promises to catch, and pass a
# clean tree: each case builds a tiny made-up src/ and runs scripts/check-layers.sh on it.
set -uo pipefail
script="$(cd "$(dirname "$0")/../.." && pwd)/scripts/check-layers.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0

case_() {  # name expected-exit file content
  local name=$1 want=$2 file=$3 content=$4
  rm -rf "$tmp/src"; mkdir -p "$tmp/src/domain" "$tmp/src/store" "$tmp/src/http"
  echo '#include "domain/a.h"' > "$tmp/src/store/ok.cpp"
  mkdir -p "$(dirname "$tmp/src/$file")"; printf '%s\n' "$content" > "$tmp/src/$file"
  out=$(bash "$script" "$tmp" 2>&1); got=$?
  if [ "$got" -ne "$want" ]; then echo "FAIL $name: exit $got, want $want"; echo "$out"; failures=$((failures + 1));
  else echo "ok   $name"; fi
}

case_ "clean tree passes"            0 service/x.cpp '#include "store/units.h"'
case_ "http includes store"          1 http/x.cpp    '#include "store/units.h"'
case_ "cli includes io"              1 cli/x.cpp     '#include "io/table.h"'
case_ "domain includes outward"      1 domain/x.h    '#include "draw/ticket.h"'
case_ "draw includes service"        1 draw/x.cpp    '#include "service/health.h"'
case_ "SOCI in the service"          1 service/x.cpp '#include <soci/soci.h>'
case_ "soci:: in http"               1 http/x.cpp    'void f(soci::session&);'
case_ "pure layer opens files"       1 policy/x.cpp  '#include <fstream>'
case_ "service includes http"        1 service/x.cpp '#include "http/server.h"'
# Every service write goes through service::write (service/audit/audited_write.h).
case_ "service opens a transaction"  1 service/plans/x.cpp 'void f(Store& db) { db.transaction([&] { db.units(); }); }'
case_ "service::write may open it"   0 service/audit/x.h   'auto w(Store& db) { return db.transaction([&] { return 1; }); }'
[ $failures -eq 0 ] || exit 1
