// Wasm engine benchmark in Node (issue 6): the benchmark texts through the
// wasm-bindgen `scanCompact` of pkg/ and `JSON.parse` of its result, as the
// extension calls it (UTF-16 offsets, language detected).
//
//   node bench/wasm.mjs [OUT_JSON]     (default build/bench/wasm.json)
//
// Prints and writes, per text: MB/s (UTF-8 bytes of input per second, median
// of the runs, each a batch of scans lasting at least 20 ms after a 1 s
// warm-up; JS↔wasm copies and report conversion included), the first scan of
// a fresh instance (the engine's start-up is in it) and the linear
// memory after scanning it in a fresh instance (wasm memory never shrinks, so
// its byteLength is the peak). Also the module's compile and instantiate
// times (median of 5, each in a fresh glue instance).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './common.mjs';
import { benchTexts, fnv1a } from './texts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GLUE = pathToFileURL(join(ROOT, 'pkg', 'claimlens.js')).href;
const WASM_BYTES = readFileSync(join(ROOT, 'pkg', 'claimlens_bg.wasm'));
/** Minimum measuring time per text, and bounds on the number of runs (a run
 * is one timed batch of scans lasting at least SAMPLE_MS: a 4 KB scan takes
 * well under a millisecond, and 50 of them timed one by one were 20 ms of
 * measurement in all, at the mercy of one GC pause or timer step). */
const MIN_SECONDS = 1.5;
const MIN_RUNS = 3;
const MAX_RUNS = 50;
const SAMPLE_MS = 20;
// On a loaded host a run of 20 ms is often cut by the scheduler (at load 10 on
// 2 cores, 1 in 20 single 4 KB scans took 16-19 ms instead of 0.25: the median
// of single scans hid that, a run's time includes it), so the fastest run is
// reported too: on a quiet machine both agree.
/** Warm-up per text before measuring. V8 first runs wasm from its baseline
 * compiler and swaps in optimised code as functions get hot, on a background
 * thread: on this 2-core machine one warm-up scan left later scans 1.5-2x slower
 * than steady state, so Node figures swung between 9 and 17 MB/s run to run. */
const WARM_SECONDS = 1;
/** Numbers per span in scanCompact's flat array (src/wasm.rs). */
const SPAN_FIELDS = 7;

let freshCount = 0;
/** A new copy of the glue module (its own wasm instance and memory). */
async function freshGlue() {
  return import(`${GLUE}?instance=${freshCount++}`);
}

async function instantiateTimes() {
  const compile = [];
  const instantiate = [];
  for (let i = 0; i < 5; i++) {
    const glue = await freshGlue();
    let t = performance.now();
    const module = await WebAssembly.compile(WASM_BYTES);
    compile.push(performance.now() - t);
    t = performance.now();
    glue.initSync({ module });
    instantiate.push(performance.now() - t);
  }
  return { compileMs: median(compile), instantiateMs: median(instantiate) };
}

async function scanFigures(module, { name, text }) {
  const glue = await freshGlue();
  const exports = glue.initSync({ module });
  const bytes = Buffer.byteLength(text);
  const times = [];
  let spans = 0;
  const scan = () => JSON.parse(glue.scanCompact(text, null));
  const t0 = performance.now();
  scan();
  const firstScanMs = performance.now() - t0;
  while (performance.now() - t0 < WARM_SECONDS * 1000) scan();
  // Scans per run: as many as fill SAMPLE_MS, counted once warm.
  let batch = 0;
  for (const c0 = performance.now(); performance.now() - c0 < SAMPLE_MS; batch++) scan();
  const started = performance.now();
  while (times.length < MAX_RUNS && (times.length < MIN_RUNS || performance.now() - started < MIN_SECONDS * 1000)) {
    const t = performance.now();
    for (let k = 0; k < batch; k++) spans = scan().spans.length / SPAN_FIELDS;
    times.push((performance.now() - t) / batch);
  }
  const ms = median(times);
  return {
    name,
    bytes,
    fnv1a: fnv1a(text),
    runs: times.length,
    scansPerRun: batch,
    msPerScan: ms,
    fastestMsPerScan: Math.min(...times),
    firstScanMs,
    mbPerSec: bytes / 1e6 / (ms / 1000),
    spans,
    memoryBytes: exports.memory.buffer.byteLength,
  };
}

const out = process.argv[2] || join(ROOT, 'build', 'bench', 'wasm.json');
const startup = await instantiateTimes();
console.log(`wasm ${WASM_BYTES.length} bytes: compile ${startup.compileMs.toFixed(1)} ms, instantiate ${startup.instantiateMs.toFixed(2)} ms (median of 5)`);
const module = await WebAssembly.compile(WASM_BYTES);
const cases = [];
for (const t of benchTexts()) {
  const r = await scanFigures(module, t);
  cases.push(r);
  console.log(
    `${r.name.padEnd(6)} ${String(r.bytes).padStart(8)} B  ${r.mbPerSec.toFixed(2).padStart(7)} MB/s  ` +
      `${r.msPerScan.toFixed(2).padStart(8)} ms/scan (fastest run ${r.fastestMsPerScan.toFixed(2)})  (first ${r.firstScanMs.toFixed(1)} ms)  ${r.runs} runs of ${r.scansPerRun}  ${r.spans} spans  memory ${(r.memoryBytes / 2 ** 20).toFixed(1)} MiB`,
  );
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ node: process.version, wasmBytes: WASM_BYTES.length, ...startup, cases }, null, 2));
