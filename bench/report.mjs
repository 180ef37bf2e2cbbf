// Writes the benchmark report (Markdown) from the figures bench/run.sh
// collected in one folder:
//   engine.txt          `cargo bench --bench engine` output (divan)
//   wasm.json           bench/wasm.mjs (Node)
//   wasm-chromium.json  bench/wasm-browser.mjs
//   pages.json          bench/pages.mjs (Chromium)
//   pages-firefox.json  BENCH_BROWSER=firefox bench/pages.mjs
//   size.json           bench/size.mjs
//
//   node bench/report.mjs build/bench > build/bench/report.md
//
// A missing file gives a "not measured" line, never a failure.

import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchTexts, fnv1a } from './texts.mjs';

const dir = process.argv[2] || 'build/bench';
const read = (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);
const json = (name) => {
  const text = read(name);
  return text ? JSON.parse(text) : null;
};
const sh = (command) => {
  try {
    return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'n/a';
  }
};
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const num = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : Number(x).toFixed(digits));
const kib = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`);
// Sizes against the budget: decimal kB as issue 6 states it, with the exact bytes.
const kbAndBytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB (${bytes.toLocaleString('en-US')} bytes)`;
const mib = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);

/**
 * Reads divan's table: one entry per benchmark with its path (group names),
 * times, throughput and allocation figures (as divan prints them).
 */
export function parseDivan(text) {
  const entries = [];
  const path = [];
  let current = null;
  let label = null;
  let labelLine = 0;
  for (const line of text.split('\n')) {
    const cells = line.split('│');
    if (cells.length < 6) continue;
    const columns = cells.slice(-6).map((c) => c.trim());
    const first = columns[0];
    const row = first.match(/[├╰]─ (\S+)\s*(.*)$/);
    if (row) {
      const depth = line.search(/[├╰]─/);
      while (path.length && path[path.length - 1].depth >= depth) path.pop();
      if (!row[2]) {
        path.push({ depth, name: row[1] });
        current = null;
        continue;
      }
      current = {
        name: [...path.map((p) => p.name), row[1]].join('/'),
        fastest: row[2],
        median: columns[2],
        samples: columns[4],
        iters: columns[5],
      };
      entries.push(current);
      label = null;
      continue;
    }
    if (!current) continue;
    if (/\/s$/.test(first)) {
      current.throughputFastest = first;
      current.throughputMedian = columns[2];
    } else if (/^[a-z ]+:$/.test(first)) {
      label = first.slice(0, -1);
      labelLine = 0;
    } else if (label) {
      labelLine += 1;
      current[`${label} ${labelLine === 1 ? 'count' : 'bytes'}`] = columns[2];
      if (labelLine === 2) label = null;
    }
  }
  return entries;
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'n/a';
  return table(
    ['what', 'value'],
    [
      ['date (UTC)', new Date().toISOString().replace('T', ' ').slice(0, 16)],
      ['git', sh('git rev-parse --short HEAD')],
      ['CPU', `${cpu}, nproc ${sh('nproc')}`],
      ['load average at report time', sh("cut -d' ' -f1-3 /proc/loadavg")],
      ['rustc', sh('rustc --version')],
      ['node', process.version],
      ['chromium', sh('/usr/bin/chromium --version')],
      ['firefox', sh(`${process.env.FIREFOX ?? '/usr/bin/firefox-esr'} --version`)],
    ],
  );
}

function engineSection() {
  const text = read('engine.txt');
  if (!text) return 'Native engine: not measured.';
  const entries = parseDivan(text);
  const hashes = new Map([...text.matchAll(/^text (\S+): (\d+) bytes, fnv1a (\w+)/gm)].map((m) => [m[1], m[3]]));
  const mine = new Map(benchTexts().map((t) => [t.name, fnv1a(t.text)]));
  const same = [...mine].every(([name, hash]) => hashes.get(name) === hash);
  const scans = entries.filter((e) => e.name.startsWith('scan/'));
  const stages = entries.filter((e) => e.name.startsWith('stages/'));
  const rows = (list) =>
    list.map((e) => [
      e.name.replace(/^(scan|stages)\//, ''),
      e.fastest,
      e.median,
      e.throughputFastest ?? 'n/a',
      e.throughputMedian ?? 'n/a',
      e['alloc count'] ?? 'n/a',
      e['alloc bytes'] ?? 'n/a',
      e['max alloc bytes'] ?? 'n/a',
    ]);
  const head = ['text', 'fastest', 'median', 'MB/s (fastest)', 'MB/s (median)', 'allocations/scan', 'bytes allocated/scan', 'peak live bytes'];
  return [
    '## Engine, native (`cargo bench --bench engine`, one core)',
    '',
    'Target: ≥ 30 MB/s. The machine is shared, so the fastest sample is the best estimate of the engine\'s own cost; the median shows the noise.',
    '',
    table(head, rows(scans)),
    '',
    'Stages of `scan` on the 1 MB texts (each with the previous stages\' output ready):',
    '',
    table(head.map((h) => (h === 'text' ? 'stage/text' : h)), rows(stages)),
    '',
    ...(read('instructions.txt')
      ? ['Instructions per warm scan (`bench/instructions.sh fr-1m`, callgrind; independent of the machine\'s load):', '', '```', read('instructions.txt').trim(), '```', '']
      : []),
    `Input check: the wasm and page benchmarks generated ${same ? 'byte-identical texts (same FNV-1a hashes)' : 'DIFFERENT texts (FNV-1a mismatch: fix bench/texts.mjs or benches/corpus.rs)'}.`,
  ].join('\n');
}

function wasmSection(file, title) {
  const data = json(file);
  if (!data) return `${title}: not measured.`;
  return [
    title,
    '',
    `Module: compile ${num(data.compileMs)} ms, instantiate ${num(data.instantiateMs, 2)} ms (median of 5). Target: ≥ 15 MB/s.`,
    '',
    table(
      ['text', 'bytes', 'ms/scan (median)', 'MB/s', 'first scan ms (new instance)', 'runs', 'linear memory after the scan'],
      data.cases.map((c) => [
        c.name.replace(/\.txt$/, ''), c.bytes, num(c.msPerScan), num(c.mbPerSec, 2),
        c.firstScanMs === undefined ? '—' : num(c.firstScanMs), c.runs, mib(c.memoryBytes),
      ]),
    ),
  ].join('\n');
}

/**
 * The rows of a table whose columns are [head, value(result), needs]: a
 * column whose `needs` figure the browser never gave (Firefox: long tasks,
 * JS heap) is left out rather than shown as zeros.
 */
function columnTable(results, columns, exposed) {
  const shown = columns.filter(([, , needs]) => !needs || exposed(needs));
  return table(
    shown.map(([head]) => head),
    results.map((r) => shown.map(([, value]) => value(r))),
  );
}

/** `pages.json` (Chromium) or `pages-firefox.json`, as written by bench/pages.mjs. */
function pagesSection(file, browser) {
  const data = json(file);
  const heading = `## Pages in headless ${browser} (\`${browser === 'Firefox' ? 'BENCH_BROWSER=firefox ' : ''}bench/pages.mjs\`)`;
  if (!data) return `${heading}\n\nNot measured.`;
  const results = data.results;
  const exposed = (key) => results.some((r) => ['claimlens', 'mark', 'alone'].some((tool) => r[tool]?.[key] != null));
  const page = ['page', (r) => `${r.page} (${kib(r.bytes)})`];
  const pageTable = (columns, rows = results) => columnTable(rows, [page, ...columns], exposed);
  const ms = (tool, key) => (r) => num(r[tool]?.[key], 0);
  const notExposed = [
    ...(exposed('longestTaskMs') ? [] : ['long tasks (no `longtask` entries for `PerformanceObserver`: longest task and TBT)']),
    ...(exposed('heapBytes') ? [] : ['the JS heap (no `performance.memory`)']),
  ];
  const append = results
    .filter((r) => r.append)
    .map((r) => [r.page, num(r.append.appendMs, 0), r.append.updates, r.append.spansAdded, r.append.rescannedUnits ?? 'n/a']);
  return [
    heading,
    '',
    `Median of ${results[0]?.runs ?? '?'} loads, both tools in the same run, the same words highlighted (mark.js gets the engine's distinct span texts as one regular expression).` +
      (notExposed.length ? ` ${browser} does not expose ${notExposed.join(' or ')} to the page: those columns are left out, not measured.` : ''),
    '',
    `**Highlights painted** (the user-visible end, the same for both tools): DOMContentLoaded → the end of the first rendering update (style, layout, paint on the main thread) after the tool's last change, taken as a task queued from the next animation frame's callback. mark.js changes the DOM synchronously at DOMContentLoaded, so its figure includes laying out the page with its marks; ClaimLens's includes the page's own first layout, which it waits for. Longest task: the longest task from the tool's start (ClaimLens: after the page's first frame; mark.js: DOMContentLoaded) to painted. Slice before layout: on a large page ClaimLens reads one slice of text at DOMContentLoaded, inside the page's own task that then lays the page out (self-timed by the test build).`,
    '',
    pageTable([
      ['ClaimLens ms', ms('claimlens', 'paintedMs')],
      ['ClaimLens longest task ms', ms('claimlens', 'paintedLongestTaskMs'), 'longestTaskMs'],
      ['ClaimLens slice before layout ms', ms('claimlens', 'beforeLayoutSliceMs')],
      ['mark.js ms', ms('mark', 'paintedMs')],
      ['mark.js longest task ms', ms('mark', 'paintedLongestTaskMs'), 'longestTaskMs'],
      ['ClaimLens ÷ mark.js', (r) => num(r.paintedRatio, 2)],
    ]),
    '',
    `**Script done** (the older figure): highlight ms: DOMContentLoaded → the tool says it is done (ClaimLens: the test build's \`claimlens:done N\` performance mark after its last highlight is registered; mark.js: its \`done\` callback, before the browser has laid out or painted any mark). Longest task and TBT from \`PerformanceObserver\` long tasks up to that point (the page's own parsing included, for both tools); "while working": only the tasks overlapping the tool's own work, from its first step (ClaimLens: the test build's \`claimlens:first-frame\` mark, or its first \`claimlens:*\` mark on a page read after layout; mark.js: DOMContentLoaded) to done, which leaves out the page's parsing, and its first layout when that comes before. Heap: the page's JS heap (the engine runs in the background). Targets: 5 KB ≤ 50 ms; 5 MB: no task > 50 ms, ≤ 1.5 s, faster than mark.js.`,
    '',
    pageTable([
      ['ClaimLens ms', ms('claimlens', 'highlightMs')],
      ['longest task ms', ms('claimlens', 'longestTaskMs'), 'longestTaskMs'],
      ['longest task while working ms', ms('claimlens', 'workLongestTaskMs'), 'longestTaskMs'],
      ['TBT ms', ms('claimlens', 'totalBlockingMs'), 'longestTaskMs'],
      ['JS heap', (r) => mib(r.claimlens?.heapBytes), 'heapBytes'],
      ['spans', (r) => r.claimlens?.spans ?? 'n/a'],
      ['mark.js ms', ms('mark', 'highlightMs')],
      ['mark.js longest task ms', ms('mark', 'longestTaskMs'), 'longestTaskMs'],
      ['mark.js longest task while working ms', ms('mark', 'workLongestTaskMs'), 'longestTaskMs'],
      ['marks', (r) => r.mark?.spans ?? 'n/a'],
      ['ClaimLens ÷ mark.js', (r) => num(r.ratio, 2)],
    ]),
    ...results.flatMap((r) => (r.failures ?? []).map((f) => `- ${r.page}: not measured: ${f}`)),
    '',
    `**Page alone** (no tool: the same page from 127.0.0.2, where the extension does not run, in the same run): DOMContentLoaded from the navigation's start, then first frame: DOMContentLoaded → the end of the page's first rendering update.` +
      (exposed('longestTaskMs')
        ? ' Longest task and TBT of every task from navigation to that frame (parsing, style, layout, paint), and of every task from navigation to painted with each tool: a long task both have is the page\'s own.'
        : ''),
    '',
    pageTable([
      ['page alone: DOMContentLoaded ms from navigation', ms('alone', 'dclMs')],
      ['page alone: first frame ms', ms('alone', 'paintedMs')],
      ['page alone: longest task ms', ms('alone', 'paintedAllLongestTaskMs'), 'longestTaskMs'],
      ['page alone: TBT ms', ms('alone', 'paintedTotalBlockingMs'), 'longestTaskMs'],
      ['with ClaimLens: longest task ms', ms('claimlens', 'paintedAllLongestTaskMs'), 'longestTaskMs'],
      ['with ClaimLens: TBT ms', ms('claimlens', 'paintedTotalBlockingMs'), 'longestTaskMs'],
      ['with mark.js: longest task ms', ms('mark', 'paintedAllLongestTaskMs'), 'longestTaskMs'],
      ['with mark.js: TBT ms', ms('mark', 'paintedTotalBlockingMs'), 'longestTaskMs'],
    ]),
    ...(results.some((r) => r.cold)
      ? [
          '',
          `**Cold background**: ClaimLens loaded right after its background was stopped (${
            browser === 'Firefox'
              ? 'the event page, suspended by a second Firefox whose `extensions.background.idle.timeout` is 1 s, loaded 3 s after the last load'
              : 'the service worker, by DevTools `ServiceWorker.stopAllWorkers`'
          }), so the background\'s start, the wasm instantiate and the engine\'s start-up and first scan are in the figure (a background the browser let go idle); warm: the rows above. Served at once, the worst case; streamed: the page\'s HTML delivered as a site does, its head at once and its body over ${data.streamMs ?? 300} ms (bench/pages.mjs STREAM_MS), so that the page\'s own loading hides part of the start.`,
          '',
          pageTable([
            ['cold: script done ms', ms('cold', 'highlightMs')],
            ['cold: painted ms', ms('cold', 'paintedMs')],
            ['cold: longest task while working ms', ms('cold', 'paintedLongestTaskMs'), 'longestTaskMs'],
            ['cold, streamed: script done ms', ms('coldStreamed', 'highlightMs')],
            ['cold, streamed: painted ms', ms('coldStreamed', 'paintedMs')],
            ['warm: script done ms', ms('claimlens', 'highlightMs')],
            ['warm: painted ms', ms('claimlens', 'paintedMs')],
          ], results.filter((r) => r.cold)),
        ]
      : []),
    '',
    `Incremental: ${data.appendedParagraphs} paragraphs appended to the loaded page; time from the append to the last highlight update (target ≤ 100 ms). Only the appended blocks are rescanned (content.js flush: changed blocks, ≤ 200 per frame).`,
    '',
    table(['page', 'ms', 'highlight updates', 'spans added', 'UTF-16 units rescanned'], append),
  ].join('\n');
}

function sizeSection() {
  const data = json('size.json');
  if (!data) return '## Download size\n\nNot measured.';
  return [
    '## Download size (`node bench/size.mjs`)',
    '',
    table(
      ['file', 'raw', 'gzip -9', 'gzip budget', 'left', 'within budget'],
      data.map((f) => [
        f.path,
        kbAndBytes(f.raw),
        kbAndBytes(f.gzip),
        f.gzipBudget ? kbAndBytes(f.gzipBudget) : '—',
        f.gzipBudget ? `${(f.gzipBudget - f.gzip).toLocaleString('en-US')} bytes` : '—',
        f.gzipBudget ? (f.ok ? 'yes' : '**no**') : '—',
      ]),
    ),
  ].join('\n');
}

console.log(
  [
    '# ClaimLens benchmark report',
    '',
    'Written by `bench/run.sh`. Figures only: nothing here is a pass/fail test, except the size budget in the build.',
    '',
    machine(),
    '',
    engineSection(),
    '',
    wasmSection('wasm.json', '## Engine, wasm in Node (`bench/wasm.mjs`)'),
    '',
    wasmSection('wasm-chromium.json', '## Engine, wasm in headless Chromium (`bench/wasm-browser.mjs`, plain page, no extension)'),
    '',
    pagesSection('pages.json', 'Chromium'),
    '',
    pagesSection('pages-firefox.json', 'Firefox'),
    '',
    sizeSection(),
    '',
  ].join('\n'),
);
