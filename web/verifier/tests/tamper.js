// Tampered copies of a valid record, each with the discrepancy a verifier must report first.
// Alternates are found with node:crypto and BigInt, independently of the module under test.
import { createHash } from 'node:crypto';

const sha256Hex = (s) => createHash('sha256').update(s, 'utf8').digest('hex');
function ticket(seed, id) {
  const dec = BigInt('0x' + sha256Hex(sha256Hex(seed) + id)).toString().padStart(64, '0');
  return '0.' + [...dec].reverse().join('');
}
const clone = (r) => structuredClone(r);
// Change one digit of a hex or decimal string at position i to another digit of the same kind.
function flip(s, i) {
  const c = s[i];
  const next = c === '0' ? '1' : c === '9' ? '0' : c === 'f' ? 'e' : String.fromCharCode(c.charCodeAt(0) + 1);
  return s.slice(0, i) + next + s.slice(i + 1);
}
// The stratum with the most alternates, so "swap in an alternate" is always possible.
const widest = (r) => r.strata.reduce((a, s) => (s.n - s.k > a.n - a.k ? s : a));

/** [{kind, record, path, mentions: [strings the message must contain]}] */
export function tamperings(record) {
  const out = [];

  {
    const r = clone(record);
    const s = widest(r);
    const j = s.selected.length - 1;
    const before = s.selected[j].ticket;
    s.selected[j].ticket = flip(before, 30);
    out.push({ kind: 'a ticket digit', record: r, path: `strata[${s.id}].selected[${j}].ticket`, mentions: [before, s.selected[j].ticket] });
  }
  {
    const r = clone(record);
    const s = widest(r);
    const chosen = new Set(s.selected.map((x) => x.unit));
    const alternate = s.population
      .filter((u) => !chosen.has(u))
      .map((u) => ({ u, t: ticket(r.seed, u) }))
      .sort((a, b) => (a.t < b.t ? -1 : 1))[0];
    const j = 0;
    const was = s.selected[j].unit;
    s.selected[j] = { unit: alternate.u, ticket: alternate.t };
    out.push({ kind: 'a selected unit swapped for an alternate', record: r, path: `strata[${s.id}].selected[${j}]`, mentions: [was, alternate.u] });
  }
  {
    const r = clone(record);
    const a = r.assignments[1];
    const [lead, member] = a.team;
    a.team[0] = member; a.team[1] = lead;
    out.push({ kind: 'lead and member swapped', record: r, path: 'assignments[1].team[0]', mentions: [lead, member], zh: '牵头人', en: 'lead' });
  }
  {
    const r = clone(record);
    const w = r.witnesses[r.witnesses.length - 1];
    w.input = flip(w.input, 0);
    out.push({ kind: 'a witness input', record: r, path: 'seed', mentions: [w.input] });
  }
  {
    const r = clone(record);
    r.nonce = flip(r.nonce, 10);
    out.push({ kind: 'the nonce', record: r, path: 'commitment', mentions: [r.commitment] });
  }
  {
    const r = clone(record);
    const s = r.strata[0];
    s.population_hash = flip(s.population_hash, 5);
    out.push({ kind: 'a population hash', record: r, path: `strata[${s.id}].population_hash`, mentions: [s.population_hash] });
  }
  {
    const r = clone(record);
    const j = r.final_assignments.length - 1;
    const team = r.final_assignments[j].team;
    const original = [...team];
    team.reverse();
    out.push({ kind: 'a final team reordered', record: r, path: `final_assignments[${j}].team[0]`, mentions: [original[0], team[0]] });
  }
  {
    const r = clone(record);
    const j = r.change_results.findIndex((c) => c.type === 'replace_inspector');
    const c = r.change_results[j];
    const other = r.inspectors.pool.find((p) => p.id !== c.replacement && p.id !== c.inspector).id;
    const was = c.replacement;
    c.replacement = other;
    out.push({ kind: 'a replacement inspector', record: r, path: `change_results[${j}].replacement`, mentions: [was, other] });
  }
  return out;
}
