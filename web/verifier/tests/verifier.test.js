import { describe, it, expect } from 'vitest';
import { verifyRecord, RecordFormatError } from '../index.js';
import { computeRecord } from '../draw.js';
import { loadVectors } from './vectors.js';
import { tamperings } from './tamper.js';

const vectors = loadVectors();

describe.each(vectors)('vector $name', ({ record, input }) => {
  it('verifies, with every check passed', () => {
    const res = verifyRecord(record);
    expect(res.firstDiscrepancy).toBeNull();
    expect(res.ok).toBe(true);
    expect(res.checks.every((c) => c.ok)).toBe(true);
    expect(res.checks.map((c) => c.key)).toEqual(expect.arrayContaining(['commitment', 'seed', 'hashes', 'assignments', 'changes']));
    expect(res.evidence.seed).toBe(record.seed);
  });

  it('is recomputed from its inputs exactly (spec section 10)', () => {
    expect(JSON.stringify(computeRecord(input))).toBe(JSON.stringify(record));
  });

  for (const t of tamperings(record)) {
    it(`rejects ${t.kind} at ${t.path}`, () => {
      const res = verifyRecord(t.record);
      expect(res.ok).toBe(false);
      expect(res.firstDiscrepancy.path).toBe(t.path);
      for (const m of t.mentions) {
        expect(res.firstDiscrepancy.zh).toContain(m);
        expect(res.firstDiscrepancy.en).toContain(m);
      }
      if (t.zh) expect(res.firstDiscrepancy.zh).toContain(t.zh);
      if (t.en) expect(res.firstDiscrepancy.en).toContain(t.en);
      expect(res.firstDiscrepancy.zh).toMatch(/应为|不符|应有/);
      expect(res.firstDiscrepancy.en).toMatch(/expected|does not match/);
    });
  }
});

describe('messages name the first discrepancy as the issue shows it', () => {
  it('a swapped unit reads "应为 X（签号 0.…），记录为 Y"', () => {
    const t = tamperings(vectors[0].record).find((x) => x.kind.startsWith('a selected unit'));
    const d = verifyRecord(t.record).firstDiscrepancy;
    expect(d.zh).toMatch(new RegExp(`^${t.path.replace(/[[\]]/g, '\\$&')}: 应为 ${t.mentions[0]}（签号 0\\.\\d{10}…），记录为 ${t.mentions[1]}`));
    expect(d.en).toMatch(new RegExp(`expected ${t.mentions[0]} \\(ticket 0\\.\\d{10}…\\), recorded ${t.mentions[1]}`));
  });

  it('a change that cannot be replayed is named at its index', () => {
    const r = structuredClone(vectors[0].record);
    r.changes[0].inspector = 'NOBODY';
    const d = verifyRecord(r).firstDiscrepancy;
    expect(d.path).toBe('changes[0]');
    expect(d.zh).toContain('NOBODY');
  });

  it('a missing selection entry is reported as a count', () => {
    const r = structuredClone(vectors[1].record);
    r.strata[0].selected.pop();
    const d = verifyRecord(r).firstDiscrepancy;
    expect(d.path).toBe(`strata[${r.strata[0].id}].k`); // issue 11: check "k" of section 9 (C++ names the same)
    expect(d.zh).toContain('应有');
  });
});

describe('malformed records are refused, not judged', () => {
  const base = vectors[0].record;
  const cases = [
    ['a wrong spec', (r) => { r.spec = 'sj-draw/2'; }, 'spec'],
    ['a missing seed', (r) => { delete r.seed; }, 'seed'],
    ['a non-hex nonce', (r) => { r.nonce = 'xyz'; }, 'nonce'],
    ['a population that is not a list', (r) => { r.strata[0].population = 'a,b'; }, 'strata[key].population'],
    ['a bad unit id', (r) => { r.strata[0].population[3] = 'has space'; }, 'strata[key].population[3]'],
    ['changes without results', (r) => { delete r.change_results; }, 'change_results'],
  ];
  it.each(cases)('%s', (_, mutate, path) => {
    const r = structuredClone(base);
    mutate(r);
    let err;
    try { verifyRecord(r); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RecordFormatError);
    expect(err.path).toBe(path);
    expect(err.zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it('a non-object', () => {
    expect(() => verifyRecord([])).toThrow(RecordFormatError);
  });
});

describe('progress', () => {
  it('reports rising progress that ends at the total', () => {
    const seen = [];
    verifyRecord(vectors[0].record, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    expect(seen.at(-1).done).toBe(seen.at(-1).total);
  });
});
