// Download size (issue 6): the wasm engine and the zipped extensions, raw and
// gzip (level 9, what a server or store would send), against a budget.
//
//   node bench/size.mjs [OUT_JSON]      (default build/bench/size.json)
//
// ./build.sh runs it after every build and fails when it exits 1 (a budget
// exceeded). A file that does not exist yet (not built) is reported and
// skipped. The budget is issue 6's: the engine with all its lexicons and
// gazetteers (compiled into the wasm) at most 250 kB gzip, read strictly: 250,000
// bytes (decimal kilobytes; 244.1 KiB). Sizes print in both units: kB = 1,000
// bytes, KiB = 1,024.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1000;
const KIB = 1024;

/** What is measured, with its gzip budget in bytes (null: printed only). */
const FILES = [
  { path: 'pkg/claimlens_bg.wasm', gzipBudget: 250 * KB },
  { path: 'pkg/claimlens.js', gzipBudget: null },
  { path: 'dist/claimlens-chrome.zip', gzipBudget: null },
  { path: 'dist/claimlens-firefox.zip', gzipBudget: null },
];

const kb = (n) => `${(n / KB).toFixed(1)} kB (${(n / KIB).toFixed(1)} KiB)`;
const bytesOf = (n) => `${n.toLocaleString('en')} bytes`;
const results = [];
const overBudget = [];
for (const { path, gzipBudget } of FILES) {
  const file = join(ROOT, path);
  if (!existsSync(file)) {
    console.log(`size ${path}: not built`);
    continue;
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const ok = gzipBudget === null || gzip <= gzipBudget;
  if (!ok) overBudget.push({ path, gzip, gzipBudget });
  results.push({ path, raw: bytes.length, gzip, gzipBudget, ok });
  const budget =
    gzipBudget === null
      ? ''
      : ok
        ? `  (${bytesOf(gzip)}; budget ${bytesOf(gzipBudget)} gzip: ${bytesOf(gzipBudget - gzip)} left)`
        : `  (${bytesOf(gzip)}; budget ${bytesOf(gzipBudget)} gzip: EXCEEDED by ${bytesOf(gzip - gzipBudget)})`;
  console.log(`size ${path}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip${budget}`);
}
const out = process.argv[2] || join(ROOT, 'build', 'bench', 'size.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2));
for (const { path, gzip, gzipBudget } of overBudget) {
  console.error(
    `size budget exceeded: ${path} is ${kb(gzip)} gzip, ${kb(gzip - gzipBudget)} over its budget of ${bytesOf(gzipBudget)} (${kb(gzipBudget)}). ` +
      'Shrink the engine or its data (README "Download size" says what takes the space), ' +
      'or change the budget in bench/size.mjs deliberately.',
  );
}
if (overBudget.length > 0) process.exit(1);
