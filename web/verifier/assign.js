// Sections 6 and 7: teams of inspectors for drawn units, and the replay of changes.
// Works on pool indices; loads, removals and the current teams live here between steps.
import { rankPool } from './order.js';

/** A step of sections 6–7 that cannot be carried out (the spec says: the draw is not made). */
export class AssignError extends Error {
  constructor(zh, en) { super(en); this.zh = zh; this.en = en; }
}

export class Assigner {
  /**
   * @param seed   the draw's seed
   * @param pool   [{id, senior}]
   * @param conflicts [[unit, inspector]]
   * @param cap    ceil(|units| * t / |P|), computed by the caller
   */
  constructor({ seed, pool, conflicts, teamSize, mentorPairing, cap, progress }) {
    this.seed = seed;
    this.ids = pool.map((p) => p.id);
    this.senior = pool.map((p) => p.senior === true);
    this.index = new Map(this.ids.map((id, i) => [id, i]));
    this.conflicts = new Map(); // unit -> Set of pool indices
    for (const [u, insp] of conflicts) {
      const i = this.index.get(insp);
      if (i === undefined) continue; // an inspector outside the pool can never be chosen anyway
      if (!this.conflicts.has(u)) this.conflicts.set(u, new Set());
      this.conflicts.get(u).add(i);
    }
    this.t = teamSize;
    this.mentor = mentorPairing;
    this.cap = cap;
    this.load = new Int32Array(this.ids.length);
    this.removed = new Map(); // unit -> Set of pool indices removed by replace_inspector
    this.progress = progress;
    this.current = new Map(); // unit -> {unit, team: [indices], cap_relaxed}, in draw order
    this.ranks = new Map(); // unit -> R (pool indices in ticket order), computed once per unit
  }

  /** E of step 2: the pool in ticket order for seed|u, less conflicts and removals (and `exclude`). */
  eligible(u, exclude = null) {
    let R = this.ranks.get(u);
    if (!R) {
      R = rankPool(this.seed, u, this.ids);
      this.ranks.set(u, R);
      if (this.progress) this.progress(this.ids.length + 1);
    }
    const conf = this.conflicts.get(u);
    const rem = this.removed.get(u);
    const E = [];
    for (const i of R) {
      if (conf && conf.has(i)) continue;
      if (rem && rem.has(i)) continue;
      if (exclude && exclude.includes(i)) continue;
      E.push(i);
    }
    return E;
  }

  /** Section 6 steps 1–5 for one unit; appends it to the current draw. */
  assign(u) {
    const E = this.eligible(u);
    const { load, cap, senior, t } = this;
    const A = E.filter((i) => load[i] < cap);
    const team = [];
    let relaxed = false;
    if (this.mentor) {
      let s = A.find((i) => senior[i]);
      if (s === undefined) {
        s = E.find((i) => senior[i]);
        if (s !== undefined) relaxed = true;
      }
      if (s !== undefined) team.push(s);
    }
    for (const i of A) { if (team.length >= t) break; if (!team.includes(i)) team.push(i); }
    for (const i of E) {
      if (team.length >= t) break;
      if (!team.includes(i)) { team.push(i); relaxed = true; }
    }
    if (team.length < t) {
      throw new AssignError(
        `单位 ${u} 只有 ${team.length} 名可选执法人员，少于每组 ${t} 人，抽取无法进行`,
        `unit ${u} has only ${team.length} eligible inspectors, fewer than the team size ${t}: the draw cannot be made`);
    }
    for (const i of team) load[i]++;
    const entry = { unit: u, team, cap_relaxed: relaxed };
    this.current.set(u, entry);
    return entry;
  }

  /** Section 7 replace_inspector. Returns the change result. */
  replaceInspector(u, inspector) {
    const entry = this.current.get(u);
    if (!entry) {
      throw new AssignError(`单位 ${u} 不在当前抽取结果中`, `unit ${u} is not in the current draw`);
    }
    const leaving = this.index.get(inspector);
    const pos = leaving === undefined ? -1 : entry.team.indexOf(leaving);
    if (pos < 0) {
      throw new AssignError(`执法人员 ${inspector} 不在单位 ${u} 的检查组中`,
        `inspector ${inspector} is not in the team of unit ${u}`);
    }
    if (!this.removed.has(u)) this.removed.set(u, new Set());
    this.removed.get(u).add(leaving);
    this.load[leaving]--;
    const E = this.eligible(u, entry.team);
    const { load, cap, senior } = this;
    let pick;
    let relaxed = false;
    if (this.mentor && pos === 0 && senior[leaving]) {
      pick = E.find((i) => senior[i] && load[i] < cap);
      if (pick === undefined) {
        pick = E.find((i) => senior[i]);
        if (pick !== undefined) relaxed = true;
      }
    }
    if (pick === undefined) {
      pick = E.find((i) => load[i] < cap);
      if (pick === undefined && E.length > 0) { pick = E[0]; relaxed = true; }
    }
    if (pick === undefined) {
      throw new AssignError(`单位 ${u} 没有可替换的执法人员`, `unit ${u} has no inspector left to replace ${inspector}`);
    }
    entry.team[pos] = pick;
    load[pick]++;
    return { type: 'replace_inspector', unit: u, inspector, replacement: this.ids[pick], cap_relaxed: relaxed };
  }

  /**
   * Section 7 substitute_unit. `alternates()` yields the stratum's units after its selection,
   * in ticket order; `substitutedOut` is shared across changes.
   */
  substituteUnit(stratumId, u, alternates, substitutedOut) {
    const entry = this.current.get(u);
    if (!entry) {
      throw new AssignError(`单位 ${u} 不在当前抽取结果中`, `unit ${u} is not in the current draw`);
    }
    for (const i of entry.team) this.load[i]--;
    this.current.delete(u);
    substitutedOut.add(u);
    let replacement;
    for (const alt of alternates()) {
      if (!this.current.has(alt) && !substitutedOut.has(alt)) { replacement = alt; break; }
    }
    if (replacement === undefined) {
      throw new AssignError(`分层 ${stratumId} 已无候补单位`, `stratum ${stratumId} has no alternate left`);
    }
    const added = this.assign(replacement);
    return {
      type: 'substitute_unit', stratum: stratumId, unit: u, replacement,
      team: added.team.map((i) => this.ids[i]), cap_relaxed: added.cap_relaxed,
    };
  }

  /** An entry with inspector ids, as published. */
  published(entry) {
    return { unit: entry.unit, team: entry.team.map((i) => this.ids[i]), cap_relaxed: entry.cap_relaxed };
  }

  /** The current draw (final_assignments once all changes are replayed). */
  currentPublished() {
    return Array.from(this.current.values(), (e) => this.published(e));
  }
}
