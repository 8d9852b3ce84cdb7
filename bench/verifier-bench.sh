#!/usr/bin/env bash
# Runs the JS verifier benchmarks (web/verifier) and rewrites only the
# "## JS verifier (web/verifier)" section of bench/RESULTS.md. Called by scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d web/node_modules ] || ./scripts/web-deps.sh
exec node bench/verifier-bench.mjs --write "$@"
