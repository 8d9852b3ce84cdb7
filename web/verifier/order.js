// Orders ids by ticket (section 2: ascending ticket string, ties broken by id, byte-wise).
// Sorting packs (9-digit key, index) into one double so a native Float64Array sort does the
// work; equal keys (≈ 1 pair in 2,000 among a million) are then re-ordered by full ticket.
// Hashing (packKeys) is split from sorting (orderPacked) so that slices of a population can
// be hashed by several workers and merged.
import { TicketHasher } from './sha.js';
import { ticketKey, ticketString, cmpStr } from './tickets.js';

export const MAX_PACKED = 2 ** 21; // key < 1e9, so key * 2^21 + index < 2^53 stays exact
const IDX = MAX_PACKED;
const INV_IDX = 2 ** -21;
const PROGRESS_EVERY = 8192;

/**
 * key * 2^21 + i for ids[start..end), in a new Float64Array of end - start entries.
 * `progress(n)` is told every few thousand tickets how many were hashed since the last call.
 */
export function packKeys(hasher, ids, start = 0, end = ids.length, progress = null) {
  const packed = new Float64Array(end - start);
  for (let i = start; i < end; i++) {
    packed[i - start] = ticketKey(hasher.hash(ids[i])) * IDX + i;
    if (progress && (i - start + 1) % PROGRESS_EVERY === 0) progress(PROGRESS_EVERY);
  }
  if (progress) progress((end - start) % PROGRESS_EVERY);
  return packed;
}

/** The indices of `ids` in ticket order, from the packed keys of all of them (sorted in place). */
export function orderPacked(packed, hasher, ids) {
  const n = packed.length;
  packed.sort();
  // Unpack with multiplications by powers of two (exact), not the slow double modulo.
  const order = new Uint32Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = Math.floor(packed[i] * INV_IDX);
    keys[i] = key;
    order[i] = packed[i] - key * IDX;
  }
  // Re-order runs of equal keys by the full ticket.
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && keys[j] === keys[i]) j++;
    if (j - i > 1) {
      const run = Array.from(order.subarray(i, j), (ix) => ({ ix, t: ticketString(hasher.hash(ids[ix])) }));
      run.sort((a, b) => cmpStr(a.t, b.t) || cmpStr(ids[a.ix], ids[b.ix]));
      run.forEach((r, k) => { order[i + k] = r.ix; });
    }
    i = j;
  }
  return order;
}

/** The indices of `ids` in ticket order. */
export function orderByTicket(hasher, ids, progress) {
  if (ids.length >= IDX) return orderSlow(hasher, ids, progress);
  return orderPacked(packKeys(hasher, ids, 0, ids.length, progress), hasher, ids);
}

/** R of section 6 step 1: pool indices in order of ticket(seed + "|" + unit, inspector). */
export function rankPool(seed, unit, poolIds) {
  return orderByTicket(new TicketHasher(seed + '|' + unit), poolIds, null);
}

// Beyond two million ids the index no longer fits beside the key: sort objects instead.
function orderSlow(hasher, ids, progress) {
  const items = ids.map((id, ix) => {
    const key = ticketKey(hasher.hash(id));
    if (progress && (ix + 1) % PROGRESS_EVERY === 0) progress(PROGRESS_EVERY);
    return { ix, key, t: null };
  });
  if (progress) progress(ids.length % PROGRESS_EVERY);
  const full = (it) => (it.t ??= ticketString(hasher.hash(ids[it.ix])));
  items.sort((a, b) => a.key - b.key || cmpStr(full(a), full(b)) || cmpStr(ids[a.ix], ids[b.ix]));
  return Uint32Array.from(items, (it) => it.ix);
}

/** The full ticket string of one id. */
export function ticketOf(hasher, id) {
  return ticketString(hasher.hash(id));
}
