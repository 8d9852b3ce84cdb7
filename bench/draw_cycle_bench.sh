#!/usr/bin/env bash
# The draw life-cycle benchmark (issue 13 §2, goal: prepare + announce + reveal for a
# 200k-unit jurisdiction in ≤ 2 s on SQLite): a `suiji demo` of N units and M inspectors
# (the city's jurisdiction is every unit, policy quzhou-city), then per run, on a fresh
# copy of that store: `draw prepare` (period next year's Q1), `draw announce`, one
# `draw witness` and `draw reveal`, each a separate process timed with /usr/bin/time -v.
# Median of RUNS runs. Writes the "Draw life cycle" section of bench/RESULTS.md.
#   N=200000 M=5000 RUNS=3 bench/draw_cycle_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-200000}
M=${M:-5000}
RUNS=${RUNS:-3}
YEAR=$(( $(date -u +%Y) + 1 ))
TODAY=$(date -u +%F)
. bench/bench_env.sh

timed() {  # CMD... → "seconds max_rss_mb"; fails loudly if CMD fails
  if ! /usr/bin/time -v -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"; then
    echo "failed: $*" >&2; tail -20 "$WORK/err" >&2; exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s}
              /Maximum resident set size/ {m = $2}
              END {printf "%.2f %.0f\n", t, m / 1024}' "$WORK/time"
}
median() { sort -n | awk '{t[NR] = $1} END {printf "%.2f / **%.2f** / %.2f", t[1], t[int((NR + 1) / 2)], t[NR]}'; }
maxrss() { awk '{if ($2 > m) m = $2} END {printf "%.0f", m}'; }

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
"$SUIJI" demo --db "$WORK/demo.db" --units "$N" --inspectors "$M" >/dev/null
: >"$WORK/prepare"; : >"$WORK/announce"; : >"$WORK/reveal"; : >"$WORK/total"
for ((r = 0; r < RUNS; r++)); do
  cp "$WORK/demo.db" "$WORK/run.db"
  db="--db $WORK/run.db"
  read -r tp mp < <(timed "$SUIJI" draw prepare $db --agency 330800 --period "${YEAR}Q1" --today "$TODAY" --as operator)
  echo "$tp $mp" >>"$WORK/prepare"
  cp "$WORK/out" "$WORK/prepared.json"
  code=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["draw_code"])' "$WORK/prepared.json")
  read -r ta ma < <(timed "$SUIJI" draw announce $db --draw "$code" --today "$TODAY" --as operator \
                      --override-reason "benchmark run outside the policy's window")
  echo "$ta $ma" >>"$WORK/announce"
  "$SUIJI" draw witness $db --draw "$code" --role 纪检监察 --name 见证人 --input 314159 --as jijian >/dev/null
  read -r tr mr < <(timed "$SUIJI" draw reveal $db --draw "$code" --as operator)
  echo "$tr $mr" >>"$WORK/reveal"
  cp "$WORK/out" "$WORK/revealed.json"
  echo "$(python3 -c "print('%.2f' % ($tp + $ta + $tr))") 0" >>"$WORK/total"
done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
figures=$(python3 - "$WORK/prepared.json" "$WORK/revealed.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
print("; ".join("%s n = %d, k = %d" % (s["id"], s["eligible"], s["k"]) for s in p["strata"]) +
      "; pool %d; %d tasks" % (p["pool"]["members"], len(r["tasks"])))
PY
)

section=$(cat <<MD
<!-- draw-cycle:begin (written by bench/draw_cycle_bench.sh; do not edit by hand) -->
## Draw life cycle (\`suiji draw prepare / announce / reveal\`, issue 13)

Machine: $(bench_machine). Date: $(date -u +%Y-%m-%dT%H:%MZ).
Release build (g++ $(g++ -dumpversion), -O2). Data: \`suiji demo --units $N --inspectors $M\` on SQLite (WAL),
the city (330800, policy \`quzhou-city\`), period ${YEAR}Q1: $figures. Each step is its own process on a fresh copy
of the store (open, read, write one transaction with its audit entry, print JSON); one witness input between
announce and reveal (not timed). Wall-clock seconds over $RUNS runs (min / **median** / max), max RSS from
/usr/bin/time -v. 1-minute load average before / after the runs: $LOAD_BEFORE / $LOAD_AFTER (2 cores; above 1 other
work shared the machine). Goal: prepare + announce + reveal ≤ 2 s.

| step | seconds (min / median / max) | max RSS (MB) |
|---|---|---:|
| prepare | $(median <"$WORK/prepare") | $(maxrss <"$WORK/prepare") |
| announce | $(median <"$WORK/announce") | $(maxrss <"$WORK/announce") |
| reveal (record + tasks) | $(median <"$WORK/reveal") | $(maxrss <"$WORK/reveal") |
| **total** | $(median <"$WORK/total") | |
<!-- draw-cycle:end -->
MD
)
printf '%s\n' "$section" | python3 bench/replace_section.py bench/RESULTS.md draw-cycle "## Draw life cycle"
echo "wrote bench/RESULTS.md (Draw life cycle)" >&2
