// Cold start of the wasm engine in headless Chromium (issue 6), the browser
// counterpart of bench/startup.mjs: each sample is a new browser (V8 keeps a
// module's compiled code per process), whose plain page on 127.0.0.2 (no
// extension) fetches pkg/, compiles and instantiates the module, and times
// the first scan of a 4 KB text (the engine's start-up: lexicons and automata
// built on first use, and V8's first compile of each function it runs), the
// second scan, and the first scan of a second instance of the same module.
//
//   node bench/startup-browser.mjs [SAMPLES] [OUT_JSON]     (default 5 samples)
//
// BENCH_PKG=DIR: another build's pkg/; BENCH_JS_FLAGS: V8 flags for the
// browser (--js-flags), to see what V8's tiers do to the figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browsers.mjs';
import { waitFor } from '../tests/e2e/webdriver.mjs';
import { median, serve } from './common.mjs';
import { benchTexts } from './texts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = process.env.BENCH_PKG || join(ROOT, 'pkg');

const PAGE = `<!doctype html><meta charset="utf-8"><title>wasm start-up</title>
<script type="module">
const name = location.hash.slice(1);
const text = await (await fetch('/texts/' + name + '.txt')).text();
const response = fetch('/pkg/claimlens_bg.wasm');
const now = () => performance.now();
let t = now();
const module = await WebAssembly.compileStreaming(response);
const compileMs = now() - t;
const glue = await import('/pkg/claimlens.js?a');
t = now();
glue.initSync({ module });
const instantiateMs = now() - t;
t = now();
glue.scanCompact(text, null);
const firstScanMs = now() - t;
t = now();
glue.scanCompact(text, null);
const secondScanMs = now() - t;
const again = await import('/pkg/claimlens.js?b');
again.initSync({ module });
t = now();
again.scanCompact(text, null);
const compiledFirstScanMs = now() - t;
window.__startup = { compileMs, instantiateMs, firstScanMs, secondScanMs, compiledFirstScanMs };
</script>`;

const samples = Number(process.argv[2] || 5);
const out = process.argv[3] || join(ROOT, 'build', 'bench', 'startup-chromium.json');
const files = new Map([['/', PAGE]]);
for (const t of benchTexts().filter((t) => t.name.endsWith('-4k'))) files.set(`/texts/${t.name}.txt`, t.text);
for (const f of ['claimlens.js', 'claimlens_bg.wasm']) files.set(`/pkg/${f}`, readFileSync(join(PKG, f)));
const server = await serve('127.0.0.2', files);
const extraArgs = process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : [];
const cases = [];
try {
  for (const name of ['fr-4k', 'en-4k']) {
    const runs = [];
    for (let k = 0; k < samples; k++) {
      const browser = await launchChromium({ extraArgs });
      try {
        await browser.session.navigate(`${server.origin}/#${name}`);
        runs.push(
          await waitFor('the start-up page', async () => (await browser.session.execute(() => window.__startup ?? null)) ?? undefined, {
            timeoutMs: 60_000,
            intervalMs: 100,
          }),
        );
      } finally {
        await browser.stop();
      }
    }
    const row = { name, samples };
    for (const key of Object.keys(runs[0])) row[key] = median(runs.map((r) => r[key]));
    cases.push(row);
    console.log(
      `chromium ${name}: compile ${row.compileMs.toFixed(1)} ms, instantiate ${row.instantiateMs.toFixed(2)} ms, ` +
        `first scan ${row.firstScanMs.toFixed(1)} ms, second ${row.secondScanMs.toFixed(2)} ms, ` +
        `first scan of a second instance ${row.compiledFirstScanMs.toFixed(1)} ms (median of ${samples} browsers)`,
    );
  }
} finally {
  await server.close();
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ jsFlags: process.env.BENCH_JS_FLAGS ?? null, cases }, null, 2));
