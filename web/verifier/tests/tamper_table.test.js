// Every case of the table shared with the C++ verifier (tests/vectors/tamper_cases.json):
// the JavaScript verifier reaches the same verdict and names the same path first (spec
// section 9's order), on one thread, shared among workers, and through cli.mjs (exit code).
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyRecord, verifyRecordWith, computeLocal } from '../verify.js';
import { RecordFormatError } from '../validate.js';
import { parseRecordText } from '../strict_json.js';
import { loadTamperCases, caseText } from './tamper_table.js';

const cases = loadTamperCases();

// What the verifier says of a record's text: {verdict, path, code, zh, en}.
function judge(text) {
  let record;
  try {
    record = parseRecordText(text);
    const res = verifyRecord(record);
    if (res.ok) return { verdict: 'verified', record };
    return { verdict: 'discrepancy', record, ...res.firstDiscrepancy };
  } catch (e) {
    if (e instanceof RecordFormatError) return { verdict: 'malformed', record, path: e.path, code: e.code, zh: e.zh, en: e.en };
    if (e instanceof SyntaxError) {
      return { verdict: 'malformed', path: '', code: 'record_malformed', zh: `不是有效的 JSON：${e.message}`, en: `not valid JSON: ${e.message}` };
    }
    throw e;
  }
}

describe('the shared tamper table (tests/vectors/tamper_cases.json)', () => {
  it('covers every check of spec section 9, duplicate keys and the byte-order mark', () => {
    const paths = cases.map((c) => c.expect.path ?? '');
    for (const re of [/^commitment$/, /^seed$/, /\.population_hash$/, /\]\.n$/, /\]\.k$/, /\.selected\[\d+\]$/,
      /\.ticket$/, /^inspectors\.pool_hash$/, /^inspectors\.conflicts_hash$/, /^inspectors\.cap$/, /^assignments\[/,
      /^change_results\[/, /^changes\[\d+\]$/, /^final_assignments\[/]) {
      expect(cases.filter((c) => c.expect.verdict === 'discrepancy' && re.test(c.expect.path)).length, String(re)).toBeGreaterThan(0);
    }
    expect(cases.some((c) => c.expect.code === 'record_duplicate_key')).toBe(true);
    expect(cases.some((c) => c.text?.some((t) => t.prefix === '\ufeff'))).toBe(true);
    expect(paths.length).toBe(new Set(cases.map((c) => c.name)).size);
  });

  it.each(cases)('$name ($base)', ({ expect: want, ...c }) => {
    const got = judge(caseText(c));
    expect(got.verdict).toBe(want.verdict);
    if (want.verdict === 'verified') return;
    expect(got.path).toBe(want.path);
    if (want.verdict === 'malformed') expect(got.code).toBe(want.code ?? 'record_malformed');
    for (const m of want.mentions ?? []) {
      expect(got.zh).toContain(m);
      expect(got.en).toContain(m);
    }
    expect(got.zh).toMatch(/[\u4e00-\u9fff]/); // Chinese first, then English
    expect(got.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the same first discrepancy when the hashing is handed out (the page\'s workers)', async () => {
    const compute = async (rec, req) => computeLocal(rec, req);
    for (const c of cases.filter((x) => x.expect.verdict === 'discrepancy')) {
      const { record } = judge(caseText(c));
      const res = await verifyRecordWith(record, {}, compute);
      expect(res.firstDiscrepancy?.path, c.name).toBe(c.expect.path);
    }
  });

  describe('cli.mjs exits as the table says', () => {
    const CLI = fileURLToPath(new URL('../cli.mjs', import.meta.url));
    const dir = mkdtempSync(path.join(tmpdir(), 'suiji-tamper-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const run = (file) => new Promise((resolve) => {
      const p = spawn(process.execPath, [CLI, file]);
      let out = '', err = '';
      p.stdout.on('data', (d) => { out += d; });
      p.stderr.on('data', (d) => { err += d; });
      p.on('close', (status) => resolve({ status, out, err }));
    });

    it('for every case, naming the path on stdout (exit 1) or stderr (exit 2)', async () => {
      const files = cases.map((c, i) => {
        const f = path.join(dir, `case-${i}.json`);
        writeFileSync(f, caseText(c));
        return f;
      });
      const results = [];
      for (let i = 0; i < files.length; i += 2) results.push(...await Promise.all(files.slice(i, i + 2).map(run)));
      cases.forEach((c, i) => {
        const { status, out, err } = results[i];
        expect(status, c.name).toBe(c.expect.exit);
        if (c.expect.exit === 1) expect(out, c.name).toContain(`\n${c.expect.path}: `);
        if (c.expect.exit === 2 && c.expect.path) expect(err, c.name).toContain(c.expect.path);
      });
    }, 300000);
  });
});
