// sj-draw/1 section 8 (issue 11, item 7): a repeated key anywhere makes a record malformed,
// and a leading BOM is ignored — the same as the C++ `suiji verify`.
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVectors } from './vectors.js';
import { findDuplicateKey, parseRecordText } from '../strict_json.js';
import { handle } from '../worker.js';

const CLI = fileURLToPath(new URL('../cli.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'suiji-strict-'));
const run = (text) => {
  const f = path.join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, text);
  return spawnSync(process.execPath, [CLI, f], { encoding: 'utf8' });
};

// v01 with a second `strata[0].selected` naming other units: the forgery of the issue.
function forged(record, fakeFirst) {
  const real = JSON.stringify(record.strata[0].selected);
  const others = record.strata[0].population.filter((u) => !record.strata[0].selected.some((s) => s.unit === u));
  const fake = JSON.stringify(others.slice(0, 2).map((u) => ({ unit: u, ticket: '0.1' })));
  const text = JSON.stringify(record);
  const at = text.indexOf('"selected":' + real);
  const [first, second] = fakeFirst ? [fake, real] : [real, fake];
  return text.slice(0, at) + `"selected":${first},"selected":${second}` + text.slice(at + '"selected":'.length + real.length);
}

describe('strict record reading', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const [v] = loadVectors();

  it.each([true, false])('refuses a record with a duplicated strata[0].selected (fake copy first: %s), exit 2 naming the path', (fakeFirst) => {
    const text = forged(v.record, fakeFirst);
    expect(() => JSON.parse(text)).not.toThrow(); // plain JSON.parse would have taken one copy
    const p = run(text);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('strata[0].selected');
    expect(p.stderr).toMatch(/出现了两次[\s\S]*appears twice/);
    expect(p.stdout).toBe('');
  });

  it('the page worker reports the same record as malformed, not as verified or a discrepancy', () => {
    const msgs = [];
    handle(forged(v.record, false), (m) => msgs.push(m));
    expect(msgs.map((m) => m.type)).toEqual(['malformed']);
    expect(msgs[0].en).toContain('strata[0].selected');
  });

  it('accepts and ignores a leading UTF-8 BOM', () => {
    const p = run('\uFEFF' + JSON.stringify(v.record));
    expect(p.stdout).toBe('verified\n');
    expect(p.status).toBe(0);
  });

  it.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"a":{"b":[1,{"c":1,"d":2,"c":3}]}}', 'a.b[1].c'],
    ['[{"x":1},{"y":1,"y":2}]', '[1].y'],
    ['{"k\\"":1,"k\\u0022":2}', 'k"'], // the same key written two ways
  ])('finds the repeated key in %s', (text, want) => {
    expect(findDuplicateKey(text)).toBe(want);
  });

  it.each([
    '{"a":"\\"a\\":1,","b":{"a":1},"c":["a","a"]}', // keys in strings, nested objects and arrays are not repeats
    '{"a\\\\":1,"a":2}',
    '{}',
  ])('finds no repeat in %s', (text) => {
    expect(findDuplicateKey(text)).toBeNull();
    expect(() => parseRecordText(text)).not.toThrow();
  });
});
