#!/usr/bin/env node
// node web/verifier/cli.mjs RECORD.json
// exit 0 + "verified" when every check of sj-draw/1 section 9 passes; exit 1 + the first
// discrepancy otherwise; exit 2 when the input is not a readable sj-draw/1 record.
import { readFileSync } from 'node:fs';
import { verifyRecord, RecordFormatError } from './index.js';
import { parseRecordText } from './strict_json.js';

function bad(zh, en) {
  process.stderr.write(`错误：${zh}\nerror: ${en}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
  bad('用法：node web/verifier/cli.mjs 抽取记录.json', 'usage: node web/verifier/cli.mjs RECORD.json');
}
const file = args[0];
let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  bad(`无法读取文件 ${file}（${e.code ?? e.message}）`, `cannot read ${file} (${e.code ?? e.message})`);
}
let record;
try {
  record = parseRecordText(text); // a BOM from Windows editors is not an error; a repeated key is
} catch (e) {
  if (e instanceof RecordFormatError) bad(`${file} 不是有效的 sj-draw/1 抽取记录：${e.zh}`, `${file} is not a valid sj-draw/1 record: ${e.en}`);
  bad(`${file} 不是有效的 JSON：${e.message}`, `${file} is not valid JSON: ${e.message}`);
}
let result;
try {
  result = verifyRecord(record);
} catch (e) {
  if (e instanceof RecordFormatError) bad(`${file} 不是有效的 sj-draw/1 抽取记录：${e.zh}`, `${file} is not a valid sj-draw/1 record: ${e.en}`);
  throw e;
}
if (result.ok) {
  process.stdout.write('verified\n');
  process.exit(0);
}
const d = result.firstDiscrepancy;
process.stdout.write(`验证失败 / NOT verified\n${d.zh}\n${d.en}\n`);
process.exit(1);
