// Chrome traces for bench/pages.mjs (BENCH_CHROME_TRACE=DIR): records one
// page load through the DevTools protocol's Tracing domain and says what the
// page's main thread did in each long task, so that a long task is explained
// by what ran in it (style, layout, script, GC, …) rather than guessed from
// totals. The raw trace is saved too (open it in chrome://tracing or the
// DevTools Performance panel).
//
// Task lengths are the thread's CPU time (the trace's `tdur`), not wall
// time: on a loaded machine the OS preempts the page's thread, and a task
// that ran 13 ms of CPU can take 130 ms of wall time; CPU time is what the
// same task costs on an idle machine (roughly: caches and the other core
// are shared).
//
// Needs Node's WebSocket (node --experimental-websocket on Node 20) and a
// Chromium started with --remote-debugging-port.

import { writeFileSync } from 'node:fs';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'blink',
  'loading',
];
// BENCH_CHROME_TRACE_PROFILE=1: also V8's sampling profiler (where script time goes).
if (process.env.BENCH_CHROME_TRACE_PROFILE) CATEGORIES.push('disabled-by-default-v8.cpu_profiler');
// BENCH_CHROME_TRACE_INVALIDATIONS=1: also why style, layout and paint were invalidated (large traces).
if (process.env.BENCH_CHROME_TRACE_INVALIDATIONS) CATEGORIES.push('disabled-by-default-devtools.timeline.invalidationTracking');

/** A DevTools protocol connection to the browser on `port`. */
export async function connect(port) {
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 1;
  const waiting = new Map();
  const listeners = new Map();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    if (message.id !== undefined) {
      const { resolve, reject } = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    } else {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
    }
  };
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  const on = (method, listener) => listeners.set(method, [...(listeners.get(method) ?? []), listener]);
  return { send, on, close: () => socket.close() };
}

/** Starts tracing; `stop()` resolves to the trace's events. */
export async function startTrace(cdp) {
  const events = [];
  let complete;
  const done = new Promise((resolve) => {
    complete = resolve;
  });
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  cdp.on('Tracing.tracingComplete', () => complete());
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/**
 * What the page's main thread did: its long tasks (over `longMs`), each with
 * its time by event name (self time, i.e. not counting nested events); its
 * total time by event name from DOMContentLoaded on; and the tasks of the
 * extension's service worker (where the engine runs). Times in ms from the
 * page's DOMContentLoaded.
 */
export function longTasks(events, { longMs = 50, workerTaskMs = 20 } = {}) {
  // The page's renderer main thread: the one that fired its DOMContentLoaded
  // (the last one in the trace; an earlier one is the initial blank document's).
  const dcls = events.filter((e) => e.name === 'domContentLoadedEventStart');
  const dcl = dcls[dcls.length - 1];
  if (!dcl) return { error: 'no DOMContentLoaded in the trace' };
  const origin = dcl.ts;
  const at = (ts) => (ts - origin) / 1000;
  const threadEvents = (pid, tid) =>
    events
      .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const onThread = threadEvents(dcl.pid, dcl.tid);
  const marks = events
    .filter((e) => e.pid === dcl.pid && String(e.name).startsWith('claimlens:'))
    .map((e) => [at(e.ts), e.name]);
  const page = topTasks(onThread, longMs * 1000);
  const report = page
    .filter((task) => task.cpu >= longMs * 1000)
    .map((task) => ({ at: at(task.ts), ms: task.cpu / 1000, wallMs: task.dur / 1000, selfMs: top(task.self, 8) }));
  const totals = new Map();
  for (const task of page) {
    if (task.ts < origin) continue;
    for (const [name, us] of task.self) totals.set(name, (totals.get(name) ?? 0) + us);
  }
  // The extension's service worker: the worker thread with the most work.
  const workers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread');
  const workerThreads = workers.map((w) => threadEvents(w.pid, w.tid));
  const busiest = workerThreads.sort((a, b) => b.length - a.length)[0] ?? [];
  const worker = topTasks(busiest, workerTaskMs * 1000)
    .filter((task) => task.cpu >= workerTaskMs * 1000 && task.ts >= origin - 5e6)
    .map((task) => ({ at: at(task.ts), ms: task.cpu / 1000, wallMs: task.dur / 1000, selfMs: top(task.self, 3) }));
  return { marks, tasks: report, totals: top(totals, 14), worker };
}

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => [name, us / 1000]);

/** An event's CPU time (µs): its thread duration where the trace has it, else its wall time. */
const cpuOf = (e) => (typeof e.tdur === 'number' ? e.tdur : e.dur);

/**
 * The top-level tasks of one thread's events, each with its wall time
 * (`dur`), CPU time (`cpu`) and CPU self time by event name (only for tasks
 * of at least `detailUs` of CPU; shorter ones count as one "(short tasks)"
 * entry, to keep this fast on traces of millions of events).
 */
function topTasks(onThread, detailUs) {
  const isTask = (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
  const tasks = [];
  let i = 0;
  while (i < onThread.length) {
    const task = onThread[i];
    if (!isTask(task)) {
      i++;
      continue;
    }
    const end = task.ts + task.dur;
    let j = i + 1;
    while (j < onThread.length && onThread[j].ts < end) j++;
    const self = new Map();
    const cpu = cpuOf(task);
    if (cpu < detailUs) {
      self.set('(short tasks)', cpu);
    } else {
      const stack = [{ end, name: '(task)', child: 0, dur: cpu }];
      const close = (upTo) => {
        while (stack.length > 0 && stack[stack.length - 1].end <= upTo) {
          const done = stack.pop();
          self.set(done.name, (self.get(done.name) ?? 0) + Math.max(0, done.dur - done.child));
        }
      };
      for (const e of onThread.slice(i + 1, j)) {
        close(e.ts);
        if (stack.length === 0) break;
        // Nested tasks (a RunTask inside a RunTask) count as what ran in them.
        if (isTask(e)) continue;
        stack[stack.length - 1].child += cpuOf(e);
        stack.push({ end: e.ts + e.dur, name: describe(e), child: 0, dur: cpuOf(e) });
      }
      close(Infinity);
    }
    tasks.push({ ts: task.ts, dur: task.dur, cpu, self });
    i = j;
  }
  return tasks;
}

/** An event's name, with the script for script events and the kind for GC. */
function describe(e) {
  const data = e.args?.data ?? {};
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') {
    const where = data.url ? data.url.replace(/^.*\//, '') : '';
    return `${e.name} ${data.functionName ?? ''} ${where}`.trim();
  }
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame') return e.name;
  return e.name;
}

/**
 * Self time by function (ms, top `n`) of the V8 sampling profiler on the
 * page's main thread between `from` and `to` ms from DOMContentLoaded
 * (traces taken with BENCH_CHROME_TRACE_PROFILE=1).
 */
export function profile(events, { from = -Infinity, to = Infinity, n = 25 } = {}) {
  const dcls = events.filter((e) => e.name === 'domContentLoadedEventStart');
  const dcl = dcls[dcls.length - 1];
  if (!dcl) return [];
  const nodes = new Map();
  const self = new Map();
  // The main thread's profile; its chunks come from the profiler's own thread of the same process.
  const key = (e) => `${e.pid}:${e.id}`;
  const profiles = new Map(
    events.filter((e) => e.name === 'Profile' && e.pid === dcl.pid && e.tid === dcl.tid).map((e) => [key(e), e.args.data.startTime]),
  );
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && profiles.has(key(e)))) {
    const data = chunk.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${key(chunk)}:${node.id}`, node);
    let time = profiles.get(key(chunk));
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      time += deltas[i] ?? 0;
      profiles.set(key(chunk), time);
      const at = (time - dcl.ts) / 1000;
      if (at < from || at > to) continue;
      const frame = nodes.get(`${key(chunk)}:${samples[i]}`)?.callFrame;
      if (!frame) continue;
      const name = `${frame.functionName || '(anonymous)'} ${String(frame.url ?? '').replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export function save(path, events) {
  writeFileSync(path, JSON.stringify({ traceEvents: events }));
}
