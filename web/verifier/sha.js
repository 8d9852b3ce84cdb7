// SHA-256 primitives of sj-draw/1 section 2, on @noble/hashes (synchronous, so the whole
// verification can run in a Web Worker or in node without awaiting per ticket).
import { sha256 } from '@noble/hashes/sha2.js';

const utf8 = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function bytesToHex(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]];
  return s;
}

/** sha256_hex(s): lowercase hex of the SHA-256 of the UTF-8 of s. */
export function sha256Hex(s) {
  return bytesToHex(sha256(utf8.encode(s)));
}

/**
 * list_hash(lines) = sha256_hex(concat(line + "\n" for line in sorted(unique(lines)))).
 * "sorted" is byte-wise; every line the spec hashes is ASCII (ids of section 3, with a
 * comma and 0/1), where JS's UTF-16 code-unit order is the byte order.
 * Returns the hash and the number of duplicates seen (the caller decides what they mean).
 */
export function listHash(lines) {
  const sorted = Array.from(lines).sort();
  const h = sha256.create();
  let duplicates = 0;
  let chunk = '';
  let prev;
  for (let i = 0; i < sorted.length; i++) {
    const line = sorted[i];
    if (i > 0 && line === prev) { duplicates++; continue; }
    prev = line;
    chunk += line + '\n';
    // Feed the hash in pieces so a million ids never become one 20 MB string.
    if (chunk.length > 65536) { h.update(utf8.encode(chunk)); chunk = ''; }
  }
  h.update(utf8.encode(chunk));
  return { hash: bytesToHex(h.digest()), duplicates };
}

/**
 * Hashes sha256_hex(seed) + id for many ids. sha256_hex(seed) is 64 ASCII bytes, exactly
 * one SHA-256 block: it is compressed once and that state is cloned for every id, so each
 * ticket costs only the compression of the id and the padding (one block for ids ≤ 55 bytes).
 */
export class TicketHasher {
  constructor(seed) {
    this.seed = seed;
    this.prefixHex = sha256Hex(seed);
    this.mid = sha256.create().update(utf8.encode(this.prefixHex));
    this.work = this.mid.clone();
    this.out = new Uint8Array(32);
    this.buf = new Uint8Array(256);
    // One view per length, so hashing an id allocates nothing.
    this.views = Array.from({ length: 257 }, (_, n) => this.buf.subarray(0, n));
  }

  /** The 32-byte digest of sha256_hex(seed) + id, in a buffer reused by the next call. */
  digest(id) {
    const h = this.mid._cloneInto(this.work);
    const n = id.length;
    let bytes = n <= 256 ? this.views[n] : null;
    const buf = this.buf;
    for (let i = 0; bytes !== null && i < n; i++) {
      const c = id.charCodeAt(i);
      if (c > 0x7f) bytes = null; // not ASCII: let the encoder do UTF-8
      else buf[i] = c;
    }
    h.update(bytes ?? utf8.encode(id));
    h.digestInto(this.out);
    return this.out;
  }
}
