import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { TicketHasher, listHash, sha256Hex, ticketString, ticketKey, orderByTicket } from '../index.js';

// Independent oracle: node:crypto + BigInt, straight from spec section 2.
const hex = (s) => createHash('sha256').update(s, 'utf8').digest('hex');
const oracle = (seed, id) => '0.' + [...BigInt('0x' + hex(hex(seed) + id)).toString().padStart(64, '0')].reverse().join('');

describe('section 2 primitives', () => {
  // First in this file, so that it sees the very first TicketHasher of the module.
  it('uses the one-block fast path from the first hasher on', () => {
    expect(new TicketHasher('a').fast).toBe(true);
    expect(new TicketHasher('b').fast).toBe(true);
  });

  it('gives the spec example ticket', () => {
    const h = new TicketHasher('01382438112797316654');
    expect(ticketString(h.hash('AB-130'))).toBe('0.26299714122838008416507544297546663599715395525154425586041245287750224561854');
  });

  it('matches node:crypto for ids of every length around the block boundary, and non-ASCII seeds', () => {
    const h = new TicketHasher('种子|seed');
    for (let len = 1; len <= 130; len++) {
      const id = 'x'.repeat(len - 1) + String(len % 10);
      expect(ticketString(h.hash(id))).toBe(oracle('种子|seed', id));
    }
    expect(ticketString(h.hash('单位'))).toBe(oracle('种子|seed', '单位'));
  });

  it('sha256Hex and list_hash follow the spec (sorted, unique, newline-terminated)', () => {
    expect(sha256Hex('abc')).toBe(hex('abc'));
    const { hash, duplicates } = listHash(['b', 'a', 'b', 'C']);
    expect(hash).toBe(hex('C\na\nb\n'));
    expect(duplicates).toBe(1);
  });

  it('the cheap key is the ticket\'s first 9 digits', () => {
    const h = new TicketHasher('k');
    for (let i = 0; i < 500; i++) {
      const d = h.hash('U' + i);
      expect(String(ticketKey(d)).padStart(9, '0')).toBe(ticketString(d).slice(2, 11));
    }
  });

  it('orders 60,000 ids exactly as sorting full ticket strings does, including equal cheap keys', () => {
    const seed = 'order-test';
    const h = new TicketHasher(seed);
    const ids = Array.from({ length: 60000 }, (_, i) => `91370181${String(i).padStart(10, '0')}`);
    const tickets = ids.map((id) => ticketString(h.hash(id)));
    const byKey = new Map();
    let collisions = 0;
    for (const t of tickets) { const k = t.slice(2, 11); if (byKey.has(k)) collisions++; byKey.set(k, 1); }
    expect(collisions).toBeGreaterThan(0); // the tie-breaking path is really exercised
    const expected = ids.map((id, i) => i).sort((a, b) => (tickets[a] < tickets[b] ? -1 : tickets[a] > tickets[b] ? 1 : 0));
    expect(Array.from(orderByTicket(h, ids))).toEqual(expected);
    expect(tickets[expected[0]]).toBe(oracle(seed, ids[expected[0]]));
  });
});

describe('byte-wise sorting for list_hash', () => {
  it('sorts like a plain byte comparison: shared prefixes, prefixes of each other, duplicates', async () => {
    const { sortBytewise } = await import('../sha.js');
    let x = 7;
    const rnd = (m) => { x = (x * 1103515245 + 12345) % 2147483648; return x % m; };
    const alpha = '0123456789ABCXYZabc()._-,';
    const lines = [];
    for (let i = 0; i < 20000; i++) {
      let s = '9137018';
      const len = rnd(8);
      for (let j = 0; j < len; j++) s += alpha[rnd(alpha.length)];
      lines.push(s);
    }
    lines.push('9137018', '913701', '9137018', '9137018A');
    const bytes = (s) => Buffer.from(s, 'utf8');
    const expected = [...lines].sort((a, b) => Buffer.compare(bytes(a), bytes(b)));
    expect(sortBytewise(lines)).toEqual(expected);
  });

  it('orders non-ASCII lines by UTF-8 bytes, not UTF-16 units', async () => {
    const { sortBytewise } = await import('../sha.js');
    const lines = ['\u{1F600}', '\uFF21', 'a', '\u00e9'];
    const expected = [...lines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(sortBytewise(lines)).toEqual(expected);
  });
});
