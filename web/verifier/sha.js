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
  let firstDuplicate = null; // the smallest repeated line, byte-wise (the C++ names the same)
  // Hash in batches of lines (native join + encode) so a million ids never form one string.
  let batch = [];
  for (let i = 0; i < sorted.length; i++) {
    const line = sorted[i];
    if (i > 0 && line === sorted[i - 1]) { duplicates++; firstDuplicate ??= line; continue; }
    batch.push(line);
    if (batch.length === 4096) { h.update(utf8.encode(batch.join('\n') + '\n')); batch = []; }
  }
  if (batch.length) h.update(utf8.encode(batch.join('\n') + '\n'));
  return { hash: bytesToHex(h.digest()), duplicates, firstDuplicate };
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
 * one SHA-256 block: it is compressed once and that state is copied for every id, so each
 * ticket costs one compression of the id's single padded block (ids of at most 55 bytes, i.e.
 * every id of spec section 3 up to 55 characters). That block is padded here and compressed
 * with noble's own compression function (`process`, with `get`/`set` of its state words);
 * a self-check at construction falls back to noble's public update/digest API if those
 * members ever change, and for longer or non-ASCII ids.
 */
let fastPathOk; // undefined until the first TicketHasher checks it

export class TicketHasher {
  constructor(seed) {
    this.seed = seed;
    this.prefixHex = sha256Hex(seed);
    this.mid = sha256.create().update(utf8.encode(this.prefixHex));
    this.work = this.mid.clone();
    this.words = new Uint32Array(8);
    this.block = new Uint8Array(64);
    this.blockView = new DataView(this.block.buffer);
    this.bytes = new Uint8Array(32);
    const m = this.mid;
    this.fast = typeof m.get === 'function' && typeof m.set === 'function' && typeof m.process === 'function';
    if (this.fast) this.midState = m.get();
    if (this.fast && fastPathOk === undefined) {
      // Once per page/process: the fast path must agree with noble's public API.
      const fast = Array.from(this.hash('AB-130'));
      this.fast = false;
      const slow = Array.from(this.hash('AB-130'));
      fastPathOk = fast.every((x, i) => x === slow[i]);
      this.fast = true;
    }
    this.fast = this.fast && fastPathOk === true;
  }

  /** The digest of sha256_hex(seed) + id as 8 big-endian 32-bit words, in a reused array. */
  hash(id) {
    const n = id.length;
    const out = this.words;
    if (this.fast && n <= 55) {
      const b = this.block;
      let ascii = true;
      for (let i = 0; i < n; i++) {
        const c = id.charCodeAt(i);
        if (c > 0x7f) { ascii = false; break; }
        b[i] = c;
      }
      if (ascii) {
        // Padding of a 64 + n byte message whose last block is the id: 0x80, zeros, bit length.
        b[n] = 0x80;
        b.fill(0, n + 1, 60);
        this.blockView.setUint32(60, (64 + n) * 8);
        const w = this.work;
        const s = this.midState;
        w.set(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
        w.process(this.blockView, 0);
        out[0] = w.A; out[1] = w.B; out[2] = w.C; out[3] = w.D;
        out[4] = w.E; out[5] = w.F; out[6] = w.G; out[7] = w.H;
        return out;
      }
    }
    const h = this.mid._cloneInto(this.work);
    h.update(utf8.encode(id));
    const d = this.bytes;
    h.digestInto(d);
    for (let i = 0; i < 8; i++) out[i] = ((d[4 * i] << 24) | (d[4 * i + 1] << 16) | (d[4 * i + 2] << 8) | d[4 * i + 3]) >>> 0;
    return out;
  }
}
