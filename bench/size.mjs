// Download size (issue 6): the wasm engine and the zipped extensions, raw and
// gzip (level 9, what a server or store would send), against a budget.
//
//   node bench/size.mjs [OUT_JSON]      (default build/bench/size.json)
//
// Exits 1 when a budget is exceeded, so that ./build.sh can fail on it.
// A file that does not exist yet (not built) is reported and skipped.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

/** What is measured, with its gzip budget in bytes (null: printed only). */
const FILES = [
  { path: 'pkg/claimlens_bg.wasm', gzipBudget: 250 * KB },
  { path: 'pkg/claimlens.js', gzipBudget: null },
  { path: 'dist/claimlens-chrome.zip', gzipBudget: null },
  { path: 'dist/claimlens-firefox.zip', gzipBudget: null },
];

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const results = [];
let over = false;
for (const { path, gzipBudget } of FILES) {
  const file = join(ROOT, path);
  if (!existsSync(file)) {
    console.log(`size ${path}: not built`);
    continue;
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const ok = gzipBudget === null || gzip <= gzipBudget;
  over ||= !ok;
  results.push({ path, raw: bytes.length, gzip, gzipBudget, ok });
  const budget = gzipBudget === null ? '' : `  (budget ${kb(gzipBudget)} gzip: ${ok ? 'ok' : 'EXCEEDED'})`;
  console.log(`size ${path}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip${budget}`);
}
const out = process.argv[2] || join(ROOT, 'build', 'bench', 'size.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2));
if (over) {
  console.error('size budget exceeded (bench/size.mjs)');
  process.exit(1);
}
