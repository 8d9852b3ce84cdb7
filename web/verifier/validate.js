// Shape checks of a published record (spec sections 3, 4 and 8; check (1) of section 9). A
// record that fails here is not a draw record at all (exit 2 in the CLI), as opposed to one
// whose values do not verify. Each problem is named by the same path as the C++ verifier
// (suiji verify) names it, e.g. "strata[key].population[3]" (a stratum by its id once the id
// is read): tests/vectors/tamper_cases.json holds the cases both must agree on.

export const SPEC = 'sj-draw/1';
const ID = /^[0-9A-Za-z][0-9A-Za-z()._-]{0,63}$/;
const DRAW_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
const WITNESS = /^[0-9A-Za-z]{1,64}$/;
const BEACON = /^[0-9A-Za-z:._-]{1,256}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** The record cannot be verified because it is not a well-formed sj-draw/1 record. */
// code: "record_malformed", or "record_duplicate_key" for a key twice in one object (the
// codes of the C++ verifier's MalformedRecord).
export class RecordFormatError extends Error {
  constructor(path, zh, en, code = 'record_malformed') {
    super(path ? `${path}: ${en}` : en);
    this.code = code;
    this.path = path; // "" when the record as a whole is at fault
    this.zh = path ? `${path}：${zh}` : zh;
    this.en = path ? `${path}: ${en}` : en;
  }
}

const fail = (path, zh, en) => { throw new RecordFormatError(path, zh, en); };

function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
function need(obj, key, path) {
  if (!isObj(obj)) fail(path, '应为 JSON 对象', 'must be a JSON object');
  if (!(key in obj)) fail(`${path}.${key}`.replace(/^\./, ''), '缺少该字段', 'field is missing');
  return obj[key];
}
// `what` = [中文, English]: what the format is, e.g. ['单位编号', 'unit id'].
function str(v, path, re, what) {
  if (typeof v !== 'string') fail(path, '应为字符串', 'must be a string');
  if (re && !re.test(v)) fail(path, `格式不符合规范（${what[0]}）：${JSON.stringify(v).slice(0, 80)}`, `does not match the spec's format (${what[1]}): ${JSON.stringify(v).slice(0, 80)}`);
  return v;
}
function arr(v, path) {
  if (!Array.isArray(v)) fail(path, '应为数组', 'must be an array');
  return v;
}
// A count the verifier recomputes (n, cap) may hold any integer: a wrong value is a
// discrepancy, found later; an input (k, team_size) has a lower bound.
function int(v, path, min = -Infinity) {
  if (!Number.isInteger(v)) fail(path, '应为整数', 'must be an integer');
  if (v < min) fail(path, `应为不小于 ${min} 的整数`, `must be an integer ≥ ${min}`);
  return v;
}
// An informational field: any string, when present.
function optStr(obj, key, path) {
  if (obj[key] !== undefined) str(obj[key], path);
}
function bool(v, path) {
  if (typeof v !== 'boolean') fail(path, '应为 true 或 false', 'must be true or false');
  return v;
}

function team(v, path) {
  arr(v, path).forEach((id, j) => str(id, `${path}[${j}]`));
}
function changeResultList(v, path) {
  arr(v, path).forEach((c, i) => {
    const p = `${path}[${i}]`;
    const type = str(need(c, 'type', p), `${p}.type`);
    if (type !== 'replace_inspector' && type !== 'substitute_unit') {
      fail(`${p}.type`, `未知的变动类型 ${JSON.stringify(type)}（应为 replace_inspector 或 substitute_unit）`,
        `unknown change type ${JSON.stringify(type)} (replace_inspector or substitute_unit)`);
    }
    str(need(c, 'unit', p), `${p}.unit`);
    str(need(c, 'replacement', p), `${p}.replacement`);
    bool(need(c, 'cap_relaxed', p), `${p}.cap_relaxed`);
    if (type === 'replace_inspector') {
      str(need(c, 'inspector', p), `${p}.inspector`);
    } else {
      str(need(c, 'stratum', p), `${p}.stratum`);
      team(need(c, 'team', p), `${p}.team`);
    }
  });
}
function assignmentList(v, path) {
  arr(v, path).forEach((a, i) => {
    const p = `${path}[${i}]`;
    str(need(a, 'unit', p), `${p}.unit`);
    team(need(a, 'team', p), `${p}.team`);
    bool(need(a, 'cap_relaxed', p), `${p}.cap_relaxed`);
  });
}

/** Throws RecordFormatError on the first shape problem; returns nothing. */
export function validateRecord(r) {
  if (!isObj(r)) fail('', '记录应为 JSON 对象', 'the record must be a JSON object');
  const spec = need(r, 'spec', '');
  if (spec !== SPEC) fail('spec', `不支持的规范版本 ${JSON.stringify(spec)}，应为 "${SPEC}"`, `unsupported spec ${JSON.stringify(spec)}, expected "${SPEC}"`);
  str(need(r, 'draw_id', ''), 'draw_id', DRAW_ID, ['draw_id', 'draw_id']);
  str(need(r, 'commitment', ''), 'commitment', HEX64, ['64 位小写十六进制', '64 lowercase hex']);
  str(need(r, 'nonce', ''), 'nonce', HEX64, ['64 位小写十六进制', '64 lowercase hex']);
  const w = arr(need(r, 'witnesses', ''), 'witnesses');
  if (w.length === 0) fail('witnesses', '至少需要一条见证人输入', 'at least one witness input is required');
  w.forEach((x, i) => {
    str(need(x, 'input', `witnesses[${i}]`), `witnesses[${i}].input`, WITNESS, ['1–64 位字母或数字', '1–64 letters or digits']);
    optStr(x, 'role', `witnesses[${i}].role`);
  });
  if (r.beacon !== undefined && r.beacon !== null) str(r.beacon, 'beacon', BEACON, ['beacon', 'beacon']);
  str(need(r, 'seed', ''), 'seed');

  const strata = arr(need(r, 'strata', ''), 'strata');
  if (strata.length === 0) fail('strata', '至少需要一个分层', 'at least one stratum is required');
  const seen = new Set();
  strata.forEach((s, i) => {
    const p = `strata[${i}]`;
    const id = str(need(s, 'id', p), `${p}.id`);
    const q = `strata[${id}]`; // named by its id from here on
    str(id, `${q}.id`, ID, ['分层编号', 'stratum id']);
    if (seen.has(id)) fail(`${q}.id`, `分层编号 ${id} 重复`, `stratum id ${id} is repeated`);
    seen.add(id);
    optStr(s, 'label', `${q}.label`);
    const pop = arr(need(s, 'population', q), `${q}.population`);
    for (let j = 0; j < pop.length; j++) {
      if (typeof pop[j] !== 'string' || !ID.test(pop[j])) str(pop[j], `${q}.population[${j}]`, ID, ['单位编号', 'unit id']);
    }
    str(need(s, 'population_hash', q), `${q}.population_hash`);
    int(need(s, 'n', q), `${q}.n`);
    int(need(s, 'k', q), `${q}.k`, 0);
    arr(need(s, 'selected', q), `${q}.selected`).forEach((x, j) => {
      str(need(x, 'unit', `${q}.selected[${j}]`), `${q}.selected[${j}].unit`);
      str(need(x, 'ticket', `${q}.selected[${j}]`), `${q}.selected[${j}].ticket`);
    });
  });

  const insp = need(r, 'inspectors', '');
  const pool = arr(need(insp, 'pool', 'inspectors'), 'inspectors.pool');
  if (pool.length === 0) fail('inspectors.pool', '执法人员库为空', 'the inspector pool is empty');
  const ids = new Set();
  pool.forEach((x, i) => {
    const id = str(need(x, 'id', `inspectors.pool[${i}]`), `inspectors.pool[${i}].id`, ID, ['执法人员编号', 'inspector id']);
    if (ids.has(id)) fail(`inspectors.pool[${i}].id`, `执法人员编号 ${id} 重复`, `inspector id ${id} is repeated`);
    ids.add(id);
    bool(need(x, 'senior', `inspectors.pool[${i}]`), `inspectors.pool[${i}].senior`);
  });
  arr(need(insp, 'conflicts', 'inspectors'), 'inspectors.conflicts').forEach((c, i) => {
    const p = `inspectors.conflicts[${i}]`;
    arr(c, p).forEach((id, j) => str(id, `${p}[${j}]`));
    if (c.length !== 2) fail(p, '应为 [单位编号, 执法人员编号]', 'must be [unit id, inspector id]');
    str(c[0], `${p}[0]`, ID, ['单位编号', 'unit id']);
    str(c[1], `${p}[1]`, ID, ['执法人员编号', 'inspector id']);
  });
  const t = int(need(insp, 'team_size', 'inspectors'), 'inspectors.team_size', 1);
  if (pool.length < t) {
    fail('inspectors.pool', `执法人员不足：名录库 ${pool.length} 人，每组需 ${t} 人`, `too few inspectors: pool of ${pool.length}, team size ${t}`);
  }
  bool(need(insp, 'mentor_pairing', 'inspectors'), 'inspectors.mentor_pairing');
  str(need(insp, 'pool_hash', 'inspectors'), 'inspectors.pool_hash');
  str(need(insp, 'conflicts_hash', 'inspectors'), 'inspectors.conflicts_hash');
  int(need(insp, 'cap', 'inspectors'), 'inspectors.cap');

  assignmentList(need(r, 'assignments', ''), 'assignments');

  const changes = r.changes ?? [];
  arr(changes, 'changes').forEach((c, i) => {
    const p = `changes[${i}]`;
    const type = str(need(c, 'type', p), `${p}.type`);
    if (type !== 'replace_inspector' && type !== 'substitute_unit') {
      fail(`${p}.type`, `未知的变动类型 ${JSON.stringify(type)}（应为 replace_inspector 或 substitute_unit）`,
        `unknown change type ${JSON.stringify(type)} (replace_inspector or substitute_unit)`);
    }
    str(need(c, 'unit', p), `${p}.unit`, ID, ['单位编号', 'unit id']);
    if (type === 'replace_inspector') {
      str(need(c, 'inspector', p), `${p}.inspector`, ID, ['执法人员编号', 'inspector id']);
    } else {
      const sid = str(need(c, 'stratum', p), `${p}.stratum`);
      if (!seen.has(sid)) fail(`${p}.stratum`, `没有编号为 ${JSON.stringify(sid)} 的分层`, `there is no stratum ${JSON.stringify(sid)} in this draw`);
    }
    optStr(c, 'reason', `${p}.reason`);
    optStr(c, 'approved_by', `${p}.approved_by`);
  });
  if (changes.length > 0) {
    changeResultList(need(r, 'change_results', ''), 'change_results');
    assignmentList(need(r, 'final_assignments', ''), 'final_assignments');
  } else {
    if (r.change_results !== undefined) changeResultList(r.change_results, 'change_results');
    if (r.final_assignments !== undefined) assignmentList(r.final_assignments, 'final_assignments');
  }
}
