// Runs the verification off the page's thread. One worker coordinates (parses, runs every
// check, reports progress and the result); optional helper workers, each with its own parsed
// copy of the record, hash slices of it on request through MessagePorts (parallel.js).
// Messages in: {role: 'coordinator', bytes, ports} or {role: 'helper', bytes, port}, where
// bytes is the record file's contents (an ArrayBuffer).
// Out (coordinator): {type: 'progress'|'result'|'malformed'|'error', …}.
import { verifyRecord, verifyRecordWith, RecordFormatError } from './verify.js';
import { Helper, serveHelper, computeShared } from './parallel.js';
import { parseRecordText } from './strict_json.js';

function parse(text, post) {
  try {
    return parseRecordText(text);
  } catch (e) {
    if (e instanceof RecordFormatError) {
      report(e, post);
      return undefined;
    }
    post({ type: 'malformed', zh: `文件不是有效的 JSON：${e.message}`, en: `the file is not valid JSON: ${e.message}` });
    return undefined;
  }
}

function report(e, post) {
  if (e instanceof RecordFormatError) {
    post({ type: 'malformed', zh: `不是有效的 sj-draw/1 抽取记录：${e.zh}`, en: `not a valid sj-draw/1 record: ${e.en}` });
  } else {
    post({ type: 'error', zh: `验证程序出错：${e.message}`, en: `the verifier failed: ${e.message}` });
  }
}

/** Verifies on this thread (also the page's fallback when workers are unavailable). */
export function handle(text, post) {
  const record = parse(text, post);
  if (record === undefined) return;
  const started = performance.now();
  try {
    const result = verifyRecord(record, { onProgress: (p) => post({ type: 'progress', ...p }) });
    post({ type: 'result', result, ms: performance.now() - started, summary: summarize(record), workers: 1 });
  } catch (e) {
    report(e, post);
  }
}

/** Verifies with helper workers behind `ports`. */
export async function handleShared(text, ports, post) {
  const record = parse(text, post);
  if (record === undefined) return;
  const started = performance.now();
  const helpers = ports.map((p) => new Helper(p));
  try {
    const result = await verifyRecordWith(record, { onProgress: (p) => post({ type: 'progress', ...p }) },
      (rec, req) => computeShared(rec, req, helpers));
    post({ type: 'result', result, ms: performance.now() - started, summary: summarize(record), workers: 1 + helpers.length });
  } catch (e) {
    report(e, post);
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
  self.onmessage = (ev) => {
    const m = ev.data;
    const text = new TextDecoder().decode(m.bytes);
    const post = (msg) => self.postMessage(msg);
    if (m.role === 'helper') {
      let record;
      try { record = JSON.parse(text); } catch { return; } // the coordinator reports bad JSON
      serveHelper(record, m.port);
    } else if (m.ports && m.ports.length > 0) {
      handleShared(text, m.ports, post);
    } else {
      handle(text, post);
    }
  };
}
