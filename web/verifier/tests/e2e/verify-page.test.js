// Opens the built dist/verify.html from file:// with every network request refused, loads a
// public vector (must read 已验证 ✓) and a tampered copy (must name the discrepancy).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';
import { launch } from './browser.js';
import { loadVectors } from '../vectors.js';
import { tamperings } from '../tamper.js';

const WEB = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = path.join(WEB, 'dist', 'verify.html');
const SHOTS = path.join(WEB, 'test-results');
const vectors = loadVectors();

let browser, page;
const offsite = [];

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build`);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch({ viewport: { width: 1100, height: 900 } });
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page = await browser.context.newPage();
  await page.goto(pathToFileURL(PAGE).href);
}, 60000);

afterAll(async () => { await browser?.close(); });

async function load(name, json) {
  await page.evaluate(() => { delete document.body.dataset.state; });
  await page.setInputFiles('#file', { name, mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.waitForSelector('body[data-state]', { timeout: 30000 });
  return page.evaluate(() => document.body.dataset.state);
}

describe('verify.html from file://, offline', () => {
  it('verifies a public vector and shows the evidence', async () => {
    const v = vectors.find((x) => x.name === 'v01') ?? vectors[0];
    expect(await load(`${v.name}.json`, JSON.stringify(v.record))).toBe('verified');
    expect(await page.textContent('#verdict')).toBe('已验证 ✓');
    expect(await page.isVisible('#discrepancy')).toBe(false);
    expect(await page.textContent('#seed')).toBe(v.record.seed);
    const strata = await page.textContent('#ev-strata');
    for (const s of v.record.strata) {
      expect(strata).toContain(`n = ${s.n}`);
      expect(strata).toContain(s.selected[0].ticket);
    }
    const teams = await page.textContent('#ev-teams');
    expect(teams).toContain(v.record.assignments[0].team[0]);
    // The hashing ran in Web Workers started from the inlined source: a coordinator plus a
    // helper per further core (up to 3), never on the page's own thread.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency || 1);
    expect(await page.evaluate(() => document.body.dataset.threads)).toBe(String(Math.min(4, cores)));
    await page.screenshot({ path: path.join(SHOTS, 'verify-ok.png'), fullPage: true });
  }, 60000);

  it('rejects a tampered copy and names the first discrepancy', async () => {
    const v = vectors[0];
    const t = tamperings(v.record).find((x) => x.kind.startsWith('a selected unit'));
    expect(await load('tampered.json', JSON.stringify(t.record))).toBe('failed');
    expect(await page.textContent('#verdict')).toContain('验证失败');
    const zh = await page.textContent('#disc-zh');
    expect(zh).toContain(`${t.path}: 应为 ${t.mentions[0]}`);
    expect(zh).toContain(`记录为 ${t.mentions[1]}`);
    expect(await page.textContent('#disc-en')).toContain(`expected ${t.mentions[0]}`);
    await page.screenshot({ path: path.join(SHOTS, 'verify-tampered.png'), fullPage: true });
  }, 60000);

  it('says clearly when the file is not a record', async () => {
    expect(await load('notes.json', '{"hello": ')).toBe('malformed');
    expect(await page.textContent('#disc-zh')).toContain('不是有效的 JSON');
  }, 60000);

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const v = vectors[0];
    expect(await load('v.json', JSON.stringify(v.record))).toBe('verified');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'verify-phone.png'), fullPage: false });
  }, 60000);

  it('made no network request', () => {
    expect(offsite).toEqual([]);
  });
});
