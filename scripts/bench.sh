#!/usr/bin/env bash
# `make bench`: builds the release benchmarks, times the draw engine end to end on
# synthetic populations of 10k / 100k / 1M / 5M units (k = 1000), compares it with a
# straightforward implementation and with the SHA-256 limit of this machine, runs the
# micro benchmarks, and writes the "C++ draw engine" section of bench/RESULTS.md.
# Then runs the JS verifier's benchmarks (bench/verifier-bench.sh) when present and the
# import benchmark (bench/import_bench.sh, the "Import" section; SKIP_IMPORT=1 skips it) and
# the plan preview benchmark (bench/plan_preview_bench.sh, "Plan preview"; SKIP_PREVIEW=1).
# Sections are replaced in place by bench/replace_section.py.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-5}
SIZES=${SIZES:-"10000 100000 1000000 5000000"}
K=1000

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUIJI_TESTS=OFF -DSUIJI_BENCH=ON >/dev/null
cmake --build build-bench -j "$(nproc)" --target suiji draw_micro naive_draw gen_draw_input >/dev/null
BIN=build-bench
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# time_runs N CMD... → "min median max" seconds and the max RSS (MB) over N runs
time_runs() {
  local n=$1; shift
  local times=() rss=0
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" >"$WORK/out" 2>/dev/null
    read -r t m <"$WORK/t"
    times+=("$t")
    ((m > rss)) && rss=$m
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v rss="$rss" '{a[NR]=$1} END {printf "%.3f %.3f %.3f %.0f\n", a[1], a[int((NR+1)/2)], a[NR], rss/1024}'
}

# SHA-256 limit: compressions per second of one core at large-message throughput.
SHA_BPS=$(openssl speed -evp sha256 -bytes 16384 -seconds 2 2>/dev/null | awk '/^sha256/ {print $2}' | sed 's/k$//')
BLOCKS_PER_S=$(awk -v k="$SHA_BPS" 'BEGIN {printf "%.0f", k * 1000 / 64}')

rows=()
# Each size with its ids in random order (a list from elsewhere), then 1M in id order (as
# suiji freezes its own populations: the list hash then needs no sort).
for spec in $SIZES 1000000:sorted; do
  n=${spec%%:*}
  order=shuffled
  [[ $spec == *:sorted ]] && order=sorted
  "$BIN/gen_draw_input" "$n" "$K" 200 "$order" >"$WORK/in_$n.json"
  read -r cmin cmed cmax crss < <(time_runs "$RUNS" "$BIN/suiji" draw compute "$WORK/in_$n.json")
  "$BIN/suiji" draw compute "$WORK/in_$n.json" >"$WORK/rec_$n.json"
  read -r vmin vmed vmax vrss < <(time_runs "$RUNS" "$BIN/suiji" verify "$WORK/rec_$n.json")
  naive_runs=$RUNS
  ((n >= 1000000)) && naive_runs=1
  read -r nmin nmed nmax nrss < <(time_runs "$naive_runs" "$BIN/naive_draw" "$WORK/in_$n.json")
  limit1=$(awk -v n="$n" -v b="$BLOCKS_PER_S" 'BEGIN {printf "%.3f", n / b}')
  limit2=$(awk -v n="$n" -v b="$BLOCKS_PER_S" 'BEGIN {printf "%.3f", n / b / 2}')
  speedup=$(awk -v a="$nmed" -v b="$cmed" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}')
  label=$n
  [ "$order" = sorted ] && label="$n (ids in order)"
  rows+=("| $label | $cmin / **$cmed** / $cmax | $crss | $vmin / $vmed / $vmax | $nmed ($naive_runs run) | ${speedup}× | $limit1 / $limit2 |")
  echo "n=$n compute median ${cmed}s verify ${vmed}s naive ${nmed}s" >&2
  rm -f "$WORK/in_$n.json" "$WORK/rec_$n.json"
done

micro=$("$BIN/draw_micro" --benchmark_min_time=0.2 2>/dev/null | grep -E '^BM_' || true)

cpu=$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')
mem=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
section=$(cat <<MD
<!-- cpp-draw:begin (written by scripts/bench.sh; do not edit by hand) -->
## C++ draw engine (\`suiji draw compute\` / \`suiji verify\`)

Machine: $cpu, $(nproc) cores, $mem RAM, $(uname -sr). Date: $(date -u +%Y-%m-%dT%H:%MZ).
Release build (g++ $(g++ -dumpversion), -O2). Input: one stratum of n synthetic credit codes of one county
(\`bench/gen_draw_input.cpp\`, in random order unless noted), k = $K, 200 inspectors, teams of 2 with mentor pairing; the record printed
includes the whole population. Times are wall-clock seconds over $RUNS runs (min / **median** / max),
parse + draw + print to a file, measured with /usr/bin/time.

| units n | compute (s) | max RSS (MB) | verify (s) | straightforward (s, median) | speed-up | SHA-256 limit, 1 core / 2 cores (s) |
|---:|---|---:|---|---:|---:|---|
$(printf '%s\n' "${rows[@]}")

- *Straightforward* is \`bench/naive_draw.cpp\`: nlohmann::json parse, one EVP SHA-256 per ticket from scratch,
  the full 78-digit ticket string for every unit by schoolbook division, \`std::sort\` of (ticket, id) strings.
- *SHA-256 limit*: n compressions at this machine's \`openssl speed -evp sha256 -bytes 16384\` rate
  ($SHA_BPS kB/s = $BLOCKS_PER_S blocks/s per core). A ticket costs one compression after the seed's midstate.
- Goal (issue 3): 1M units, k = 1000, end to end ≤ 0.15 s on this 2-core machine.

Micro benchmarks (\`build-bench/draw_micro\`):

\`\`\`
$micro
\`\`\`
<!-- cpp-draw:end -->
MD
)
RESULTS=bench/RESULTS.md
printf '%s\n' "$section" | python3 bench/replace_section.py "$RESULTS" cpp-draw "## C++ draw engine"
echo "wrote $RESULTS (C++ draw engine)"

if [ -x bench/verifier-bench.sh ] && [ -z "${SKIP_VERIFIER:-}" ]; then bench/verifier-bench.sh; fi
if [ -z "${SKIP_IMPORT:-}" ]; then bench/import_bench.sh; fi
if [ -z "${SKIP_PREVIEW:-}" ]; then bench/plan_preview_bench.sh; fi
if [ -z "${SKIP_DRAW_CYCLE:-}" ]; then bench/draw_cycle_bench.sh; fi
