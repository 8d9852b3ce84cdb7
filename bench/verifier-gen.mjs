// Builds a valid sj-draw/1 record of N units for the verifier benchmark, with the spec's rules
// (computed by web/verifier/draw.js). Deterministic: the same N gives the same record.
// Shape, after the policy presets of requirements.md section 4: key = 10 % of units drawn at
// 5 %, general = the other 90 % drawn at 1.25 × the pool (staff ratio 1:5 a year, per quarter),
// special = 0.2 % of units (overlapping the others) drawn at 10 %; pool of N/2500 inspectors
// (at least 20), 30 % senior, teams of 2 with mentor pairing; 3 inspector replacements and
// 2 unit substitutions.
//   node bench/verifier-gen.mjs N OUT.json
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { computeRecord } from '../web/verifier/draw.js';

// xorshift32: a small deterministic PRNG, so runs are comparable.
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}
const ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // the USCC alphabet

export function benchInput(n) {
  const rand = rng(n * 2654435761);
  // 18-character USCC-like ids: 91 + 6-digit region + 10 characters made unique by the index.
  const units = new Array(n);
  for (let i = 0; i < n; i++) {
    let s = '', v = i;
    for (let j = 0; j < 5; j++) { s += ALPHA[v % 31]; v = Math.floor(v / 31); }
    for (let j = 0; j < 5; j++) s += ALPHA[Math.floor(rand() * 31)];
    units[i] = '91370181' + s;
  }
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [units[i], units[j]] = [units[j], units[i]]; }
  const keyN = Math.round(n * 0.1);
  const key = units.slice(0, keyN), general = units.slice(keyN);
  const special = Array.from({ length: Math.max(10, Math.round(n * 0.002)) }, (_, i) => units[(i * 7919) % n]);
  const poolSize = Math.max(20, Math.round(n / 2500));
  const pool = Array.from({ length: poolSize }, (_, i) => ({ id: `ZF3701${String(i).padStart(5, '0')}`, senior: rand() < 0.3 }));
  const conflicts = Array.from({ length: poolSize * 5 }, () => [units[Math.floor(rand() * n)], pool[Math.floor(rand() * poolSize)].id]);
  const uniq = [...new Map(conflicts.map((c) => [c.join(','), c])).values()];
  const nonce = createHash('sha256').update(`bench-nonce-${n}`).digest('hex');
  return {
    spec: 'sj-draw/1',
    draw_id: `370181-BENCH-${n}`,
    commitment: createHash('sha256').update(nonce).digest('hex'),
    nonce,
    witnesses: [{ role: '纪检监察', input: '4827719305' }, { role: '媒体代表', input: '615' }],
    beacon: null,
    strata: [
      { id: 'key', label: '重点排污单位', population: key, k: Math.ceil(key.length * 0.05) },
      { id: 'general', label: '一般排污单位', population: general, k: Math.ceil(poolSize * 1.25) },
      { id: 'special', label: '特殊监管对象', population: special, k: Math.ceil(special.length * 0.1) },
    ],
    inspectors: { pool, conflicts: uniq, team_size: 2, mentor_pairing: true },
  };
}

/** A valid record of n units, with changes chosen from its own first result. */
export function benchRecord(n) {
  const input = benchInput(n);
  const first = computeRecord(input);
  const a = first.assignments;
  input.changes = [
    { type: 'replace_inspector', unit: a[1].unit, inspector: a[1].team[0], reason: '回避', approved_by: '分管领导' },
    { type: 'replace_inspector', unit: a[5].unit, inspector: a[5].team[1], reason: '休假', approved_by: '分管领导' },
    { type: 'replace_inspector', unit: a[9].unit, inspector: a[9].team[0], reason: '借调', approved_by: '分管领导' },
    { type: 'substitute_unit', stratum: 'key', unit: first.strata[0].selected[0].unit, reason: '企业已关闭', approved_by: '分管领导' },
    { type: 'substitute_unit', stratum: 'general', unit: first.strata[1].selected[2].unit, reason: '停产', approved_by: '分管领导' },
  ];
  return computeRecord(input);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(n) || n < 100 || !out) {
    console.error('usage: node bench/verifier-gen.mjs N OUT.json   (N ≥ 100)');
    process.exit(2);
  }
  const t0 = performance.now();
  const r = benchRecord(n);
  writeFileSync(out, JSON.stringify(r));
  const drawn = r.assignments.length;
  console.error(`${out}: ${n} units, ${drawn} drawn, pool ${r.inspectors.pool.length}, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
