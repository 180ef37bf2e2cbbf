// Page benchmark (issue 6): the built test extension in headless Chromium
// (dist/test-chrome) or Firefox (BENCH_BROWSER=firefox: the add-on
// dist/claimlens-test-firefox.zip installed as temporary, over geckodriver)
// on local pages served on 127.0.0.1, against mark.js highlighting the same
// words on the same pages, and the same pages with no tool at all.
//
//   node bench/pages.mjs [OUT_JSON] [RUNS]   (default build/bench/pages.json, 5)
//   BENCH_BROWSER=firefox node bench/pages.mjs build/bench/pages-firefox.json
//
// Pages (French news text from bench/texts.mjs): a 5 KB article, a 1 MB and a
// 5 MB long page of paragraphs. Per page and tool, median of RUNS loads:
//   - painted ms: DOMContentLoaded → highlights on screen: the end of the
//     first rendering update (style, layout, paint) after the tool's last
//     change, taken as a task queued from the next animation frame. The
//     same end for both tools: mark.js's marks are laid out and painted in
//     that frame (its `done` comes before), ClaimLens's ranges too;
//   - highlight ms ("script done"): DOMContentLoaded → all highlights applied. ClaimLens
//     signals "applied" with a performance mark "claimlens:done N" (content.js
//     markDone; the pages are loaded with claimlens-test-no-attribute, so
//     that the test build, like a shipped one, changes nothing in the DOM
//     when it is done: any DOM change costs Chromium a whole-page repaint
//     once highlights are registered); mark.js by its `done` callback;
//   - longest task and total blocking time (PerformanceObserver `longtask`,
//     navigation → done; the page's own parsing is included for both tools),
//     and the longest task while the tool works (from its first step: the
//     first claimlens:* performance mark of the test build, DOMContentLoaded
//     for mark.js; to done);
//   - JS heap of the page (performance.memory.usedJSHeapSize; the engine runs
//     in the extension's background and is not included).
// Firefox has neither long-task entries nor performance.memory: those
// figures are null there ("not exposed"), never 0.
// The page alone (from 127.0.0.2, no tool): DOMContentLoaded → its first
// frame, and every long task from navigation to it, to set against every
// long task from navigation to painted with each tool: a long task the page
// alone has too is the page's own parsing or layout.
// Cold background (the 5 KB article): ClaimLens loaded right after its
// background was stopped (Chromium: the service worker, through the DevTools
// protocol; Firefox: the event page, suspended after 1 s idle in a second
// browser), so its start, the wasm instantiate and the first scan are in the
// figure; the test build's marks and its background's times (claimlens:bg *)
// say where that time went (printed as steps). Two rows: the page served at
// once (the worst case: the page's own loading hides nothing of the start),
// and streamed as a site delivers it (STREAM_MS).
// mark.js gets the distinct texts of the engine's spans as one regular
// expression (markRegExp: one pass over the text, its fastest mode), served
// from 127.0.0.2, where the extension does not run.
// Incremental: 50 paragraphs appended to the loaded 1 MB page; time from the
// append to the last highlight update, the spans added and the text rescanned.
//
// BENCH_PAGES=long-5m,...: only these pages. BENCH_CLAIMLENS_ONLY=1: no
// mark.js, page-alone or cold-worker loads (for A/B runs of two builds, CLAIMLENS_CHROME_EXTENSION).
// BENCH_CHROME_TRACE=DIR (run with node --experimental-websocket on Node 20):
// each ClaimLens and page-alone load is traced through the DevTools protocol, the trace
// saved in DIR, and the page's long tasks printed with what ran in them.
//
// Figures only: nothing here asserts on time.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, launchFirefox } from '../tests/e2e/browsers.mjs';
import { freePort, sleep, waitFor } from '../tests/e2e/webdriver.mjs';
import * as chromeTrace from './chrome-trace.mjs';
import { median, serve } from './common.mjs';
import { generate } from './texts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const MARK_JS = readFileSync(join(HERE, 'node_modules', 'mark.js', 'dist', 'mark.min.js'));
const APPENDED_PARAGRAPHS = 50;
/** A page slower than this (either tool) is loaded once, not RUNS times. */
const SLOW_PAGE_MS = 20_000;
/** Pages also loaded with the extension's background stopped first (coldLoad). */
const COLD_PAGES = ['article-5k'];
/** Firefox's cold loads: how long the background may idle before it is suspended (Firefox's default: 30 s). */
const FIREFOX_COLD_IDLE_MS = 1000;
/**
 * The streamed cold row: the page's HTML as a news site delivers it, its
 * head at once and its body in two halves, STREAM_MS / 2 apart, so the last
 * byte comes STREAM_MS after the first. A news article's HTML is 100-500 KB
 * (scripts, styles, JSON-LD, navigation around 5 KB of text), 30-100 KB
 * compressed: several round trips of TCP slow start, on top of a CMS that
 * flushes the head before the body is rendered, and parser-blocking scripts
 * of the head that postpone DOMContentLoaded further. 300 ms from the first
 * byte to the last is on the short side of what readers meet (the HTTP
 * Archive's median DOMContentLoaded is seconds after the first byte on
 * mobile); the content script starts at the first byte (document_start),
 * so what loading hides here is a lower bound.
 */
const STREAM_MS = 300;
// BENCH_FIRST_BYTE_MS: the streamed page's head is sent that long after the
// request (a site's response time over a network; default 0, at once).
const FIRST_BYTE_MS = Number(process.env.BENCH_FIRST_BYTE_MS ?? 0);

// BENCH_ARTICLE_LANG=en: the 5 KB article in English (the engine builds each language's tables on its first text in it).
const PAGES = [
  { name: 'article-5k', lang: process.env.BENCH_ARTICLE_LANG || 'fr', size: 5 << 10 },
  { name: 'long-1m', lang: 'fr', size: 1 << 20 },
  { name: 'long-5m', lang: 'fr', size: 5 << 20 },
];

// Runs first in each page: records DOMContentLoaded, long tasks and every
// "highlights applied" signal, with their times.
const PROBE = `
window.__bench = { dcl: null, done: [], painted: [], longtasks: [] };
// Firefox has no long-task entries: its figures are then "not exposed", not 0.
__bench.longtasksSeen = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
// "Painted": a task queued from the next animation frame's callback runs once
// that frame's rendering update (style, layout, paint of the main thread) is
// over: the first moment the reader can see the tool's last change.
__bench.afterPaint = (index) =>
  requestAnimationFrame(() => setTimeout(() => { __bench.painted[index] = performance.now(); }, 0));
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) __bench.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {}
__bench.frames = [];
try {
  // Long animation frames (BENCH_TRACE): where a long frame's time went.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const scripts = e.scripts.map((s) => \`\${s.invoker || s.name} \${s.duration.toFixed(0)}\`).join(', ');
      __bench.frames.push([e.startTime, \`frame \${e.duration.toFixed(0)} ms: render \${(e.renderStart ? e.startTime + e.duration - e.renderStart : 0).toFixed(0)} (style+layout \${(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0).toFixed(0)}), scripts [\${scripts}]\`]);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch (e) {}
document.addEventListener('DOMContentLoaded', () => { __bench.dcl = performance.now(); });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (!e.name.startsWith('claimlens:done ')) continue;
    __bench.done.push([e.startTime, Number(e.name.split(' ')[1])]);
    __bench.afterPaint(__bench.done.length - 1);
  }
}).observe({ type: 'mark', buffered: true });
`;

const MARK_RUNNER = `
document.addEventListener('DOMContentLoaded', () => {
  const words = JSON.parse(document.getElementById('bench-words').textContent);
  const escape = (w) => w.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
  const pattern = new RegExp(words.map(escape).join('|'), 'g');
  new Mark(document.querySelector('article')).markRegExp(pattern, {
    done: (count) => {
      __bench.done.push([performance.now(), count]);
      __bench.afterPaint(__bench.done.length - 1);
    },
  });
});
`;

// The page alone, no tool: its own parsing, first layout and paint. "Done"
// at DOMContentLoaded with no highlight, "painted" at its first frame.
const ALONE_RUNNER = `
document.addEventListener('DOMContentLoaded', () => {
  __bench.done.push([performance.now(), 0]);
  __bench.afterPaint(0);
});
`;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page for `tool`: 'claimlens' (the extension's own), 'mark' (mark.js given `words`) or 'alone'. */
function pageHtml(text, { title, tool, words }) {
  const paragraphs = text.split('\n\n').filter((p) => p.trim());
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const toolParts = {
    claimlens: () => '',
    mark: () => `<script src="/mark.min.js"></script>\n<script type="application/json" id="bench-words">${JSON.stringify(words).replace(/</g, '\\u003c')}</script>\n<script>${MARK_RUNNER}</script>`,
    alone: () => `<script>${ALONE_RUNNER}</script>`,
  }[tool]();
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<script>${PROBE}</script>
${toolParts}
</head><body><main><article><h1>${escapeHtml(title)}</h1>
${body}
</article></main></body></html>`;
}

/** `html` as STREAM_MS of delivery (see STREAM_MS): its head, then its body in two halves. */
function streamed(html) {
  const head = html.indexOf('<body>');
  const middle = html.indexOf('\n<p>', head + (html.length - head) / 2);
  return { chunks: [[FIRST_BYTE_MS, html.slice(0, head)], [STREAM_MS / 2, html.slice(head, middle)], [STREAM_MS / 2, html.slice(middle)]] };
}

/** The distinct texts of the engine's spans, longest first (regex alternation order). */
async function engineWords(text) {
  const glue = await import(pathToFileURL(join(ROOT, 'pkg', 'claimlens.js')).href);
  glue.initSync({ module: readFileSync(join(ROOT, 'pkg', 'claimlens_bg.wasm')) });
  const report = glue.scan(text, null);
  return [...new Set(report.spans.map((s) => s.text))].sort((a, b) => b.length - a.length);
}

/** Loads `url` and waits for the first "highlights applied" signal. */
let loadCount = 0;
async function measureLoad(session, pageUrl, { backgroundTimes = false } = {}) {
  // A query unique to this load: the probe must not read the previous page,
  // which can still be current when the navigation command returns.
  const url = `${pageUrl}?load=${loadCount++}&claimlens-test-no-attribute`;
  await session.navigate(url);
  const ready = (href) => (location.href === href && window.__bench?.painted[0] !== undefined ? true : null);
  await waitFor(`highlights on ${url}`, async () => (await session.execute(ready, url)) ?? undefined, {
    timeoutMs: 120_000,
  });
  await sleep(300); // let the last long tasks be reported
  if (backgroundTimes) {
    // The test build marks what its background did when, once its first pass is done (content.js).
    const marked = () => (performance.getEntriesByName('claimlens:bg-times').length > 0 ? true : null);
    await waitFor('the background\'s times', async () => (await session.execute(marked)) ?? undefined, { timeoutMs: 10_000 });
  }
  return session.execute((trace) => {
    const b = window.__bench;
    if (!b.done[0]) return { error: JSON.stringify({ url: location.href, b }).slice(0, 500) };
    const [doneAt, spans] = b.done[0];
    const paintedAt = b.painted[0];
    const tasks = b.longtasks.filter(([start]) => start <= doneAt);
    const tasksToPaint = b.longtasks.filter(([start]) => start <= paintedAt);
    // The tool's own working time: from its first step (ClaimLens test builds
    // leave claimlens:* performance marks; mark.js starts at DOMContentLoaded)
    // to done. Tasks overlapping it are the ones a reader could blame on it,
    // the page's own parsing and first layout before it excluded.
    // On a large page ClaimLens also reads one slice at DOMContentLoaded,
    // inside the page's own task that then lays the page out: its working
    // time starts after that first frame (claimlens:first-frame), and the
    // slice is reported on its own (claimlens:before-layout-slice MS).
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('claimlens:'));
    const firstMark = marks.find((m) => m.name === 'claimlens:first-frame') ?? marks[0];
    const workStart = firstMark?.startTime ?? b.dcl;
    const slice = marks.find((m) => m.name.startsWith('claimlens:before-layout-slice '));
    const working = ([start, duration]) => start + duration > workStart;
    // Long-task figures are null where the browser has no long-task entries (Firefox).
    const longest = (list) => (b.longtasksSeen ? Math.max(0, ...list.map(([, d]) => d)) : null);
    const blocking = (list) => (b.longtasksSeen ? list.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0) : null);
    // When each step happened, in ms from DOMContentLoaded: the page's own
    // (navigation, the HTML's first and last byte), the test build's
    // claimlens:* marks and its background's ("bg NAME"), the first of each
    // name (without its count).
    const [nav] = performance.getEntriesByType('navigation');
    const steps = { navigation: -b.dcl, 'first byte': nav ? nav.responseStart - b.dcl : null, 'last byte': nav ? nav.responseEnd - b.dcl : null };
    for (const m of marks) {
      const name = m.name.slice('claimlens:'.length).replace(/ [\d.]+$/, '');
      steps[name] = Math.min(steps[name] ?? Infinity, m.startTime - b.dcl);
    }
    steps.done = doneAt - b.dcl;
    steps.painted = paintedAt - b.dcl;
    return {
      steps,
      paintedMs: paintedAt - b.dcl,
      paintedLongestTaskMs: longest(tasksToPaint.filter(working)),
      // Every task from navigation to painted, the page's own included: set
      // against the page alone's, they tell the page's tasks from the tool's.
      paintedAllLongestTaskMs: longest(tasksToPaint),
      paintedTotalBlockingMs: blocking(tasksToPaint),
      beforeLayoutSliceMs: slice ? Number(slice.name.split(' ')[1]) : null,
      highlightMs: doneAt - b.dcl,
      dclMs: b.dcl,
      spans,
      longestTaskMs: longest(tasks),
      workLongestTaskMs: longest(tasks.filter(working)),
      totalBlockingMs: blocking(tasks),
      heapBytes: performance.memory?.usedJSHeapSize ?? null,
      // BENCH_TRACE: what happened when, in ms from DOMContentLoaded.
      ...(trace
        ? {
            trace: [
              ...performance.getEntriesByType('mark').map((m) => [m.startTime - b.dcl, m.name]),
              ...b.longtasks.map(([start, d]) => [start - b.dcl, `longtask ${d.toFixed(0)} ms`]),
              ...b.frames.map(([start, what]) => [start - b.dcl, what]),
              [doneAt - b.dcl, 'done'],
              [paintedAt - b.dcl, 'painted'],
            ].sort((x, y) => x[0] - y[0]),
          }
        : {}),
    };
  }, Boolean(process.env.BENCH_TRACE));
}

/** Appends paragraphs to the loaded page and waits until highlighting settles. */
async function measureAppend(session, paragraphs) {
  const before = await session.execute((texts) => {
    const b = window.__bench;
    b.doneBefore = b.done.length;
    b.spansBefore = b.done[b.done.length - 1][1];
    b.appendAt = performance.now();
    const article = document.querySelector('article');
    for (const text of texts) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    return b.doneBefore;
  }, paragraphs);
  await waitFor('highlights of the appended text', async () => (await session.execute((n) => (window.__bench.done.length > n ? true : null), before)) ?? undefined, {
    timeoutMs: 30_000,
  });
  // Settled: no new signal for 500 ms (a burst may be spread over frames).
  let count = -1;
  for (;;) {
    const now = await session.execute(() => window.__bench.done.length);
    if (now === count) break;
    count = now;
    await sleep(500);
  }
  return session.execute(() => {
    const b = window.__bench;
    const after = b.done.slice(b.doneBefore);
    const [lastAt, spans] = after[after.length - 1];
    // What was sent to the engine since the append (test-build marks "claimlens:send N").
    const rescannedUnits = performance
      .getEntriesByType('mark')
      .filter((m) => m.startTime >= b.appendAt && m.name.startsWith('claimlens:send '))
      .reduce((sum, m) => sum + Number(m.name.split(' ')[1]), 0);
    return { appendMs: lastAt - b.appendAt, updates: after.length, spansAdded: spans - b.spansBefore, rescannedUnits };
  });
}

/** "label N ms" for each figure the browser gave (null: not exposed, left out), comma-separated. */
const figures = (...pairs) =>
  pairs
    .filter(([, x]) => x !== null && x !== undefined)
    .map(([label, x]) => `${label} ${x.toFixed(0)} ms`)
    .join(', ');

/** Prints one page's medians. */
function printResult(result) {
  const name = result.page.padEnd(10);
  const indent = ''.padEnd(10);
  const { claimlens: c, mark: m, alone: a, append } = result;
  for (const failure of result.failures) console.log(`${name} not measured: ${failure}`);
  const within = (text) => (text ? ` (${text})` : '');
  if (c) {
    console.log(
      `${name} painted: claimlens ${c.paintedMs.toFixed(0)} ms` +
        within(figures(['longest task while working', c.paintedLongestTaskMs], ['slice before layout', c.beforeLayoutSliceMs])) +
        (m ? ` · mark.js ${m.paintedMs.toFixed(0)} ms${within(figures(['longest task while working', m.paintedLongestTaskMs]))} · ratio ${result.paintedRatio.toFixed(2)}` : ''),
    );
    const heap = c.heapBytes === null ? '' : `, heap ${(c.heapBytes / 2 ** 20).toFixed(1)} MiB`;
    console.log(
      `${indent} script done: claimlens ${c.highlightMs.toFixed(0)} ms` +
        ` (${[figures(['longest task', c.longestTaskMs], ['while working', c.workLongestTaskMs], ['TBT', c.totalBlockingMs]), `${c.spans} spans${heap}`].filter(Boolean).join(', ')})` +
        (m ? ` · mark.js ${m.highlightMs.toFixed(0)} ms (${[figures(['longest task', m.longestTaskMs], ['while working', m.workLongestTaskMs]), `${m.spans} marks`].filter(Boolean).join(', ')}) · ratio ${result.ratio.toFixed(2)}` : ''),
    );
  }
  if (a) {
    const all = (label, f) => (f && f.paintedAllLongestTaskMs !== null ? `; ${label}: ${figures(['longest task', f.paintedAllLongestTaskMs], ['TBT', f.paintedTotalBlockingMs])}` : '');
    console.log(
      `${indent} page alone: first frame ${a.paintedMs.toFixed(0)} ms after DOMContentLoaded` +
        within(figures(['navigation → first frame: longest task', a.paintedAllLongestTaskMs], ['TBT', a.paintedTotalBlockingMs])) +
        all('navigation → painted with claimlens', c) +
        all('with mark.js', m),
    );
  }
  if (result.cold) {
    const cold = result.cold;
    console.log(`${indent} cold background: claimlens script done ${cold.highlightMs.toFixed(0)} ms, painted ${cold.paintedMs.toFixed(0)} ms${within(figures(['longest task while working', cold.paintedLongestTaskMs]))}`);
    printSteps(indent, cold.steps);
  }
  if (result.coldStreamed) {
    const cold = result.coldStreamed;
    const parse = cold.steps ? ` (HTML first byte ${(-cold.steps['first byte']).toFixed(0)} ms before DOMContentLoaded)` : '';
    console.log(`${indent} cold background, page streamed${parse}: claimlens script done ${cold.highlightMs.toFixed(0)} ms, painted ${cold.paintedMs.toFixed(0)} ms${within(figures(['longest task while working', cold.paintedLongestTaskMs]))}`);
    printSteps(indent, cold.steps);
  }
  if (append) {
    console.log(`${indent} append ${APPENDED_PARAGRAPHS} paragraphs: ${append.appendMs.toFixed(0)} ms, ${append.updates} updates, +${append.spansAdded} spans, ${append.rescannedUnits} UTF-16 units rescanned`);
  }
}

/** The medians of a list of figures, key by key (objects of figures: the same inside). */
const summary = (list) => {
  if (list.length === 0) return null;
  const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    keys.map((key) => {
      const values = list.map((r) => r[key]);
      const nested = values.some((v) => v !== null && typeof v === 'object');
      return [key, nested ? summary(values.filter((v) => v !== null && typeof v === 'object')) : median(values)];
    }),
  );
};

/**
 * What a cold load's time went to (medians, ms from DOMContentLoaded; bg:
 * the extension's background, on its clock): the background's start, its
 * engine's, its first scan, the answer's way back and the highlighting.
 */
function printSteps(indent, steps) {
  if (!steps) return;
  const order = Object.entries(steps)
    .filter(([, at]) => at !== null && Number.isFinite(at))
    .sort((a, b) => a[1] - b[1]);
  console.log(`${indent}   steps (median ms from DOMContentLoaded): ${order.map(([name, at]) => `${name} ${at.toFixed(0)}`).join(', ')}`);
  const gap = (from, to) => (steps[from] != null && steps[to] != null ? (steps[to] - steps[from]).toFixed(0) : '?');
  console.log(
    `${indent}   background: started ${gap('start-sent', 'bg origin')} ms after the content script asked, its script ${gap('bg origin', 'bg script')} ms later; ` +
      (steps['bg wasm compiled'] != null
        ? `wasm compiled (Firefox: the bytes in a module) ${gap('bg script', 'bg wasm compiled')}, + instantiate ${gap('bg script', 'bg engine')}; `
        : `wasm fetch ${gap('bg script', 'bg wasm fetched')} (response), + compile + instantiate ${gap('bg script', 'bg engine')}; `) +
      `its load event ${gap('bg script', 'bg load')} (Firefox's event page); warm-up scan (tables) ${gap('bg warm-up', 'bg warm-up-end')}; ` +
      `first page scan ${gap('bg scan', 'bg scan-end')} (asked ${gap('bg received scan', 'bg scan')} before it ran); ` +
      `answer to the page ${gap('bg scan-end', 'report')}; highlighting ${gap('report', 'done')}; painted ${gap('done', 'painted')} later`,
  );
  // The first scan in the content script (content/local.js), when the background was cold at DOMContentLoaded.
  if (steps['local-start'] != null) {
    console.log(
      `${indent}   local first scan: started ${gap('navigation', 'local-start')} ms after navigation (DOMContentLoaded ${(-steps.navigation).toFixed(0)}); ` +
        `settings from storage ${gap('local-start', 'local-settings')}; compile asked at ${gap('start-sent', 'local-compile')} ms from the settings request, engine ready ${gap('local-compile', 'local-ready')} later; ` +
        `first warm-up scan ${gap('local-warm-up', 'local-warm-up-end')}; scan ${gap('local-scan', 'local-scan-end')}; highlighting ${gap('local-scan-end', 'done')}` +
        (steps['local-refused'] != null ? `; REFUSED at ${steps['local-refused'].toFixed(0)}` : ''),
    );
  }
}

async function main() {
  const out = process.argv[2] || join(ROOT, 'build', 'bench', 'pages.json');
  const runs = Number(process.argv[3] || 5);
  // BENCH_BROWSER=firefox: the Firefox test add-on (installed as temporary) instead of Chromium.
  const browserName = process.env.BENCH_BROWSER || 'chromium';
  if (!['chromium', 'firefox'].includes(browserName)) throw new Error(`BENCH_BROWSER: chromium or firefox, not ${browserName}`);
  const claimlensFiles = new Map();
  // mark.js and the page alone are served from 127.0.0.2, where the extension does not run.
  const otherFiles = new Map([['/mark.min.js', MARK_JS]]);
  const appended = generate('en', 64 << 10)
    .split('\n\n')
    .filter((p) => p.trim())
    .slice(0, APPENDED_PARAGRAPHS);
  const only = process.env.BENCH_PAGES?.split(',');
  // BENCH_CLAIMLENS_ONLY=1: no mark.js or page-alone loads (A/B runs of two ClaimLens builds).
  const claimlensOnly = Boolean(process.env.BENCH_CLAIMLENS_ONLY);
  const pages = only ? PAGES.filter((p) => only.includes(p.name)) : PAGES;
  for (const page of pages) {
    const text = generate(page.lang, page.size);
    const title = `ClaimLens benchmark ${page.name}`;
    const words = await engineWords(text);
    page.words = words.length;
    page.bytes = Buffer.byteLength(text);
    claimlensFiles.set(`/${page.name}.html`, pageHtml(text, { title, tool: 'claimlens' }));
    otherFiles.set(`/${page.name}.html`, pageHtml(text, { title, tool: 'mark', words }));
    otherFiles.set(`/${page.name}-alone.html`, pageHtml(text, { title, tool: 'alone' }));
    if (COLD_PAGES.includes(page.name)) claimlensFiles.set(`/${page.name}-streamed.html`, streamed(pageHtml(text, { title, tool: 'claimlens' })));
  }
  const claimlensServer = await serve('127.0.0.1', claimlensFiles);
  const otherServer = await serve('127.0.0.2', otherFiles);
  const traceDir = browserName === 'chromium' ? process.env.BENCH_CHROME_TRACE : undefined;
  const debugPort = traceDir ? await freePort() : null;
  const browser =
    browserName === 'firefox'
      ? await launchFirefox()
      : await launchChromium({ extraArgs: debugPort ? [`--remote-debugging-port=${debugPort}`] : [] });
  const cdp = debugPort ? await chromeTrace.connect(debugPort) : null;
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  /** One load of `url`, traced when asked (BENCH_CHROME_TRACE) and `traced`, the trace saved as NAME.json. */
  const load = async (url, name, traced, options = {}) => {
    if (!cdp || !traced) return measureLoad(browser.session, url, options);
    const trace = await chromeTrace.startTrace(cdp);
    const figure = await measureLoad(browser.session, url, options);
    const events = await trace.stop();
    const file = join(traceDir, `${name}.json`);
    chromeTrace.save(file, events);
    const { marks = [], tasks = [], totals = [], worker = [], error } = chromeTrace.longTasks(events);
    console.log(`${name}: trace ${file}${error ? ` (${error})` : ''}`);
    const timeline = [
      ...marks.map(([at, name]) => [at, name]),
      ...tasks.map((t) => [t.at, `task ${t.ms.toFixed(0)} ms CPU (${t.wallMs.toFixed(0)} wall): ${t.selfMs.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`]),
    ].sort((a, b) => a[0] - b[0]);
    for (const [at, what] of timeline) console.log(`  ${at.toFixed(0).padStart(6)}  ${what}`);
    console.log(`  main thread from DOMContentLoaded, CPU ms by event (self): ${totals.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
    console.log('  service worker tasks:');
    for (const t of worker) console.log(`  ${t.at.toFixed(0).padStart(6)}  ${t.ms.toFixed(0)} ms CPU (${t.wallMs.toFixed(0)} wall): ${t.selfMs.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
    return figure;
  };
  const claimlensLoad = (page, run) => load(`${claimlensServer.origin}/${page.name}.html`, `${page.name}-${run}`, true);
  /**
   * A ClaimLens load with the extension's background stopped first, so that
   * its start, the wasm instantiate and the engine's start-up and first scan
   * are in the figure: what a reader meets when the browser has let the
   * background go idle (Chromium: 30 s without events; Firefox: 30 s,
   * extensions.background.idle.timeout).
   * Chromium: the service worker is stopped through the DevTools protocol
   * (ServiceWorker.stopAllWorkers, by chromedriver's /goog/cdp/execute).
   * Firefox: a second browser whose event pages go idle after
   * FIREFOX_COLD_IDLE_MS, loaded when three times that has passed.
   */
  let coldFirefox = null;
  const coldLoad = (suffix) => async (page, run) => {
    const url = `${claimlensServer.origin}/${page.name}${suffix}.html`;
    if (browserName === 'firefox') {
      if (!coldFirefox) {
        coldFirefox = await launchFirefox({ extraPrefs: { 'extensions.background.idle.timeout': FIREFOX_COLD_IDLE_MS } });
        await measureLoad(coldFirefox.session, url); // the add-on's first start ever is another matter
      }
      await sleep(3 * FIREFOX_COLD_IDLE_MS);
      return measureLoad(coldFirefox.session, url, { backgroundTimes: true });
    }
    // A reader's cold page comes after pages from other sites, not right
    // after a cold page whose content script compiled the engine in the same
    // renderer: back to back, V8 seemed to reuse that compiled module (first
    // scan 6-36 ms against 37-73 ms after another site's page, 2026-11-27).
    await browser.session.navigate(`${otherServer.origin}/${page.name}-alone.html`);
    const cdp = (cmd, params = {}) => browser.session.command('POST', '/goog/cdp/execute', { cmd, params });
    const workers = async () =>
      (await cdp('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    await cdp('ServiceWorker.enable');
    await cdp('ServiceWorker.stopAllWorkers');
    await waitFor('the extension\'s service worker to stop', async () => ((await workers()).length === 0 ? true : undefined), { timeoutMs: 5_000 });
    return load(url, `${page.name}${suffix}-cold-${run}`, true, { backgroundTimes: true });
  };
  // What is loaded each run, in this order: mark.js first (a tab that
  // ClaimLens froze must not cost mark.js its run), the page alone,
  // ClaimLens, ClaimLens with a cold background (COLD_PAGES).
  // Traced (BENCH_CHROME_TRACE): ClaimLens and the page alone, not mark.js.
  const otherLoad = (suffix, traced) => (page, run) =>
    load(`${otherServer.origin}/${page.name}${suffix}.html`, `${page.name}${suffix}-${run}`, traced);
  // BENCH_COLD_ONLY=1: only the two cold rows (A/B runs of the cold start).
  const coldOnly = Boolean(process.env.BENCH_COLD_ONLY);
  const tools = [
    ...(claimlensOnly || coldOnly ? [] : [{ key: 'mark', load: otherLoad('', false) }, { key: 'alone', load: otherLoad('-alone', true) }]),
    ...(coldOnly ? [] : [{ key: 'claimlens', load: claimlensLoad }]),
    ...(claimlensOnly
      ? []
      : [
          { key: 'cold', load: coldLoad(''), pages: COLD_PAGES },
          { key: 'coldStreamed', load: coldLoad('-streamed'), pages: COLD_PAGES },
        ]),
  ];
  if (browserName === 'firefox') console.log('firefox: no long-task entries (PerformanceObserver "longtask") and no performance.memory: longest task, TBT and JS heap not exposed');
  const results = [];
  try {
    // One warm-up load: the extension's first start (service worker, wasm
    // compile) is not what a reader meets on the second article.
    await measureLoad(browser.session, `${claimlensServer.origin}/${pages[0].name}.html`);
    for (const page of pages) {
      const figures = { claimlens: [], mark: [], alone: [], cold: [], coldStreamed: [], append: [] };
      const failures = [];
      // A measurement that fails (a tab frozen past the WebDriver timeouts)
      // is reported, and that tool is not measured again on this page.
      const attempt = async (key, measure) => {
        const list = figures[key];
        if (list.failed) return;
        try {
          const figure = await measure();
          if (figure.error) throw new Error(figure.error);
          if (figure.trace) {
            console.log(`${page.name} ${key} trace (ms from DOMContentLoaded):`);
            for (const [at, what] of figure.trace) console.log(`  ${at.toFixed(0).padStart(6)}  ${what}`);
            delete figure.trace;
          }
          list.push(figure);
        } catch (error) {
          list.failed = true;
          failures.push(`${key}: ${error.message.split('\n')[0].slice(0, 200)}`);
          await browser.session.navigate('about:blank').catch(() => {});
        }
      };
      for (let i = 0; i < runs; i++) {
        for (const tool of tools) {
          if (!tool.pages || tool.pages.includes(page.name)) await attempt(tool.key, () => tool.load(page, i));
        }
        if (page.name === 'long-1m' && !figures.claimlens.failed) {
          await attempt('append', () => measureAppend(browser.session, appended));
        }
        // Pages that take tens of seconds are measured once.
        const slowest = Math.max(0, ...figures.claimlens.map((f) => f.highlightMs), ...figures.mark.map((f) => f.highlightMs));
        if (slowest > SLOW_PAGE_MS) break;
      }
      const result = {
        page: page.name,
        bytes: page.bytes,
        words: page.words,
        runs: Math.max(figures.claimlens.length, figures.mark.length),
        failures,
        claimlens: summary(figures.claimlens),
        mark: summary(figures.mark),
        alone: summary(figures.alone),
        cold: summary(figures.cold),
        coldStreamed: summary(figures.coldStreamed),
        // Each cold load's steps (the medians above are step by step, not one load's).
        coldSteps: figures.cold.map((f) => f.steps),
        coldStreamedSteps: figures.coldStreamed.map((f) => f.steps),
        append: summary(figures.append),
      };
      result.ratio = result.claimlens && result.mark ? result.claimlens.highlightMs / result.mark.highlightMs : null;
      result.paintedRatio = result.claimlens && result.mark ? result.claimlens.paintedMs / result.mark.paintedMs : null;
      results.push(result);
      printResult(result);
    }
  } finally {
    cdp?.close();
    await coldFirefox?.stop();
    await browser.stop();
    await claimlensServer.close();
    await otherServer.close();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ browser: browserName, appendedParagraphs: APPENDED_PARAGRAPHS, streamMs: STREAM_MS, results }, null, 2));
}

await main();
