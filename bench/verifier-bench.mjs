// Benchmarks web/verifier: records of 100k and 1M units (bench/verifier-gen.mjs), verified
// with the CLI and in headless Debian chromium (dist/verify.html from file://, worker), plus the
// straightforward WebCrypto-per-ticket verifier (bench/verifier-baseline.js) in the same run.
// Prints a Markdown section; with --write it replaces "## JS verifier (web/verifier)" in
// bench/RESULTS.md and leaves every other section alone.
//   node bench/verifier-bench.mjs [--write] [--sizes 100000,1000000] [--runs 3] [--no-baseline] [--wait-idle SECONDS]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchRecord } from './verifier-gen.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = path.join(ROOT, 'web');
const { launch } = await import(pathToFileURL(path.join(WEB, 'verifier/tests/e2e/browser.js')).href);
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const SIZES = opt('--sizes', '100000,1000000').split(',').map(Number);
const BASELINE = !args.includes('--no-baseline');
const RUNS = Number(opt('--runs', '3'));
const dir = path.join(tmpdir(), 'suiji-verifier-bench');
mkdirSync(dir, { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => (ms / 1000).toFixed(2);
const log = (m) => process.stderr.write(m + '\n');

function build() {
  const p = spawnSync('npm', ['run', '--silent', 'build'], { cwd: WEB, stdio: ['ignore', 'ignore', 'inherit'] });
  if (p.status !== 0) throw new Error('npm run build failed');
}

function cliRuns(file) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, [path.join(WEB, 'verifier/cli.mjs'), file], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (p.status !== 0 || p.stdout !== 'verified\n') throw new Error(`CLI did not verify ${file}: ${p.stdout}${p.stderr}`);
  }
  return times;
}

// One verification in the page: from the file being chosen to the verdict shown, the worker's
// own verify time, and the longest gap of a 10 ms main-thread timer meanwhile (responsiveness).
async function pageRun(page, file) {
  await page.evaluate(() => {
    delete document.body.dataset.state;
    const probe = { start: 0, end: 0, maxGap: 0, last: 0, longTasks: 0 };
    window.__probe = probe;
    document.getElementById('file').addEventListener('change', () => { probe.start = performance.now(); probe.last = probe.start; }, { once: true });
    const timer = setInterval(() => {
      const now = performance.now();
      if (probe.start && !probe.end) { probe.maxGap = Math.max(probe.maxGap, now - probe.last); probe.last = now; }
    }, 10);
    new MutationObserver((_, obs) => {
      if (document.body.dataset.state) { probe.end = performance.now(); clearInterval(timer); obs.disconnect(); }
    }).observe(document.body, { attributes: true });
  });
  await page.setInputFiles('#file', file);
  await page.waitForSelector('body[data-state]', { timeout: 120000 });
  const r = await page.evaluate(() => ({ ...window.__probe, state: document.body.dataset.state, timing: document.getElementById('timing').textContent }));
  if (r.state !== 'verified') throw new Error(`page did not verify ${file}: ${r.state}`);
  return { total: r.end - r.start, maxGap: r.maxGap, worker: Number(/用时 ([\d.]+) 秒/.exec(r.timing)[1]) * 1000 };
}

async function baselineRun(page, file) {
  const code = readFileSync(path.join(ROOT, 'bench/verifier-baseline.js'), 'utf8');
  // The record reaches the page through a file input, as a user's would.
  await page.evaluate(() => {
    const i = document.createElement('input'); i.type = 'file'; i.id = 'baseline-file'; i.hidden = true; document.body.append(i);
  });
  await page.setInputFiles('#baseline-file', file);
  return page.evaluate(async (src) => {
    const fn = new Function(`${src}; return straightforwardVerify;`)();
    const record = JSON.parse(await document.getElementById('baseline-file').files[0].text());
    document.getElementById('baseline-file').remove();
    return fn(record);
  }, code);
}

function machine() {
  const cpu = cpus();
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
  return `${cpu.length} × ${cpu[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; node ${process.version}; ${chromium}; ` +
    `load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
}

// --wait-idle S: wait up to S seconds for the 1-minute load average to fall below 1.5, so
// that other work on the machine distorts the figures less (they say what the load was).
const waitIdle = Number(opt('--wait-idle', '0'));
for (const until = Date.now() + waitIdle * 1000; loadavg()[0] >= 1.5 && Date.now() < until;) {
  log(`load average ${loadavg()[0].toFixed(2)}: waiting for the machine to be quieter…`);
  await new Promise((r) => setTimeout(r, 15000));
}

const rows = [];
const started = new Date();
const mach = machine();
build();
for (const n of SIZES) {
  const file = path.join(dir, `record-${n}.json`);
  log(`generating ${n} units…`);
  const rec = benchRecord(n);
  writeFileSync(file, JSON.stringify(rec));
  const info = { n, drawn: rec.assignments.length, pool: rec.inspectors.pool.length,
    tickets: rec.strata.reduce((a, x) => a + x.population.length, 0) + (rec.assignments.length + 2) * rec.inspectors.pool.length,
    mb: readFileSync(file).length / 2 ** 20 };
  info.load = loadavg()[0];
  log(`CLI ×${RUNS}…`);
  const cli = cliRuns(file);
  log('browser…');
  const browser = await launch({ viewport: { width: 1100, height: 900 } });
  let pageRes = [], page1Res = [], base = null, threads = null;
  try {
    const page = await browser.context.newPage();
    const url = pathToFileURL(path.join(WEB, 'dist/verify.html')).href;
    await page.goto(url);
    for (let i = 0; i < RUNS; i++) pageRes.push(await pageRun(page, file));
    threads = await page.evaluate(() => document.body.dataset.threads);
    await page.goto(url + '?threads=1');
    for (let i = 0; i < RUNS; i++) page1Res.push(await pageRun(page, file));
    if (BASELINE) { log('WebCrypto baseline…'); base = await baselineRun(page, file); }
  } finally { await browser.close(); }
  rows.push({ info, cli, pageRes, page1Res, base, threads });
  log(JSON.stringify({ info, cli, pageRes, page1Res, base, threads }));
}

const lines = [];
lines.push('## JS verifier (web/verifier)', '');
lines.push(`Run ${started.toISOString().replace(/\.\d+Z$/, 'Z')} by \`bench/verifier-bench.sh\` on: ${mach}.`, '');
lines.push('Records built by `bench/verifier-gen.mjs` (key 10 % of units drawn at 5 %, general 90 % at 1.25 × pool, special 0.2 % at 10 %; pool = units/2500, teams of 2 with mentor pairing; 5 changes). ' +
  '"tickets" = unit tickets + one ticket per (drawn unit, inspector). ' +
  `Times are the median of ${RUNS} runs (min in brackets). Browser = headless chromium, dist/verify.html from file://, from choosing the file to the verdict on screen (reading, parsing and verifying in Web Workers: the page's default, a coordinator plus one helper per further core, and with ?threads=1); ` +
  '"load avg" = this machine\'s 1-minute load average when the size started (other engineers\' compiles share the 2 cores; above 2 the figures are slowed down). ' +
  '"main-thread max gap" = the longest interval between ticks of a 10 ms timer on the page meanwhile. ' +
  'CLI = wall time of `node web/verifier/cli.mjs RECORD.json` (process start, read, parse, verify). ' +
  'Baseline = bench/verifier-baseline.js: one `await crypto.subtle.digest` per ticket and full ticket strings, same page, same run, single run.', '');
lines.push('| units | drawn | pool | tickets | file | load avg (1 min) | browser (workers) | browser, 1 worker | main-thread max gap | CLI | WebCrypto-per-ticket baseline | baseline ÷ browser |');
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { info, cli, pageRes, page1Res, base, threads } of rows) {
  const tot = pageRes.map((p) => p.total);
  const tot1 = page1Res.map((p) => p.total);
  const gap = Math.max(...pageRes.map((p) => p.maxGap), ...page1Res.map((p) => p.maxGap));
  lines.push(`| ${info.n.toLocaleString('en')} | ${info.drawn} | ${info.pool} | ${(info.tickets / 1e6).toFixed(2)} M | ${info.mb.toFixed(1)} MB | ${info.load.toFixed(2)} | ` +
    `${s(median(tot))} s (${s(Math.min(...tot))}), ${threads} | ${s(median(tot1))} s (${s(Math.min(...tot1))}) | ${gap.toFixed(0)} ms | ${s(median(cli))} s (${s(Math.min(...cli))}) | ` +
    `${base ? s(base.ms) + ' s' : '—'} | ${base ? (base.ms / median(tot)).toFixed(1) + '×' : '—'} |`);
}
lines.push('', 'Goal (issue 8): 100k units ≤ 1 s and 1M units ≤ 6 s in the browser, page responsive throughout.', '');
const section = lines.join('\n');
process.stdout.write(section + '\n');

if (args.includes('--write')) {
  const file = path.join(ROOT, 'bench/RESULTS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = old.indexOf('## JS verifier (web/verifier)');
  let next;
  if (start >= 0) {
    const rest = old.slice(start + 3);
    const m = /\n## /.exec(rest);
    next = m ? start + 3 + m.index + 1 : old.length;
  }
  const updated = start >= 0 ? old.slice(0, start) + section + '\n' + old.slice(next) : old.replace(/\n*$/, '\n\n') + section + '\n';
  writeFileSync(file, updated);
  log(`wrote ${file}`);
}
