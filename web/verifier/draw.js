// Computes a full sj-draw/1 record from its announced inputs and the reveal (the vectors'
// vNN.input.json shape). Used to check the vectors byte-for-byte in content and to build
// large valid records for the benchmark; verification itself lives in verify.js.
import { sha256Hex, listHash, TicketHasher } from './sha.js';
import { orderByTicket, ticketOf } from './order.js';
import { cmpStr } from './tickets.js';
import { Assigner } from './assign.js';

export function computeRecord(input) {
  const r = structuredClone(input);
  if (sha256Hex(r.nonce) !== r.commitment) throw new Error('commitment does not match nonce');
  let seed = `${r.draw_id}|${r.nonce}|${r.witnesses.map((w) => w.input).join(',')}`;
  if (r.beacon !== undefined && r.beacon !== null) seed += `|${r.beacon}`;
  const hasher = new TicketHasher(seed);
  const orders = new Map();
  const drawn = new Map();
  for (const s of r.strata) {
    const order = orderByTicket(hasher, s.population);
    orders.set(s.id, order);
    s.population_hash = listHash(s.population).hash;
    s.n = s.population.length;
    s.selected = [];
    for (let j = 0; j < Math.min(s.k, s.n); j++) {
      const unit = s.population[order[j]];
      const ticket = ticketOf(hasher, unit);
      s.selected.push({ unit, ticket });
      drawn.set(unit, ticket);
    }
  }
  const insp = r.inspectors;
  insp.pool_hash = listHash(insp.pool.map((x) => `${x.id},${x.senior ? 1 : 0}`)).hash;
  insp.conflicts_hash = listHash(insp.conflicts.map(([u, i]) => `${u},${i}`)).hash;
  const units = Array.from(drawn.keys()).sort((a, b) => cmpStr(drawn.get(a), drawn.get(b)) || cmpStr(a, b));
  insp.cap = Math.ceil((units.length * insp.team_size) / insp.pool.length);
  const asg = new Assigner({ seed, pool: insp.pool, conflicts: insp.conflicts, teamSize: insp.team_size, mentorPairing: insp.mentor_pairing, cap: insp.cap });
  // Key order as in the published vectors: inputs first, then what is computed.
  const changes = r.changes;
  delete r.changes;
  if (changes !== undefined) r.changes = changes;
  r.seed = seed;
  r.assignments = units.map((u) => asg.published(asg.assign(u)));
  if (changes && changes.length > 0) {
    const out = new Set();
    const strata = new Map(r.strata.map((s) => [s.id, s]));
    r.change_results = changes.map((c) => {
      if (c.type === 'replace_inspector') return asg.replaceInspector(c.unit, c.inspector);
      const s = strata.get(c.stratum);
      const order = orders.get(s.id);
      const alternates = function* () { for (let p = Math.min(s.k, s.n); p < order.length; p++) yield s.population[order[p]]; };
      return asg.substituteUnit(s.id, c.unit, alternates, out);
    });
    r.final_assignments = asg.currentPublished();
  }
  return r;
}
