// Ticket numbers of sj-draw/1 section 2: "0." + the reversed decimal of the 256-bit digest,
// zero-padded to 64 digits. Building that string needs a 256-bit BigInt; ordering a million
// units by it would be slow, so units are ordered by a cheap key first: the ticket's first 9
// digits, which are the lowest 9 decimal digits of the digest, reversed.
import { bytesToHex } from './sha.js';

// REV3[abc] = cba for 3-digit zero-padded numbers.
const REV3 = new Float64Array(1000);
for (let i = 0; i < 1000; i++) {
  const a = i % 10, b = ((i / 10) | 0) % 10, c = (i / 100) | 0;
  REV3[i] = a * 100 + b * 10 + c;
}

/** First 9 digits of the ticket, as an integer (0 ≤ key < 1e9). */
export function ticketKey(digest) {
  // digest mod 1e9 by Horner over 16-bit big-endian chunks: r * 65536 + 65535 < 2^53, exact.
  let r = 0;
  for (let i = 0; i < 32; i += 2) r = (r * 65536 + ((digest[i] << 8) | digest[i + 1])) % 1e9;
  const lo = r % 1000, mid = ((r - lo) / 1000) % 1000, hi = (r - lo - mid * 1000) / 1e6;
  return REV3[lo] * 1e6 + REV3[mid] * 1e3 + REV3[hi];
}

/** The full ticket string of section 2. */
export function ticketString(digest) {
  const dec = BigInt('0x' + bytesToHex(digest)).toString(10).padStart(64, '0');
  let rev = '';
  for (let i = dec.length - 1; i >= 0; i--) rev += dec[i];
  return '0.' + rev;
}

/** Byte-wise comparison of two ASCII strings (tickets, ids). */
export function cmpStr(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
