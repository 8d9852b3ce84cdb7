// The shared table of tampered records (tests/vectors/tamper_cases.json; its "about" says
// how a case is made). The C++ side reads the same file (tests/draw/tamper_table_test.cpp).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VECTORS_DIR } from './vectors.js';

export const TABLE_FILE = path.join(VECTORS_DIR, 'tamper_cases.json');

// RFC 6901: "/strata/0/selected" -> ['strata', '0', 'selected'].
const tokens = (pointer) => pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

// RFC 6902 add, remove and replace: all the table uses.
function applyPatch(doc, patch) {
  for (const op of patch) {
    if (!['add', 'remove', 'replace'].includes(op.op)) throw new Error(`patch op ${op.op} is not used by the table`);
    const keys = tokens(op.path);
    const last = keys.pop();
    const parent = keys.reduce((o, k) => {
      if (o === null || typeof o !== 'object' || !(k in o)) throw new Error(`no ${op.path} in the base record`);
      return o[k];
    }, doc);
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(i, 0, op.value);
      else if (i >= parent.length) throw new Error(`no ${op.path} in the base record`);
      else if (op.op === 'remove') parent.splice(i, 1);
      else parent[i] = op.value;
    } else {
      if (op.op !== 'add' && !(last in parent)) throw new Error(`no ${op.path} in the base record`);
      if (op.op === 'remove') delete parent[last];
      else parent[last] = op.value; // add and replace (JSON.parse keeps a key in its place)
    }
  }
  return doc;
}

function applyText(text, edit) {
  if (edit.prefix !== undefined) return edit.prefix + text;
  let at;
  if (edit.find_last !== undefined) {
    at = text.lastIndexOf(edit.find_last);
  } else {
    at = -1;
    for (let n = 0; n < (edit.occurrence ?? 1); n++) at = text.indexOf(edit.find, at + 1);
  }
  const find = edit.find ?? edit.find_last;
  if (at < 0) throw new Error(`text edit: ${JSON.stringify(find)} not found`);
  return text.slice(0, at) + edit.replace + text.slice(at + find.length);
}

/** The record text of one case, made as the table's "about" says. */
export function caseText(c) {
  let text = readFileSync(path.join(VECTORS_DIR, `${c.base}.json`), 'utf8');
  if (c.patch) text = JSON.stringify(applyPatch(JSON.parse(text), c.patch), null, 1);
  for (const edit of c.text ?? []) text = applyText(text, edit);
  return text;
}

/** [{name, base, patch?, text?, expect}] */
export function loadTamperCases() {
  return JSON.parse(readFileSync(TABLE_FILE, 'utf8')).cases;
}
