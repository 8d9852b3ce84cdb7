import { describe, it, expect, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVectors } from './vectors.js';
import { tamperings } from './tamper.js';

const CLI = fileURLToPath(new URL('../cli.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'suiji-cli-'));
const run = (file) => spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
// The same without blocking the test worker (vitest times out a worker that does not answer).
const runAsync = (file) => new Promise((resolve) => {
  const p = spawn(process.execPath, [CLI, file]);
  let stdout = '';
  p.stdout.on('data', (d) => { stdout += d; });
  p.on('close', (status) => resolve({ status, stdout }));
});
const write = (name, text) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

describe('cli.mjs', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true })); // issue 11: leave no suiji-cli-* behind

  const vectors = loadVectors();

  it.each(vectors)('prints "verified" and exits 0 for $name', ({ file }) => {
    const p = run(file);
    expect(p.stdout).toBe('verified\n');
    expect(p.status).toBe(0);
  });

  it('exits 1 with the first discrepancy for every tampered copy of every vector', async () => {
    for (const { name, record } of vectors) {
      for (const t of tamperings(record)) {
        const p = await runAsync(write(`${name}-${t.path}.json`, JSON.stringify(t.record)));
        expect(p.status, `${name}: ${t.kind}`).toBe(1);
        expect(p.stdout).toContain(`\n${t.path}: `);
        expect(p.stdout.startsWith('验证失败 / NOT verified\n')).toBe(true);
      }
    }
  }, 60000);

  it.each([
    ['not JSON', '{"spec": "sj-draw/1",', /不是有效的 JSON[\s\S]*not valid JSON/],
    ['a wrong spec', JSON.stringify({ spec: 'sj-draw/9' }), /不支持的规范版本[\s\S]*unsupported spec/],
    ['a missing field', JSON.stringify({ spec: 'sj-draw/1' }), /draw_id：缺少该字段[\s\S]*draw_id: field is missing/],
  ])('exits 2 for %s, in Chinese and English', (what, text, message) => {
    const p = run(write(`bad-${what}.json`, text));
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(message);
    expect(p.stdout).toBe('');
  });

  it('exits 2 for a file that does not exist', () => {
    const p = run(path.join(dir, 'nope.json'));
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/无法读取文件[\s\S]*cannot read/);
  });
});
