// Shape checks of a published record (spec sections 3, 4 and 8). A record that fails here is
// not a draw record at all (exit 2 in the CLI), as opposed to one whose values do not verify.

export const SPEC = 'sj-draw/1';
const ID = /^[0-9A-Za-z][0-9A-Za-z()._-]{0,63}$/;
const DRAW_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
const WITNESS = /^[0-9A-Za-z]{1,64}$/;
const BEACON = /^[0-9A-Za-z:._-]{1,256}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** The record cannot be verified because it is not a well-formed sj-draw/1 record. */
export class RecordFormatError extends Error {
  constructor(path, zh, en) {
    super(`${path}: ${en}`);
    this.path = path;
    this.zh = `${path}：${zh}`;
    this.en = `${path}: ${en}`;
  }
}

const fail = (path, zh, en) => { throw new RecordFormatError(path, zh, en); };

function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
function need(obj, key, path) {
  if (!isObj(obj)) fail(path, '应为 JSON 对象', 'must be a JSON object');
  if (!(key in obj)) fail(`${path}.${key}`.replace(/^\./, ''), '缺少该字段', 'field is missing');
  return obj[key];
}
function str(v, path, re, what) {
  if (typeof v !== 'string') fail(path, '应为字符串', 'must be a string');
  if (re && !re.test(v)) fail(path, `格式不符合规范（${what}）：${JSON.stringify(v).slice(0, 80)}`, `does not match the spec's format (${what}): ${JSON.stringify(v).slice(0, 80)}`);
  return v;
}
function arr(v, path) {
  if (!Array.isArray(v)) fail(path, '应为数组', 'must be an array');
  return v;
}
function int(v, path, min) {
  if (!Number.isInteger(v) || v < min) fail(path, `应为不小于 ${min} 的整数`, `must be an integer ≥ ${min}`);
  return v;
}
function bool(v, path) {
  if (typeof v !== 'boolean') fail(path, '应为 true 或 false', 'must be true or false');
  return v;
}

function team(v, path) {
  arr(v, path).forEach((id, j) => str(id, `${path}[${j}]`));
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
  if (!isObj(r)) fail('(record)', '记录应为 JSON 对象', 'the record must be a JSON object');
  const spec = need(r, 'spec', '');
  if (spec !== SPEC) fail('spec', `不支持的规范版本 ${JSON.stringify(spec)}，应为 "${SPEC}"`, `unsupported spec ${JSON.stringify(spec)}, expected "${SPEC}"`);
  str(need(r, 'draw_id', ''), 'draw_id', DRAW_ID, 'draw_id');
  str(need(r, 'commitment', ''), 'commitment', HEX64, '64 位小写十六进制 / 64 lowercase hex');
  str(need(r, 'nonce', ''), 'nonce', HEX64, '64 位小写十六进制 / 64 lowercase hex');
  const w = arr(need(r, 'witnesses', ''), 'witnesses');
  if (w.length === 0) fail('witnesses', '至少需要一条见证人输入', 'at least one witness input is required');
  w.forEach((x, i) => str(need(x, 'input', `witnesses[${i}]`), `witnesses[${i}].input`, WITNESS, '1–64 位字母数字 / 1–64 letters or digits'));
  if (r.beacon !== undefined && r.beacon !== null) str(r.beacon, 'beacon', BEACON, 'beacon');
  str(need(r, 'seed', ''), 'seed');

  const strata = arr(need(r, 'strata', ''), 'strata');
  if (strata.length === 0) fail('strata', '至少需要一个分层', 'at least one stratum is required');
  const seen = new Set();
  strata.forEach((s, i) => {
    const p = `strata[${i}]`;
    const id = str(need(s, 'id', p), `${p}.id`);
    if (seen.has(id)) fail(`${p}.id`, `分层编号 ${id} 重复`, `stratum id ${id} is repeated`);
    seen.add(id);
    const q = `strata[${id}]`;
    const pop = arr(need(s, 'population', p), `${q}.population`);
    for (let j = 0; j < pop.length; j++) {
      if (typeof pop[j] !== 'string' || !ID.test(pop[j])) str(pop[j], `${q}.population[${j}]`, ID, '单位编号 / unit id');
    }
    str(need(s, 'population_hash', p), `${q}.population_hash`);
    int(need(s, 'n', p), `${q}.n`, 0);
    int(need(s, 'k', p), `${q}.k`, 0);
    arr(need(s, 'selected', p), `${q}.selected`).forEach((x, j) => {
      str(need(x, 'unit', `${q}.selected[${j}]`), `${q}.selected[${j}].unit`);
      str(need(x, 'ticket', `${q}.selected[${j}]`), `${q}.selected[${j}].ticket`);
    });
  });

  const insp = need(r, 'inspectors', '');
  const pool = arr(need(insp, 'pool', 'inspectors'), 'inspectors.pool');
  if (pool.length === 0) fail('inspectors.pool', '执法人员库为空', 'the inspector pool is empty');
  const ids = new Set();
  pool.forEach((x, i) => {
    const id = str(need(x, 'id', `inspectors.pool[${i}]`), `inspectors.pool[${i}].id`, ID, '执法人员编号 / inspector id');
    if (ids.has(id)) fail(`inspectors.pool[${i}].id`, `执法人员编号 ${id} 重复`, `inspector id ${id} is repeated`);
    ids.add(id);
    bool(need(x, 'senior', `inspectors.pool[${i}]`), `inspectors.pool[${i}].senior`);
  });
  arr(need(insp, 'conflicts', 'inspectors'), 'inspectors.conflicts').forEach((c, i) => {
    const p = `inspectors.conflicts[${i}]`;
    if (!Array.isArray(c) || c.length !== 2) fail(p, '应为 [单位编号, 执法人员编号]', 'must be [unit id, inspector id]');
    str(c[0], `${p}[0]`, ID, '单位编号 / unit id');
    str(c[1], `${p}[1]`, ID, '执法人员编号 / inspector id');
  });
  int(need(insp, 'team_size', 'inspectors'), 'inspectors.team_size', 1);
  bool(need(insp, 'mentor_pairing', 'inspectors'), 'inspectors.mentor_pairing');
  str(need(insp, 'pool_hash', 'inspectors'), 'inspectors.pool_hash');
  str(need(insp, 'conflicts_hash', 'inspectors'), 'inspectors.conflicts_hash');
  int(need(insp, 'cap', 'inspectors'), 'inspectors.cap', 0);

  assignmentList(need(r, 'assignments', ''), 'assignments');

  const changes = r.changes ?? [];
  arr(changes, 'changes').forEach((c, i) => {
    const p = `changes[${i}]`;
    const type = need(c, 'type', p);
    str(need(c, 'unit', p), `${p}.unit`);
    if (type === 'replace_inspector') str(need(c, 'inspector', p), `${p}.inspector`);
    else if (type === 'substitute_unit') str(need(c, 'stratum', p), `${p}.stratum`);
    else fail(`${p}.type`, `未知的变动类型 ${JSON.stringify(type)}`, `unknown change type ${JSON.stringify(type)}`);
  });
  if (changes.length > 0) {
    arr(need(r, 'change_results', ''), 'change_results');
    assignmentList(need(r, 'final_assignments', ''), 'final_assignments');
  } else {
    if (r.change_results !== undefined) arr(r.change_results, 'change_results');
    if (r.final_assignments !== undefined) assignmentList(r.final_assignments, 'final_assignments');
  }
}
