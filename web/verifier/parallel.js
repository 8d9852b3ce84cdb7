// Sharing the hashing among workers (the browser page has one coordinator worker running the
// checks and helper workers that each parsed their own copy of the record). Helpers are
// reached through MessagePorts; every request is a slice of plain hashing: which slice goes
// where never changes a result, only how soon it is ready.
import { TicketHasher } from './sha.js';
import { packKeys, rankPool, MAX_PACKED } from './order.js';

/** The coordinator's side of one helper's MessagePort. */
export class Helper {
  constructor(port) {
    this.port = port;
    this.pending = new Map();
    this.next = 0;
    port.onmessage = (ev) => {
      const m = ev.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.progress) { if (p.progress) p.progress(m.progress); return; }
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(m.error)); else p.resolve(m.result);
    };
  }

  call(msg, progress) {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject, progress });
      this.port.postMessage({ ...msg, id });
    });
  }
}

/** Serves hashing requests on `port` for `record` (runs in a helper worker). */
export function serveHelper(record, port) {
  const hashers = new Map();
  const hasherFor = (seed) => {
    if (!hashers.has(seed)) hashers.set(seed, new TicketHasher(seed));
    return hashers.get(seed);
  };
  const poolIds = record.inspectors.pool.map((p) => p.id);
  port.onmessage = (ev) => {
    const m = ev.data;
    const progress = (n) => port.postMessage({ id: m.id, progress: n });
    try {
      if (m.op === 'keys') {
        const packed = packKeys(hasherFor(m.seed), record.strata[m.stratum].population, m.start, m.end, progress);
        port.postMessage({ id: m.id, result: packed }, [packed.buffer]);
      } else if (m.op === 'ranks') {
        const flat = new Uint32Array(m.units.length * poolIds.length);
        m.units.forEach((u, j) => {
          flat.set(rankPool(m.seed, u, poolIds), j * poolIds.length);
          progress(poolIds.length + 1);
        });
        port.postMessage({ id: m.id, result: flat }, [flat.buffer]);
      } else {
        throw new Error(`unknown request ${m.op}`);
      }
    } catch (e) {
      port.postMessage({ id: m.id, error: String(e && e.message) });
    }
  };
}

// Equal slices of [from, to) for each helper.
function slices(from, to, count) {
  const out = [];
  for (let h = 0; h < count; h++) {
    out.push([from + Math.floor(((to - from) * h) / count), from + Math.floor(((to - from) * (h + 1)) / count)]);
  }
  return out;
}

/**
 * computeLocal's results (see verify.js), with most of the hashing done by `helpers`. The
 * coordinator hashes a smaller share itself because it also computes the list hashes.
 */
export async function computeShared(record, req, helpers) {
  const H = helpers.length;
  const share = 0.6 / (H + 1);
  if (req.op === 'keys') {
    const hasher = new TicketHasher(req.seed);
    const asked = [];
    const cuts = record.strata.map((s, si) => {
      const n = s.population.length;
      if (n >= MAX_PACKED) return null;
      const cut = Math.floor(n * share);
      slices(cut, n, H).forEach(([start, end], h) => {
        asked.push(helpers[h].call({ op: 'keys', seed: req.seed, stratum: si, start, end }, req.progress)
          .then((part) => ({ si, start, part })));
      });
      return cut;
    });
    // The coordinator's own share, while the helpers work.
    const out = record.strata.map((s, si) => {
      if (cuts[si] === null) return null;
      const all = new Float64Array(s.population.length);
      all.set(packKeys(hasher, s.population, 0, cuts[si], req.progress), 0);
      return all;
    });
    for (const { si, start, part } of await Promise.all(asked)) out[si].set(part, start);
    return out;
  }
  // ranks
  const P = record.inspectors.pool.length;
  const poolIds = record.inspectors.pool.map((p) => p.id);
  const units = req.units;
  const cut = Math.floor(units.length * (1 / (H + 1)));
  const asked = slices(cut, units.length, H).map(([start, end], h) =>
    helpers[h].call({ op: 'ranks', seed: req.seed, units: units.slice(start, end) }, req.progress)
      .then((flat) => ({ start, flat })));
  const out = new Array(units.length);
  for (let j = 0; j < cut; j++) {
    out[j] = rankPool(req.seed, units[j], poolIds);
    if (req.progress) req.progress(P + 1);
  }
  for (const { start, flat } of await Promise.all(asked)) {
    for (let j = 0; j * P < flat.length; j++) out[start + j] = flat.subarray(j * P, (j + 1) * P);
  }
  return out;
}
