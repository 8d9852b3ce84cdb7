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
 * "sorted" is byte-wise. Returns the hash and the number of duplicates seen (the caller
 * decides what they mean).
 */
export function listHash(lines) {
  const sorted = sortBytewise(lines);
  const h = sha256.create();
  let duplicates = 0;
  // Hash in batches of lines (native join + encode) so a million ids never form one string.
  let batch = [];
  for (let i = 0; i < sorted.length; i++) {
    const line = sorted[i];
    if (i > 0 && line === sorted[i - 1]) { duplicates++; continue; }
    batch.push(line);
    if (batch.length === 4096) { h.update(utf8.encode(batch.join('\n') + '\n')); batch = []; }
  }
  if (batch.length) h.update(utf8.encode(batch.join('\n') + '\n'));
  return { hash: bytesToHex(h.digest()), duplicates };
}

const KEY_CHARS = 4; // 4 × 7 bits beside a 21-bit index stays below 2^53
const IDX = 2 ** 21;

/**
 * Byte-wise sort of ASCII strings (for non-ASCII input it falls back to a UTF-8-correct
 * comparator). Sorting a million ids with Array.prototype.sort takes most of a second, so
 * the 4 characters after the common prefix are packed with the index into one double,
 * sorted natively, and only runs of equal packed characters are compared as strings.
 */
export function sortBytewise(lines) {
  const n = lines.length;
  let ascii = true;
  for (let i = 0; i < n && ascii; i++) ascii = /^[\x00-\x7f]*$/.test(lines[i]);
  if (!ascii) return Array.from(lines).sort(cmpUtf8);
  if (n < 1024 || n >= IDX) return Array.from(lines).sort();
  let prefix = lines[0].length;
  for (let i = 1; i < n && prefix > 0; i++) {
    const s = lines[i];
    let j = 0;
    while (j < prefix && j < s.length && s.charCodeAt(j) === lines[0].charCodeAt(j)) j++;
    prefix = j;
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = lines[i];
    let key = 0;
    // A missing character counts as 0, below every real one: a shorter string sorts first.
    for (let j = prefix; j < prefix + KEY_CHARS; j++) key = key * 128 + (j < s.length ? s.charCodeAt(j) : 0);
    packed[i] = key * IDX + i;
  }
  packed.sort();
  const out = new Array(n);
  let runStart = 0, runKey = -1;
  for (let i = 0; i <= n; i++) {
    const key = i < n ? Math.floor(packed[i] / IDX) : -2;
    if (key !== runKey) {
      if (i - runStart > 1) {
        const run = out.slice(runStart, i).sort();
        for (let j = 0; j < run.length; j++) out[runStart + j] = run[j];
      }
      runStart = i;
      runKey = key;
    }
    if (i < n) out[i] = lines[packed[i] - key * IDX];
  }
  return out;
}

// Compares by UTF-8 bytes, i.e. by code point (UTF-16 order differs above U+D7FF).
function cmpUtf8(a, b) {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
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
    this.buf = new Uint8Array(256);
    // One view per length, so hashing an id allocates nothing.
    this.views = Array.from({ length: 257 }, (_, n) => this.buf.subarray(0, n));
  }

  /** The digest of sha256_hex(seed) + id: the first 32 bytes of a buffer reused by the next call. */
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
    // Digesting into the hash's own buffer lets noble reuse its DataView (no allocation).
    h.digestInto(h.buffer);
    return h.buffer;
  }
}
