// The straightforward verifier the issue compares against, run inside the page: one
// `await crypto.subtle.digest` per ticket, full decimal ticket strings for every unit and every
// (drawn unit, inspector) pair, sorted as strings; list hashes of the sorted lists with WebCrypto.
// It does the same hashing and ordering work as web/verifier (not the cheap team rules).
// Evaluated by playwright in the page: returns {ms, tickets}.
async function straightforwardVerify(record) {
  const enc = new TextEncoder();
  const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  const sha256Hex = async (s) => hex(await crypto.subtle.digest('SHA-256', enc.encode(s)));
  const ticket = async (seedHex, id) => {
    const dec = BigInt('0x' + (await sha256Hex(seedHex + id))).toString().padStart(64, '0');
    return '0.' + dec.split('').reverse().join('');
  };
  const byTicket = (a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.id < b.id ? -1 : 1);
  const listHash = (lines) => sha256Hex([...new Set(lines)].sort().map((l) => l + '\n').join(''));
  const t0 = performance.now();
  let tickets = 0;
  const r = record;
  if ((await sha256Hex(r.nonce)) !== r.commitment) throw new Error('commitment');
  let seed = `${r.draw_id}|${r.nonce}|${r.witnesses.map((w) => w.input).join(',')}`;
  if (r.beacon) seed += `|${r.beacon}`;
  const seedHex = await sha256Hex(seed);
  const drawn = new Map();
  for (const s of r.strata) {
    if ((await listHash(s.population)) !== s.population_hash) throw new Error('population_hash');
    const all = [];
    for (const id of s.population) { all.push({ id, t: await ticket(seedHex, id) }); tickets++; }
    all.sort(byTicket);
    all.slice(0, s.k).forEach((x, j) => {
      if (x.id !== s.selected[j].unit || x.t !== s.selected[j].ticket) throw new Error('selected');
      drawn.set(x.id, x.t);
    });
  }
  const pool = r.inspectors.pool;
  await listHash(pool.map((p) => `${p.id},${p.senior ? 1 : 0}`));
  await listHash(r.inspectors.conflicts.map((c) => c.join(',')));
  const units = [...drawn].map(([id, t]) => ({ id, t })).sort(byTicket);
  for (const u of units) {
    const h = await sha256Hex(seed + '|' + u.id);
    const ranked = [];
    for (const p of pool) { ranked.push({ id: p.id, t: await ticket(h, p.id) }); tickets++; }
    ranked.sort(byTicket);
  }
  return { ms: performance.now() - t0, tickets };
}
