// Builds dist/verify.html: one self-contained file (page script and worker inlined, the worker
// started from a Blob URL) that works when saved to disk and opened from file:// offline.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '..', 'dist');

async function bundle(entry, define = {}) {
  const out = await build({
    entryPoints: [path.join(here, entry)], bundle: true, format: 'iife', minify: true,
    target: ['es2020'], write: false, define, legalComments: 'none',
  });
  return out.outputFiles[0].text;
}

const workerJs = await bundle('worker.js');
const pageJs = await bundle('page.js', { __WORKER_SOURCE__: JSON.stringify(workerJs) });
// "</script" must not end the inline script early.
const inline = pageJs.replace(/<\/script/gi, '<\\/script');
const template = readFileSync(path.join(here, 'verify.html'), 'utf8');
const tag = '<script type="module" src="./page.js"></script>';
if (!template.includes(tag)) throw new Error(`verify.html lacks ${tag}`);
const html = template.replace(tag, () => `<script>${inline}</script>`);
mkdirSync(dist, { recursive: true });
writeFileSync(path.join(dist, 'verify.html'), html);
console.log(`dist/verify.html: ${(html.length / 1024).toFixed(0)} KB`);
