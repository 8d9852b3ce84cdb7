#!/usr/bin/env bash
# Builds the sanitizer test build and runs every suite: C++ (ctest), web units (Vitest),
# browser end-to-end (Playwright on Debian's chromium). Ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)
status=0
summary=()

# The layer check first: it takes a second and names the offending include.
if ./scripts/check-layers.sh; then summary+=("layers: ok"); else summary+=("layers: FAILED"); status=1; fi

cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUIJI_SANITIZE=ON >/dev/null || exit 1
cmake --build build-test -j "$JOBS" || { echo "suiji test: BUILD FAILED"; exit 1; }

ctest_log=$(mktemp)
trap 'rm -f "$ctest_log"' EXIT
(cd build-test && ctest -j "$JOBS" --output-on-failure) | tee "$ctest_log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
summary+=("ctest: $(grep -E 'tests passed' "$ctest_log" | tail -1)")

if [ -f web/package.json ]; then
  if (cd web && npm run --silent test:unit); then summary+=("web unit: passed"); else summary+=("web unit: FAILED"); status=1; fi
  if (cd web && npm run --silent test:e2e); then summary+=("e2e: passed"); else summary+=("e2e: FAILED"); status=1; fi
fi

if [ $status -eq 0 ]; then verdict=PASS; else verdict=FAIL; fi
echo
joined=$(printf '%s; ' "${summary[@]}")
echo "suiji test summary: $verdict — ${joined%; }"
exit $status
