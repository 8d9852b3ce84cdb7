// Where the public test vectors live: tests/vectors of this repository (a copy of the
// spec's public vectors; override with SUIJI_VECTORS). Missing vectors fail the tests instead of skipping them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const VECTORS_DIR = process.env.SUIJI_VECTORS ?? path.resolve(REPO_ROOT, 'tests', 'vectors');

/** [{name: 'v01', record, input}] for every vNN.json beside its vNN.input.json. */
export function loadVectors() {
  const names = readdirSync(VECTORS_DIR).filter((f) => /^v\d+\.json$/.test(f)).sort();
  if (names.length === 0) throw new Error(`no vectors in ${VECTORS_DIR}`);
  return names.map((f) => {
    const name = f.replace(/\.json$/, '');
    const read = (n) => JSON.parse(readFileSync(path.join(VECTORS_DIR, n), 'utf8'));
    return { name, file: path.join(VECTORS_DIR, f), record: read(f), input: read(`${name}.input.json`) };
  });
}
