// Runs the verification off the page's thread: parse, verify, report progress and result.
// Messages in: {bytes} (the record file's contents, an ArrayBuffer). Out: {type: 'progress'|'result'|'malformed'|'error'}.
import { verifyRecord, RecordFormatError } from './index.js';

export function handle(text, post) {
  let record;
  try {
    record = JSON.parse(text);
  } catch (e) {
    post({ type: 'malformed', zh: `文件不是有效的 JSON：${e.message}`, en: `the file is not valid JSON: ${e.message}` });
    return;
  }
  const started = performance.now();
  try {
    const result = verifyRecord(record, { onProgress: (p) => post({ type: 'progress', ...p }) });
    post({ type: 'result', result, ms: performance.now() - started, summary: summarize(record) });
  } catch (e) {
    if (e instanceof RecordFormatError) {
      post({ type: 'malformed', zh: `不是有效的 sj-draw/1 抽取记录：${e.zh}`, en: `not a valid sj-draw/1 record: ${e.en}` });
    } else {
      post({ type: 'error', zh: `验证程序出错：${e.message}`, en: `the verifier failed: ${e.message}` });
    }
  }
}

// What the page shows besides the checks (never the whole population: it can be a million ids).
function summarize(r) {
  return {
    draw_id: r.draw_id,
    witnesses: r.witnesses.map((w) => ({ role: String(w.role ?? ''), input: w.input })),
    beacon: r.beacon ?? null,
    labels: Object.fromEntries(r.strata.map((s) => [s.id, String(s.label ?? '')])),
    poolSize: r.inspectors.pool.length,
    teamSize: r.inspectors.team_size,
    mentorPairing: r.inspectors.mentor_pairing,
    changes: (r.changes ?? []).map((c) => ({ type: c.type, unit: c.unit, reason: String(c.reason ?? '') })),
  };
}

if (typeof self !== 'undefined' && typeof window === 'undefined' && typeof self.postMessage === 'function') {
  self.onmessage = (ev) => handle(new TextDecoder().decode(ev.data.bytes), (m) => self.postMessage(m));
}
