#!/usr/bin/env bash
# The layer check (docs/architecture.md): dependencies point inward, and the build keeps
# them so. Fails, naming each offending line, when
#   - SOCI appears outside src/store (the store is the only place that speaks SQL),
#   - a layer includes a project header from a layer it may not depend on
#     (http and cli never include store/ or io/; domain, draw, policy, audit are pure),
#   - a pure layer (domain, draw, policy, audit) includes a file-system or network header.
# Run by scripts/test-all.sh and by ctest (layer_check).
set -uo pipefail
cd "${1:-$(dirname "$0")/..}"  # the repository (a test passes a made-up tree)

# layer -> the project folders its files may include (itself always allowed)
declare -A ALLOWED=(
  [domain]=""
  [draw]="domain"
  [policy]="domain"
  [audit]="domain draw"
  [auth]="domain"
  [store]="domain auth"
  [io]="domain"
  [service]="domain draw policy audit auth store io"
  [http]="domain draw policy audit auth service"
  [cli]="domain draw policy audit auth service http"
)
PURE="domain draw policy audit"
LAYERS="domain draw policy audit auth store io service http cli"
failures=0
fail() { echo "layer check: $1"; failures=$((failures + 1)); }

for layer in $LAYERS; do
  [ -d "src/$layer" ] || continue
  allowed=" $layer ${ALLOWED[$layer]} "
  while IFS= read -r hit; do
    [ -n "$hit" ] || continue
    file=${hit%%:*}; rest=${hit#*:}; line=${rest%%:*}
    target=$(sed -E 's/.*#include "([^/"]+)\/.*/\1/' <<<"$rest")
    if [[ "$allowed" != *" $target "* ]]; then
      fail "$file:$line: src/$layer may not include $target/ (allowed: ${ALLOWED[$layer]:-nothing outside itself})"
    fi
  done < <(grep -rnE '^\s*#\s*include "[^/"]+/' "src/$layer" --include='*.h' --include='*.cpp' | sed -E 's/^([^:]+):([0-9]+):/\1:\2:/')
done

# SOCI only in the store.
while IFS= read -r hit; do
  [ -n "$hit" ] && fail "$hit: SOCI outside src/store"
done < <(grep -rnE '#\s*include\s*<soci/|soci::' src --include='*.h' --include='*.cpp' | grep -v '^src/store/')

# Pure layers do no I/O.
for layer in $PURE; do
  [ -d "src/$layer" ] || continue
  while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: src/$layer is pure (no file, network or database headers)"
  done < <(grep -rnE '#\s*include\s*<(fstream|filesystem|soci/|restinio/|sqlite3\.h|libpq-fe\.h|sys/socket\.h|unistd\.h)' "src/$layer" --include='*.h' --include='*.cpp')
done

# Every service write goes through service::write (service/audit/audited_write.h), which
# refuses to commit a write that recorded no audit entry: no transaction opened elsewhere.
while IFS= read -r hit; do
  [ -n "$hit" ] && fail "$hit: a service transaction outside service::write (use service/audit/audited_write.h)"
done < <(grep -rnE '\.transaction\(' src/service --include='*.h' --include='*.cpp' | grep -v '^src/service/audit/' | grep -vE ':\s*//')

if [ $failures -gt 0 ]; then
  echo "layer check: FAILED ($failures problem(s))"
  exit 1
fi
echo "layer check: ok"
