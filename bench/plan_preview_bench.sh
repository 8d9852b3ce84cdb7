#!/usr/bin/env bash
# The plan preview benchmark (issue 12): `suiji plan preview --db` for a province-size
# jurisdiction — a `suiji demo` of N units and M inspectors (one city and its counties:
# the city's jurisdiction is every unit), the city's policy (quzhou-city, applied by the
# demo) — on SQLite and on a throwaway PostgreSQL cluster. Each run is timed with
# /usr/bin/time -v (wall time, max RSS), median of RUNS runs. Writes the "Plan preview"
# section of bench/RESULTS.md (bench/replace_section.py).
#   N=200000 M=5000 RUNS=5 bench/plan_preview_bench.sh       SKIP_PG=1 leaves PostgreSQL out
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-200000}
M=${M:-5000}
RUNS=${RUNS:-5}
PERIOD=${PERIOD:-$(date -u +%Y)Q2}
. bench/bench_env.sh

# timed CMD... → "seconds max_rss_mb" of one run; fails loudly if CMD fails.
timed() {
  if ! /usr/bin/time -v -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"; then
    echo "failed: $*" >&2; tail -20 "$WORK/err" >&2; exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s}
              /Maximum resident set size/ {m = $2}
              END {printf "%.2f %.0f\n", t, m / 1024}' "$WORK/time"
}
# "min / **median** / max" of the first fields, then the max of the second, tab-separated
summarise() { sort -n | awk '{t[NR] = $1; if ($2 > m) m = $2} END {printf "%.2f / **%.2f** / %.2f\t%.0f\n", t[1], t[int((NR + 1) / 2)], t[NR], m}'; }
# The figures a reader checks the run by: population of each stratum and the eligible count.
strata() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(", ".join("%s %d (eligible %d)" % (s["id"], s["population"], s["eligible"]) for s in j["strata"]))' "$1"; }

preview_runs() {  # DB → appends the runs to $WORK/runs, keeps the last output
  : >"$WORK/runs"
  for ((r = 0; r < RUNS; r++)); do timed "$SUIJI" plan preview --db "$1" --agency 330800 --period "$PERIOD" >>"$WORK/runs"; done
  cp "$WORK/out" "$WORK/last.json"
}

"$SUIJI" demo --db "$WORK/demo.db" --units "$N" --inspectors "$M" >/dev/null
preview_runs "$WORK/demo.db"
IFS=$'\t' read -r sq_times sq_mb < <(summarise <"$WORK/runs")
sq_strata=$(strata "$WORK/last.json")
sq_bytes=$(wc -c <"$WORK/last.json")
sq_row="| SQLite (WAL, one file) | $sq_times | $sq_mb | $sq_strata |"

pg_row="| PostgreSQL 15 | not run (SKIP_PG or no $PG_BIN) | | |"
if pg_available; then
  pg_start
  conn=$(pg_createdb bench)
  "$SUIJI" demo --db "$conn" --units "$N" --inspectors "$M" >/dev/null
  (cd "$WORK/pg" && $PG_AS "$PG_BIN/psql" -q -h "$WORK/pg" -p "$PORT" -U postgres -d bench -c "VACUUM ANALYZE" >/dev/null)
  preview_runs "$conn"
  IFS=$'\t' read -r pg_times pg_mb < <(summarise <"$WORK/runs")
  pg_row="| PostgreSQL 15 (same machine, Unix socket) | $pg_times | $pg_mb | $(strata "$WORK/last.json") |"
fi

section=$(cat <<MD
<!-- plan-preview:begin (written by bench/plan_preview_bench.sh; do not edit by hand) -->
## Plan preview (\`suiji plan preview --db\`, issue 12)

Machine: $(bench_machine). Date: $(date -u +%Y-%m-%dT%H:%MZ).
Release build (g++ $(g++ -dumpversion), -O2). Data: \`suiji demo --units $N --inspectors $M\` (衢州市 and its seven
county-level agencies; the city's jurisdiction holds every unit), the city's policy \`quzhou-city\` as the demo
applies it. Command: \`suiji plan preview --db DB --agency 330800 --period $PERIOD\`: open the store, read the policy,
every unit of the jurisdiction, the headcount and the holiday table, select the three strata, list every
excluded unit, print the JSON ($((sq_bytes / 1024)) KiB). Wall-clock seconds over $RUNS runs (min / **median** / max)
and the largest max RSS, from /usr/bin/time -v. Goal: ≤ 1 s.

| store | seconds (min / median / max) | max RSS (MB) | strata (units) |
|---|---|---:|---|
$sq_row
$pg_row
<!-- plan-preview:end -->
MD
)
printf '%s\n' "$section" | python3 bench/replace_section.py bench/RESULTS.md plan-preview "## Plan preview"
echo "wrote bench/RESULTS.md (Plan preview)" >&2
