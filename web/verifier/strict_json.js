// Reading a record's text as the spec requires (sj-draw/1 section 8): a single leading
// byte-order mark is ignored, and an object with the same key twice anywhere makes the
// record malformed. JSON.parse keeps the last copy of a repeated key and says nothing,
// while other readers keep the first: a record that two tools read differently must not be
// "verified" by either, so the text is scanned for repeated keys after it parsed.
import { RecordFormatError } from './validate.js';

/** Strips one leading U+FEFF. */
export function stripBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Index of the closing quote of the string whose opening quote is at i.
function stringEnd(text, i) {
  let j = text.indexOf('"', i + 1);
  for (;;) {
    let k = j - 1;
    while (text.charCodeAt(k) === 0x5c) k--; // count the backslashes before the quote
    if ((j - 1 - k) % 2 === 0) return j;
    j = text.indexOf('"', j + 1);
  }
}

function pathOf(stack) {
  let p = '';
  for (const f of stack) {
    if (f.keys === null) p += `[${f.index}]`;
    else if (f.key !== undefined) p += p === '' ? f.key : `.${f.key}`;
  }
  return p;
}

/**
 * The path of the first repeated key in valid JSON `text` (such as "strata[0].selected",
 * the notation of the C++ verifier), or null. Linear in the text; only keys are decoded.
 */
export function findDuplicateKey(text) {
  const stack = []; // {keys: Set|null (array), index, key, expectKey}
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const j = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top && top.keys !== null && top.expectKey) {
        const raw = text.slice(i + 1, j);
        const key = raw.includes('\\') ? JSON.parse(text.slice(i, j + 1)) : raw;
        if (top.keys.has(key)) {
          top.key = undefined;
          const parent = pathOf(stack);
          return parent === '' ? key : `${parent}.${key}`;
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      stack.push({ keys: new Set(), index: 0, key: undefined, expectKey: true });
    } else if (c === 0x5b) {
      stack.push({ keys: null, index: 0, key: undefined, expectKey: false });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top.keys === null) top.index++;
      else top.expectKey = true;
    }
  }
  return null;
}

/**
 * Parses a record's text: BOM ignored; a SyntaxError for text that is not JSON; a
 * RecordFormatError naming the path of a repeated key.
 */
export function parseRecordText(text) {
  const t = stripBom(text);
  const record = JSON.parse(t);
  const dup = findDuplicateKey(t);
  if (dup !== null) {
    throw new RecordFormatError(dup, '同一对象中此键出现了两次', 'this key appears twice in one object', 'record_duplicate_key');
  }
  return record;
}
