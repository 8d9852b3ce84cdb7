// The offline verification page: read a record file, verify it in a Web Worker (the worker's
// code is inlined by build.mjs and started from a Blob URL, so a saved copy works from file://),
// then show the verdict and the evidence step by step. Record contents only ever reach the
// page through textContent: a record is untrusted input.
import { handle } from './worker.js';

/* global __WORKER_SOURCE__ */
const WORKER_SOURCE = typeof __WORKER_SOURCE__ === 'string' ? __WORKER_SOURCE__ : null;
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

// Workers of the current verification: a coordinator and, on machines with more than one
// core, helpers that hash slices of the record in parallel.
let workers = [];
function stopWorkers() {
  for (const w of workers) w.terminate();
  workers = [];
}

function spawn() {
  const url = WORKER_SOURCE
    ? URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }))
    : new URL('./worker.js', document.baseURI); // unbuilt page (dev server): verify.html sits beside worker.js
  const w = new Worker(url, WORKER_SOURCE ? {} : { type: 'module' });
  workers.push(w);
  return w;
}

function startWorkers(onMessage) {
  stopWorkers();
  try {
    const coordinator = spawn();
    coordinator.onmessage = (ev) => onMessage(ev.data);
    coordinator.onerror = (ev) => onMessage({ type: 'error', zh: `验证程序出错：${ev.message}`, en: `the verifier failed: ${ev.message}` });
    // ?threads=N caps the number of workers (the benchmark compares 1 with the default).
    const cap = Number(new URLSearchParams(location.search).get('threads')) || 4;
    const cores = navigator.hardwareConcurrency || 1;
    const helpers = [];
    try {
      for (let i = 0; i < Math.min(3, cores - 1, cap - 1); i++) helpers.push(spawn());
    } catch {
      // Verify with the coordinator alone.
    }
    return (bytes) => {
      const ports = helpers.map((h) => {
        const ch = new MessageChannel();
        // Each helper parses its own copy; the coordinator gets the original, transferred.
        const copy = bytes.slice(0);
        h.postMessage({ role: 'helper', bytes: copy, port: ch.port2 }, [copy, ch.port2]);
        return ch.port1;
      });
      coordinator.postMessage({ role: 'coordinator', bytes, ports }, [bytes, ...ports]);
    };
  } catch {
    // No workers (e.g. a locked-down browser): verify on this thread; the page pauses meanwhile.
    return (bytes) => setTimeout(() => handle(new TextDecoder().decode(bytes), (m) => onMessage({ ...m, workers: 0 })), 30);
  }
}

function show(id, visible) { $(id).classList.toggle('hidden', !visible); }

async function verifyFile(file) {
  show('result-card', false);
  show('evidence', false);
  show('progress-card', true);
  $('progress').value = 0;
  $('progress-text').textContent = file.name;
  const bytes = await file.arrayBuffer();
  const send = startWorkers((m) => {
    if (m.type === 'progress') {
      $('progress').value = m.total ? m.done / m.total : 0;
      $('progress-text').textContent = `${file.name} · ${Math.round((100 * m.done) / m.total)}%`;
    } else {
      stopWorkers();
      show('progress-card', false);
      render(m, file.name);
    }
  });
  send(bytes);
}

function render(m, name) {
  show('result-card', true);
  const verdict = $('verdict');
  const disc = m.type === 'result' ? m.result.firstDiscrepancy : { zh: m.zh, en: m.en };
  document.body.dataset.state = m.type === 'result' ? (m.result.ok ? 'verified' : 'failed') : m.type;
  document.body.dataset.threads = String(m.workers ?? '');
  if (m.type === 'result' && m.result.ok) {
    verdict.className = 'ok';
    verdict.textContent = '已验证 ✓';
    verdict.title = 'verified';
    show('discrepancy', false);
  } else {
    verdict.className = 'bad';
    verdict.textContent = m.type === 'result' ? '验证失败 ✗ 记录与重算结果不符' : '无法验证 ✗';
    $('disc-zh').textContent = (m.type === 'result' ? '第一处不符：' : '') + disc.zh;
    $('disc-en').textContent = (m.type === 'result' ? 'First discrepancy: ' : '') + disc.en;
    show('discrepancy', true);
  }
  $('timing').textContent = m.type === 'result' ? `${name} · 用时 ${(m.ms / 1000).toFixed(2)} 秒 · ${m.workers ? `${m.workers} 个后台线程` : '页面线程'}` : name;
  if (m.type === 'result') renderEvidence(m.result, m.summary);
}

const mark = (ok) => el('span', { class: ok ? 'mark-ok' : 'mark-bad' }, ok ? '✓ ' : '✗ ');

function renderEvidence(res, sum) {
  const ev = res.evidence;
  const box = $('evidence');
  box.replaceChildren();
  box.append(el('section', { class: 'card' }, el('h2', {}, '核验步骤 Checks'),
    el('ol', { class: 'checks' }, res.checks.map((c) => el('li', {}, mark(c.ok), c.zh, el('br'), el('span', { class: 'sub' }, c.en))))));

  if (ev.commitment) {
    box.append(el('section', { class: 'card', id: 'ev-commitment' }, el('h2', {}, '1. 承诺值核验 Commitment'),
      el('dl', {},
        el('dt', {}, '摇号编号'), el('dd', { class: 'mono' }, sum.draw_id),
        el('dt', {}, '事先公布的承诺值'), el('dd', { class: 'mono' }, ev.commitment.recorded),
        el('dt', {}, '揭示的随机数 nonce'), el('dd', { class: 'mono' }, ev.commitment.nonce),
        el('dt', {}, 'SHA-256(nonce)'), el('dd', { class: 'mono' }, mark(ev.commitment.computed === ev.commitment.recorded), ev.commitment.computed))));
  }
  if (ev.seed) {
    box.append(el('section', { class: 'card', id: 'ev-seed' }, el('h2', {}, '2. 随机种子 Seed'),
      el('dl', {},
        el('dt', {}, '见证人输入'), el('dd', {}, sum.witnesses.map((w, i) => el('div', {}, `${i + 1}. ${w.role}：`, el('span', { class: 'mono' }, w.input)))),
        el('dt', {}, '公开信标 beacon'), el('dd', { class: 'mono' }, sum.beacon ?? '（无）'),
        el('dt', {}, '种子 = 编号|nonce|见证输入[|信标]'), el('dd', { class: 'mono', id: 'seed' }, ev.seed))));
  }
  if (ev.strata.length) {
    box.append(el('section', { class: 'card', id: 'ev-strata' }, el('h2', {}, '3. 抽取单位 Units drawn（按签号从小到大）'),
      ev.strata.map((s) => el('div', { class: 'scroll' },
        el('p', {}, el('strong', {}, `${sum.labels[s.id] || s.id}（${s.id}）`), `：共 n = ${s.n} 家，抽取 k = ${s.k}，抽中 ${s.selected} 家。前 ${s.first.length} 个签号：`),
        el('table', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, '单位编号'), el('th', {}, '签号 ticket')),
          s.first.map((x, i) => el('tr', {}, el('td', {}, i + 1), el('td', { class: 'mono' }, x.unit), el('td', { class: 'mono' }, x.ticket))))))));
  }
  if (ev.assignments.length) {
    const more = ev.drawnCount > ev.assignments.length ? `（显示前 ${ev.assignments.length} 组，共 ${ev.drawnCount} 组）` : `（共 ${ev.drawnCount} 组）`;
    box.append(el('section', { class: 'card', id: 'ev-teams' }, el('h2', {}, '4. 检查组 Teams'),
      el('p', {}, `执法人员库 ${sum.poolSize} 人，每组 ${sum.teamSize} 人${sum.mentorPairing ? '，以老带新' : ''}，每人最多 ${ev.cap} 次 ${more}`),
      el('div', { class: 'scroll' }, el('table', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, '单位编号'), el('th', {}, '牵头人'), el('th', {}, '组员'), el('th', {}, '突破上限')),
        ev.assignments.map((a, i) => el('tr', {}, el('td', {}, i + 1), el('td', { class: 'mono' }, a.unit), el('td', { class: 'mono' }, a.team[0]),
          el('td', { class: 'mono' }, a.team.slice(1).join('、')), el('td', {}, a.cap_relaxed ? '是' : '')))))));
  }
  if (ev.changeResults.length) {
    box.append(el('section', { class: 'card', id: 'ev-changes' }, el('h2', {}, '5. 抽取后变动 Changes（按记录顺序重放）'),
      el('div', { class: 'scroll' }, el('table', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, '类型'), el('th', {}, '原'), el('th', {}, '替换为'), el('th', {}, '原因')),
        ev.changeResults.map((c, i) => el('tr', {}, el('td', {}, i + 1),
          el('td', {}, c.type === 'replace_inspector' ? `更换执法人员（${c.unit}）` : `替换单位（分层 ${c.stratum}）`),
          el('td', { class: 'mono' }, c.type === 'replace_inspector' ? c.inspector : c.unit),
          el('td', { class: 'mono' }, c.replacement + (c.team ? `：${c.team.join('、')}` : '')),
          el('td', {}, sum.changes[i]?.reason ?? '')))))));
  }
  show('evidence', true);
}

const input = $('file');
input.addEventListener('change', () => {
  const file = input.files[0];
  // Cleared so that choosing the same file again (e.g. after fixing it) verifies it again.
  input.value = '';
  if (file) verifyFile(file);
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer.files[0]) verifyFile(e.dataTransfer.files[0]);
});
