// Wasm engine benchmark in headless Chromium (issue 6): the same texts and
// figures as bench/wasm.mjs, with pkg/ loaded by a plain page on 127.0.0.1
// (no extension involved), so the browser's own wasm tiers are measured.
// Each scan is the extension's hot path: \`scanCompact\` and \`JSON.parse\` of
// its result (see src/wasm.rs, extension/src/content/report.js).
//
//   node bench/wasm-browser.mjs [OUT_JSON]   (default build/bench/wasm-chromium.json)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browsers.mjs';
import { waitFor } from '../tests/e2e/webdriver.mjs';
import { serve } from './common.mjs';
import { benchTexts } from './texts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Runs in the page: instantiates the engine 5 times (fresh module each time),
// then per text, in a fresh instance: times the first scan (the engine's
// start-up: lexicons and gazetteers are built on first use, and V8 runs wasm
// from its baseline tier first), warms up for WARM_MS as bench/wasm.mjs does,
// and times batches of scans, each batch lasting at least SAMPLE_MS, until
// MIN_MS have passed (at least MIN_RUNS batches): the page's clock is coarse
// (100 µs steps in a page that is not cross-origin isolated), and a 4 KB scan
// takes well under a millisecond, so timing scans one by one measured the timer.
// The fastest run is reported beside the median (see bench/wasm.mjs: on a
// loaded host the scheduler cuts into runs).
// Leaves its figures in window.__wasmBench.
const PAGE = `<!doctype html><meta charset="utf-8"><title>wasm bench</title>
<script type="module">
const MIN_MS = 1500, WARM_MS = 1000, SAMPLE_MS = 20, MIN_RUNS = 3, MAX_RUNS = 50, SPAN_FIELDS = 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const bytes = await (await fetch('/pkg/claimlens_bg.wasm')).arrayBuffer();
const compile = [], instantiate = [];
for (let i = 0; i < 5; i++) {
  const glue = await import('/pkg/claimlens.js?instance=' + i);
  let t = performance.now();
  const module = await WebAssembly.compile(bytes);
  compile.push(performance.now() - t);
  t = performance.now();
  glue.initSync({ module });
  instantiate.push(performance.now() - t);
}
const module = await WebAssembly.compile(bytes);
const names = await (await fetch('/texts.json')).json();
const cases = [];
for (const [i, name] of names.entries()) {
  const text = await (await fetch('/texts/' + name)).text();
  const glue = await import('/pkg/claimlens.js?case=' + i);
  const exports = glue.initSync({ module });
  const utf8 = new TextEncoder().encode(text).length;
  const scan = () => JSON.parse(glue.scanCompact(text, null));
  const t0 = performance.now();
  scan();
  const firstScanMs = performance.now() - t0;
  while (performance.now() - t0 < WARM_MS) scan();
  // Scans per run: as many as fill SAMPLE_MS, counted once warm.
  let batch = 0;
  for (const c0 = performance.now(); performance.now() - c0 < SAMPLE_MS; batch++) scan();
  const times = [];
  let spans = 0;
  const started = performance.now();
  while (times.length < MAX_RUNS && (times.length < MIN_RUNS || performance.now() - started < MIN_MS)) {
    const t = performance.now();
    for (let k = 0; k < batch; k++) spans = scan().spans.length / SPAN_FIELDS;
    times.push((performance.now() - t) / batch);
  }
  const ms = median(times);
  cases.push({ name, bytes: utf8, runs: times.length, scansPerRun: batch, msPerScan: ms, fastestMsPerScan: Math.min(...times), firstScanMs, mbPerSec: utf8 / 1e6 / (ms / 1000), spans, memoryBytes: exports.memory.buffer.byteLength });
}
window.__wasmBench = { userAgent: navigator.userAgent, compileMs: median(compile), instantiateMs: median(instantiate), cases };
</script>`;

async function main() {
  const out = process.argv[2] || join(ROOT, 'build', 'bench', 'wasm-chromium.json');
  const files = new Map([['/', PAGE]]);
  const texts = benchTexts();
  for (const t of texts) files.set(`/texts/${t.name}.txt`, t.text);
  files.set('/texts.json', JSON.stringify(texts.map((t) => `${t.name}.txt`)));
  for (const f of ['claimlens.js', 'claimlens_bg.wasm']) files.set(`/pkg/${f}`, readFileSync(join(ROOT, 'pkg', f)));
  // 127.0.0.2: a host where the test extension does not run.
  const server = await serve('127.0.0.2', files);
  const browser = await launchChromium();
  try {
    await browser.session.navigate(`${server.origin}/`);
    const result = await waitFor('the wasm benchmark page', async () => (await browser.session.execute(() => window.__wasmBench ?? null)) ?? undefined, {
      timeoutMs: 600_000,
      intervalMs: 1000,
    });
    console.log(`chromium wasm: compile ${result.compileMs.toFixed(1)} ms, instantiate ${result.instantiateMs.toFixed(2)} ms (median of 5)`);
    for (const r of result.cases) {
      console.log(
        `${r.name.padEnd(10)} ${String(r.bytes).padStart(8)} B  ${r.mbPerSec.toFixed(2).padStart(7)} MB/s  ${r.msPerScan.toFixed(2).padStart(8)} ms/scan (fastest run ${r.fastestMsPerScan.toFixed(2)})  ` +
          `(first ${r.firstScanMs.toFixed(1)} ms)  ${r.runs} runs of ${r.scansPerRun}  memory ${(r.memoryBytes / 2 ** 20).toFixed(1)} MiB`,
      );
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2));
  } finally {
    await browser.stop();
    server.close();
  }
}

await main();
