// Cold start of the wasm engine in Node (issue 6: a 5 KB article highlighted
// within 50 ms of DOMContentLoaded, wasm instantiate included). Each sample is
// a new Node process, as a background the browser stopped is: V8 keeps a
// module's compiled code for the bytes it has seen, and compiles wasm
// functions lazily on their first call, so a second module or instance in the
// same process starts faster than an extension's background does.
//
//   node bench/startup.mjs [SAMPLES] [OUT_JSON]     (default 7 samples)
//
// BENCH_PKG=DIR: another build's pkg/. BENCH_NODE_FLAGS: V8 flags for the
// processes measured, e.g. "--wasm-tiering-budget=1000000000": no optimising
// tier, so that the figures show the engine's own start-up in V8's baseline
// code and not how the optimising compiles on background threads happen to
// share a loaded machine's cores with it.
//
// Per 4 KB text, medians over the processes: compile, instantiate, the first
// scan of the new instance (engine start-up: lexicons and automata built on
// first use, and V8's first compile of each function it runs), the second
// scan; and the first scan of a second instance of the same module, whose
// code V8 has compiled by then (the engine's own start-up alone).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './common.mjs';
import { benchTexts } from './texts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// (BENCH_PKG: another build's pkg/ directory, to compare two builds.)
const PKG = process.env.BENCH_PKG || join(ROOT, 'pkg');
const GLUE = pathToFileURL(join(PKG, 'claimlens.js')).href;

if (process.argv[2] === '--child') {
  const name = process.argv[3];
  const { text } = benchTexts().find((t) => t.name === name);
  const bytes = readFileSync(join(PKG, 'claimlens_bg.wasm'));
  const now = () => performance.now();
  let t = now();
  const module = await WebAssembly.compile(bytes);
  const compileMs = now() - t;
  const glue = await import(`${GLUE}?a`);
  t = now();
  glue.initSync({ module });
  const instantiateMs = now() - t;
  t = now();
  glue.scanCompact(text, null);
  const firstScanMs = now() - t;
  t = now();
  glue.scanCompact(text, null);
  const secondScanMs = now() - t;
  const again = await import(`${GLUE}?b`);
  again.initSync({ module });
  t = now();
  again.scanCompact(text, null);
  const compiledFirstScanMs = now() - t;
  console.log(JSON.stringify({ compileMs, instantiateMs, firstScanMs, secondScanMs, compiledFirstScanMs }));
} else {
  const samples = Number(process.argv[2] || 7);
  const out = process.argv[3] || join(ROOT, 'build', 'bench', 'startup.json');
  const cases = [];
  for (const name of ['fr-4k', 'en-4k']) {
    const runs = [];
    for (let k = 0; k < samples; k++) {
      const flags = process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : [];
      const line = execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', name], { encoding: 'utf8' });
      runs.push(JSON.parse(line));
    }
    const row = { name, samples };
    for (const key of Object.keys(runs[0])) row[key] = median(runs.map((r) => r[key]));
    cases.push(row);
    console.log(
      `${name}: compile ${row.compileMs.toFixed(1)} ms, instantiate ${row.instantiateMs.toFixed(2)} ms, ` +
        `first scan ${row.firstScanMs.toFixed(1)} ms, second ${row.secondScanMs.toFixed(2)} ms, ` +
        `first scan of a second instance ${row.compiledFirstScanMs.toFixed(1)} ms (median of ${samples} processes)`,
    );
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ node: process.version, cases }, null, 2));
}
