// Ticket numbers of sj-draw/1 section 2: "0." + the reversed decimal of the 256-bit digest,
// zero-padded to 64 digits. Building that string needs a 256-bit BigInt; ordering a million
// units by it would be slow, so units are ordered by a cheap key first: the ticket's first 9
// digits, which are the lowest 9 decimal digits of the digest, reversed.

// REV3[abc] = cba for 3-digit zero-padded numbers.
const REV3 = new Float64Array(1000);
for (let i = 0; i < 1000; i++) {
  const a = i % 10, b = ((i / 10) | 0) % 10, c = (i / 100) | 0;
  REV3[i] = a * 100 + b * 10 + c;
}

// P16[j] = 2^(16 * (15 - j)) mod 1e9: the weight of the j-th 16-bit chunk of the digest.
const P16 = new Float64Array(16);
for (let j = 15, p = 1; j >= 0; j--, p = (p * 65536) % 1e9) P16[j] = p;

/** First 9 digits of the ticket, as an integer (0 ≤ key < 1e9), from the digest's 8 words. */
export function ticketKey(words) {
  // digest mod 1e9 = (Σ chunk_j · P16[j]) mod 1e9; each term < 65536 · 1e9, the sum of 16
  // terms < 2^53, so the double arithmetic is exact and needs a single modulo.
  let sum = 0;
  for (let j = 0; j < 8; j++) {
    const x = words[j];
    sum += (x >>> 16) * P16[2 * j] + (x & 0xffff) * P16[2 * j + 1];
  }
  const r = sum % 1e9;
  const lo = r % 1000, mid = ((r - lo) / 1000) % 1000, hi = (r - lo - mid * 1000) / 1e6;
  return REV3[lo] * 1e6 + REV3[mid] * 1e3 + REV3[hi];
}

/** The full ticket string of section 2, from the digest's 8 words. */
export function ticketString(words) {
  let hex = '';
  for (let j = 0; j < 8; j++) hex += (words[j] >>> 0).toString(16).padStart(8, '0');
  const dec = BigInt('0x' + hex).toString(10).padStart(64, '0');
  let rev = '';
  for (let i = dec.length - 1; i >= 0; i--) rev += dec[i];
  return '0.' + rev;
}

/** Byte-wise comparison of two ASCII strings (tickets, ids). */
export function cmpStr(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
