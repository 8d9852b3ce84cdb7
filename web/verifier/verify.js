// verifyRecord: every check of sj-draw/1 section 9, reported in the order section 9 states:
// (1) a malformed record (validate.js, and a unit id repeated in its population) is refused
// before any check; then commitment, seed, each stratum in record order (population_hash,
// n, k, selected entry by entry), pool_hash, conflicts_hash, cap, assignments entry by
// entry, change_results entry by entry, final_assignments entry by entry.
// It stops at the first discrepancy and names it precisely, in Chinese and English, by the
// same path as the C++ verifier (tests/vectors/tamper_cases.json holds the cases both check).
// A team that cannot be formed, or a change that cannot be replayed, is reported where the
// replay stops (assignments[j], changes[j]), after everything before it was compared.
import { sha256Hex, listHash, TicketHasher } from './sha.js';
import { orderByTicket, orderPacked, packKeys, rankPool, ticketOf, MAX_PACKED } from './order.js';
import { cmpStr } from './tickets.js';
import { Assigner, AssignError } from './assign.js';
import { validateRecord, RecordFormatError } from './validate.js';

export { RecordFormatError } from './validate.js';

class Discrepancy extends Error {
  constructor(path, zh, en) { super(en); this.info = { path, zh: `${path}: ${zh}`, en: `${path}: ${en}` }; }
}
const differ = (path, zh, en) => { throw new Discrepancy(path, zh, en); };

const short = (t) => (t.length > 14 ? t.slice(0, 12) + '…' : t);
const q = (v) => JSON.stringify(v);

/** Where two strings first differ, as "digit N" of a ticket (1-based after "0."). */
function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function seedOf(r) {
  let seed = `${r.draw_id}|${r.nonce}|${r.witnesses.map((w) => w.input).join(',')}`;
  if (r.beacon !== undefined && r.beacon !== null) seed += `|${r.beacon}`;
  return seed;
}

function compareEntry(path, exp, rec) {
  if (rec.unit !== exp.unit) differ(`${path}.unit`, `应为 ${exp.unit}，记录为 ${rec.unit}`, `expected ${exp.unit}, recorded ${rec.unit}`);
  if (rec.team.length !== exp.team.length) {
    differ(`${path}.team`, `应有 ${exp.team.length} 人 [${exp.team.join(', ')}]，记录有 ${rec.team.length} 人 [${rec.team.join(', ')}]`,
      `expected ${exp.team.length} inspectors [${exp.team.join(', ')}], recorded ${rec.team.length} [${rec.team.join(', ')}]`);
  }
  for (let j = 0; j < exp.team.length; j++) {
    if (rec.team[j] !== exp.team[j]) {
      const zhRole = j === 0 ? '（牵头人）' : '（组员）';
      const enRole = j === 0 ? '(lead) ' : '(member) ';
      differ(`${path}.team[${j}]`, `${zhRole}应为 ${exp.team[j]}，记录为 ${rec.team[j]}（应为 [${exp.team.join(', ')}]）`,
        `${enRole} expected ${exp.team[j]}, recorded ${rec.team[j]} (team should be [${exp.team.join(', ')}])`);
    }
  }
  if (rec.cap_relaxed !== exp.cap_relaxed) {
    differ(`${path}.cap_relaxed`, `应为 ${exp.cap_relaxed}，记录为 ${rec.cap_relaxed}`, `expected ${exp.cap_relaxed}, recorded ${rec.cap_relaxed}`);
  }
}

// Entry j of a list compared entry by entry: one side has it and the other has not.
function comparePresent(path, expected, recorded) {
  if (expected && !recorded) differ(path, '应有此项，记录中缺少', 'expected here, missing from the record');
  if (!expected && recorded) differ(path, '记录多出此项，重算结果中没有（应无此项）', 'expected nothing here: not in the recomputed draw');
}

// A published list of teams (assignments, final_assignments) against the recomputed one.
function compareAssignments(path, exp, rec) {
  for (let j = 0; j < Math.max(exp.length, rec.length); j++) {
    comparePresent(`${path}[${j}]`, j < exp.length, j < rec.length);
    compareEntry(`${path}[${j}]`, exp[j], rec[j]);
  }
}

function compareChange(path, exp, rec) {
  for (const key of Object.keys(exp)) {
    const e = exp[key], g = rec[key];
    const same = Array.isArray(e) ? Array.isArray(g) && e.length === g.length && e.every((x, i) => x === g[i]) : e === g;
    if (!same) differ(`${path}.${key}`, `应为 ${q(e)}，记录为 ${q(g)}`, `expected ${q(e)}, recorded ${q(g)}`);
  }
}

/**
 * Verifies a published sj-draw/1 record, on this thread.
 * @returns {{ok: boolean, checks: Array, firstDiscrepancy: null|{path, zh, en}, evidence: object}}
 * @throws RecordFormatError when the record is not a well-formed sj-draw/1 record.
 */
export function verifyRecord(record, { onProgress } = {}) {
  const gen = verifySteps(record, { onProgress });
  const done = [];
  let step = gen.next();
  while (!step.done) {
    const y = step.value;
    if (y.op === 'start') { done.push(computeLocal(record, y.req)); step = gen.next(done.length - 1); }
    else step = gen.next(done[y.job]);
  }
  return step.value;
}

/**
 * The same verification, with the heavy hashing handed to `compute(record, req)`, which may
 * share it among workers and returns a promise of what computeLocal would return.
 */
export async function verifyRecordWith(record, { onProgress } = {}, compute) {
  const gen = verifySteps(record, { onProgress });
  const jobs = [];
  let step = gen.next();
  while (!step.done) {
    const y = step.value;
    if (y.op === 'start') { jobs.push(compute(record, y.req)); step = gen.next(jobs.length - 1); }
    else step = gen.next(await jobs[y.job]);
  }
  return step.value;
}

/**
 * The two heavy requests of verifySteps, computed here:
 *  {op: 'keys', seed}: per stratum, packKeys of its whole population (null if too large to pack);
 *  {op: 'ranks', seed, units}: per unit, the pool in order of ticket(seed|unit, id).
 */
export function computeLocal(record, req) {
  if (req.op === 'keys') {
    const hasher = new TicketHasher(req.seed);
    return record.strata.map((s) => (s.population.length < MAX_PACKED
      ? packKeys(hasher, s.population, 0, s.population.length, req.progress) : null));
  }
  const ids = record.inspectors.pool.map((p) => p.id);
  return req.units.map((u) => {
    const R = rankPool(req.seed, u, ids);
    if (req.progress) req.progress(ids.length + 1);
    return R;
  });
}

// The checks in order, as a generator: it yields {op: 'start', req} for heavy hashing (and
// gets a job number back), later {op: 'await', job} (and gets the result), so that the same
// steps run on one thread (verifyRecord) or spread over workers (verifyRecordWith).
function* verifySteps(record, { onProgress } = {}) {
  validateRecord(record);
  const r = record;
  const checks = [];
  const evidence = { strata: [], assignments: [], changeResults: [] };
  const pass = (key, zh, en) => checks.push({ key, zh, en, ok: true });

  // Progress in "tickets hashed": every unit of every stratum, then |P| + 1 per team drawn.
  const pool = r.inspectors.pool;
  const drawnMax = r.strata.reduce((a, s) => a + Math.min(s.k, s.population.length), 0);
  const total = r.strata.reduce((a, s) => a + s.population.length, 0) +
    (drawnMax + (r.changes?.length ?? 0)) * (pool.length + 1);
  let done = 0, told = 0;
  const step = Math.max(1, Math.floor(total / 200));
  const progress = (n) => {
    done += n;
    if (onProgress && done - told >= step) { told = done; onProgress({ done: Math.min(done, total), total }); }
  };

  // The seed as the record's inputs make it; the claimed seed is checked in its turn.
  const seed = seedOf(r);
  // Start hashing every unit's ticket now: elsewhere it overlaps the list hashes below.
  const keysJob = yield { op: 'start', req: { op: 'keys', seed, progress } };
  // 4.1: everything frozen before the randomness, by hash (hashed here, overlapping the
  // tickets). A unit id twice in one population breaks section 3 (ids unique in their
  // list): malformed, check (1), like a badly formed id.
  const popHashes = r.strata.map((s) => listHash(s.population));
  popHashes.forEach(({ duplicates, firstDuplicate }, si) => {
    if (duplicates) {
      const p = `strata[${r.strata[si].id}].population`;
      throw new RecordFormatError(p, `编号重复：${firstDuplicate}（共 ${duplicates} 处；编号在名单中应唯一）`,
        `duplicate id ${firstDuplicate} (${duplicates} repeats; ids are unique in their list)`);
    }
  });
  const insp = r.inspectors;
  const poolHash = listHash(pool.map((x) => `${x.id},${x.senior ? 1 : 0}`)).hash;
  const conflictsHash = listHash(insp.conflicts.map(([u, i]) => `${u},${i}`)).hash;

  try {
    // 4.1 / 4.3: the nonce revealed is the one committed to.
    const commit = sha256Hex(r.nonce);
    evidence.commitment = { nonce: r.nonce, recorded: r.commitment, computed: commit };
    if (commit !== r.commitment) {
      differ('commitment', `sha256_hex(nonce) = ${commit}，与记录的承诺值 ${r.commitment} 不符：公布的随机数不是事先承诺的那个`,
        `sha256_hex(nonce) = ${commit} does not match the recorded commitment ${r.commitment}: the revealed nonce is not the committed one`);
    }
    pass('commitment', '承诺值与公布的随机数一致', 'commitment matches the revealed nonce');

    evidence.seed = seed;
    if (r.seed !== seed) {
      differ('seed', `按 draw_id|nonce|见证输入[|beacon] 应为 ${q(seed)}，记录为 ${q(r.seed)}`,
        `from draw_id|nonce|witness inputs[|beacon] expected ${q(seed)}, recorded ${q(r.seed)}`);
    }
    pass('seed', '种子由编号、随机数和见证输入正确拼成', 'seed is derived from draw_id, nonce and witness inputs');

    // Section 5: each stratum's selection.
    const hasher = new TicketHasher(seed);
    const packedAll = yield { op: 'await', job: keysJob };
    const orders = new Map();
    const drawn = new Map(); // unit -> full ticket
    for (const [si, s] of r.strata.entries()) {
      const p = `strata[${s.id}]`;
      const { hash } = popHashes[si];
      if (hash !== s.population_hash) {
        differ(`${p}.population_hash`, `应为 ${hash}，记录为 ${s.population_hash}`, `expected ${hash}, recorded ${s.population_hash}`);
      }
      if (s.n !== s.population.length) differ(`${p}.n`, `应为 ${s.population.length}，记录为 ${s.n}`, `expected ${s.population.length}, recorded ${s.n}`);
      const pop = s.population;
      const order = packedAll[si] ? orderPacked(packedAll[si], hasher, pop) : orderByTicket(hasher, pop, progress);
      orders.set(s.id, order);
      const m = Math.min(s.k, pop.length);
      if (s.selected.length !== m) {
        differ(`${p}.k`, `应有 ${m} 项（k=${s.k}，n=${pop.length}），记录有 ${s.selected.length} 项`,
          `expected ${m} entries (k=${s.k}, n=${pop.length}), recorded ${s.selected.length}`);
      }
      const first = [];
      for (let j = 0; j < m; j++) {
        const unit = pop[order[j]];
        const ticket = ticketOf(hasher, unit);
        const rec = s.selected[j];
        if (rec.unit !== unit) {
          const theirs = ticketOf(hasher, rec.unit);
          differ(`${p}.selected[${j}]`, `应为 ${unit}（签号 ${short(ticket)}），记录为 ${rec.unit}（签号 ${short(theirs)}）`,
            `expected ${unit} (ticket ${short(ticket)}), recorded ${rec.unit} (ticket ${short(theirs)})`);
        }
        if (rec.ticket !== ticket) {
          const d = firstDiff(ticket, rec.ticket) - 1;
          differ(`${p}.selected[${j}].ticket`, `应为 ${ticket}，记录为 ${rec.ticket}（自小数第 ${d} 位起不同）`,
            `expected ${ticket}, recorded ${rec.ticket} (differs from decimal digit ${d})`);
        }
        if (j < 5) first.push({ unit, ticket });
        drawn.set(unit, ticket);
      }
      evidence.strata.push({ id: s.id, label: s.label ?? '', n: pop.length, k: s.k, selected: m, first });
      pass(`strata[${s.id}]`, `分层 ${s.id}：n=${pop.length}，k=${s.k}，抽中 ${m} 家，签号与编号全部一致`,
        `stratum ${s.id}: n=${pop.length}, k=${s.k}, ${m} drawn, every id and ticket matches`);
    }

    if (poolHash !== insp.pool_hash) differ('inspectors.pool_hash', `应为 ${poolHash}，记录为 ${insp.pool_hash}`, `expected ${poolHash}, recorded ${insp.pool_hash}`);
    if (conflictsHash !== insp.conflicts_hash) differ('inspectors.conflicts_hash', `应为 ${conflictsHash}，记录为 ${insp.conflicts_hash}`, `expected ${conflictsHash}, recorded ${insp.conflicts_hash}`);
    pass('hashes', '单位名单、执法人员库和回避关系的哈希均一致', 'population, pool and conflict hashes match');

    // Section 6: teams, in draw order.
    const units = Array.from(drawn.keys()).sort((a, b) => cmpStr(drawn.get(a), drawn.get(b)) || cmpStr(a, b));
    const cap = Math.ceil((units.length * insp.team_size) / pool.length);
    if (insp.cap !== cap) {
      differ('inspectors.cap', `应为 ceil(${units.length}×${insp.team_size}/${pool.length}) = ${cap}，记录为 ${insp.cap}`,
        `expected ceil(${units.length}×${insp.team_size}/${pool.length}) = ${cap}, recorded ${insp.cap}`);
    }
    const asg = new Assigner({ seed, pool, conflicts: insp.conflicts, teamSize: insp.team_size, mentorPairing: insp.mentor_pairing, cap, progress });
    const ranksJob = yield { op: 'start', req: { op: 'ranks', seed, units, progress } };
    const ranks = yield { op: 'await', job: ranksJob };
    units.forEach((u, j) => asg.ranks.set(u, ranks[j]));
    // Entry by entry: a team is formed, then compared with the record's entry j.
    const recorded = r.assignments;
    for (let j = 0; j < Math.max(units.length, recorded.length); j++) {
      let entry = null;
      if (j < units.length) {
        try { entry = asg.published(asg.assign(units[j])); } catch (e) {
          if (e instanceof AssignError) differ(`assignments[${j}]`, e.zh, e.en);
          throw e;
        }
      }
      comparePresent(`assignments[${j}]`, entry !== null, j < recorded.length);
      compareEntry(`assignments[${j}]`, entry, recorded[j]);
      if (j < 50) evidence.assignments.push(entry);
    }
    evidence.cap = cap;
    evidence.drawnCount = units.length;
    pass('assignments', `${units.length} 家单位的检查组全部一致（每组 ${insp.team_size} 人，上限 ${cap} 次/人）`,
      `all ${units.length} teams match (team size ${insp.team_size}, cap ${cap} per inspector)`);

    // Section 7: replay the changes.
    const changes = r.changes ?? [];
    const results = r.change_results ?? [];
    const substitutedOut = new Set();
    const strata = new Map(r.strata.map((s) => [s.id, s]));
    // Entry by entry: change j is replayed, then its result compared with the record's.
    for (let j = 0; j < Math.max(changes.length, results.length); j++) {
      if (j >= changes.length) comparePresent(`change_results[${j}]`, false, true);
      const c = changes[j];
      let res;
      try {
        if (c.type === 'replace_inspector') {
          res = asg.replaceInspector(c.unit, c.inspector);
        } else {
          const s = strata.get(c.stratum); // validate.js refused a change naming no stratum of the draw
          const order = orders.get(s.id);
          const from = Math.min(s.k, s.population.length);
          const alternates = function* () { for (let p = from; p < order.length; p++) yield s.population[order[p]]; };
          res = asg.substituteUnit(s.id, c.unit, alternates, substitutedOut);
        }
      } catch (e) {
        if (e instanceof AssignError) differ(`changes[${j}]`, e.zh, e.en);
        throw e;
      }
      comparePresent(`change_results[${j}]`, true, j < results.length);
      compareChange(`change_results[${j}]`, res, results[j]);
      evidence.changeResults.push(res);
    }
    if (changes.length > 0 || r.final_assignments !== undefined) {
      compareAssignments('final_assignments', asg.currentPublished(), r.final_assignments ?? []);
      pass('changes', `${changes.length} 项变动重放后，变动结果和最终派组全部一致`,
        `after replaying ${changes.length} changes, change results and final assignments match`);
    }
  } catch (e) {
    if (!(e instanceof Discrepancy)) throw e;
    checks.push({ key: e.info.path, zh: e.info.zh, en: e.info.en, ok: false });
    return { ok: false, checks, firstDiscrepancy: e.info, evidence };
  }
  if (onProgress) onProgress({ done: total, total });
  return { ok: true, checks, firstDiscrepancy: null, evidence };
}
