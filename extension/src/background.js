// ClaimLens background: hosts the wasm engine for every tab, runs the
// keyboard commands, injects the content scripts where the reader asks for
// them (activeTab), and registers them on sites the reader added.
//
// The engine runs here rather than in the content script because Chromium
// refuses to compile WebAssembly in content scripts on pages whose
// Content-Security-Policy forbids it; extension pages have their own CSP
// (with 'wasm-unsafe-eval', see the manifest); only a page's first scan,
// while this worker is cold, may run in the content script where the page
// allows it (content/local.js). Service workers forbid dynamic import(), so
// the wasm-bindgen glue is imported statically.
import init, { exportReport, scanCompact, version } from './pkg/claimlens.js';
import { engineSource } from './pkg/engine-source.js';
import './shared/build.js';
import './shared/categories.js';
import './shared/news-sites.js';
import './shared/settings.js';
import './content/local.js';
import { CONTENT_CSS, CONTENT_SCRIPTS } from './shared/content-files.js';

const api = globalThis.browser ?? globalThis.chrome;
const { settings: store, local } = globalThis.claimlens;

// Test builds: when this background started and what it did first, as epoch
// ms (the first time of each name), for the cold-start breakdown of
// bench/pages.mjs ('claimlens:test-times'). 'origin' is the context's time
// origin: when the browser started the worker (Chromium) or the event page.
const testTimes = globalThis.claimlens.BUILD.test ? new Map([['origin', performance.timeOrigin]]) : null;
const note = testTimes
  ? (name) => {
      if (!testTimes.has(name)) testTimes.set(name, performance.timeOrigin + performance.now());
    }
  : () => {};
note('script');
// The event page's load event (Firefox; a service worker has none).
globalThis.addEventListener?.('load', () => note('load'));

// Woken at navigation: a top-level listener for main-frame requests makes
// the browser start this worker (Chromium) or event page (Firefox) as soon
// as the reader navigates to a site ClaimLens runs on, not when the page's
// content script first asks (document_start, after the response's head has
// arrived): on a real network the engine is compiled and warm before the
// page arrives. The listener does nothing itself (non-blocking): loading
// this script starts the engine and its warm-up below. Its filter is every
// URL, but the browser reports only the requests the extension holds a host
// permission for: the bundled news sites (host_permissions, the same sites
// as the content scripts) and the sites the reader added in the options
// page (granted one by one, see syncUserSites), whose list a top-level
// listener could not wait for. Needs the webRequest permission (see README
// "Permissions").
const NAVIGATION_WAKE = { urls: ['<all_urls>'], types: ['main_frame'] };
api.webRequest?.onBeforeRequest.addListener(() => {
  note('woken by navigation');
}, NAVIGATION_WAKE);

// Started once per worker lifetime; every request waits on the same promise.
// The wasm's bytes are in a module (extension/build.mjs: the content
// scripts' pkg/engine-bytes.js, imported by pkg/engine-source.js), read with
// this script's modules, and compiled here (README, "The cold start").
const wasmSource = engineSource();
wasmSource.then((source) => note(source instanceof WebAssembly.Module ? 'wasm compiled' : 'wasm fetched'), () => {});
const engineReady = init({ module_or_path: wasmSource });
engineReady.then(() => note('engine'), () => {});

// The browser compiles WebAssembly lazily, function by function, on first
// call, and the engine builds each language's lexicons on its first text in
// that language: one small scan when the engine is up compiles the scanning
// code and builds one language's tables, so that the reader's first article
// does not wait for them; the other language gets a scan of its own a moment
// later. The first is the language of the last page scanned (kept in
// storage.session, which outlives the worker within the browser's session):
// a reader of English pages whose worker was let go does not wait for the
// French tables first (the engine detects one language per text). It runs
// once a content script has asked for the settings (its first request, at
// document_start) and WARM_UP_AFTER_START_MS more have passed, and not at all
// when a page's text came by then, which builds its own language's tables:
// a stopped background gets the requests that woke it only once it is
// loaded (Firefox: after its load event, when the engine may be ready
// already), and on a page that was there at once the text comes right
// behind the settings request; a warm-up then would hold it for its whole
// scan. On a page still arriving, the text comes much later.
const WARM_UP_TEXTS = {
  fr: 'Selon des sources proches du dossier, le ministre aurait affirmé, sans preuve, que Paris savait.',
  en: 'Officials reportedly said, without evidence, that the Kremlin knew, according to sources close to the case.',
};
const LATER_WARM_UP_DELAY_MS = 1000;
const WARM_UP_AFTER_START_MS = 20;
let startReceived;
const firstStart = new Promise((resolve) => {
  startReceived = resolve;
});
const LAST_LANG_KEY = 'claimlens.lastLang';
let lastLang = null;
let pageScans = 0;
// A content script makes its page's first scan itself (content/local.js,
// 'claimlens:local-first'): the warm-up waits LATER_WARM_UP_DELAY_MS more.
let warmUpHeld = false;
const lastLangRead = Promise.resolve(api.storage.session?.get(LAST_LANG_KEY))
  .then((items) => items?.[LAST_LANG_KEY])
  .catch(() => undefined);
const warmUp = (lang) => {
  try {
    scanCompact(WARM_UP_TEXTS[lang], null);
  } catch {}
};
// The warm-up also waits for the reader's settings: a content script's
// request for them (sent at document_start, answered from this same read)
// that came while the engine was compiling is answered before the warm-up
// scan holds this thread for tens of ms, not after it.
const settingsRead = Promise.resolve()
  .then(() => currentSettings())
  .catch(() => {});
Promise.all([engineReady, lastLangRead, settingsRead, firstStart])
  .then(([, remembered]) => {
    const first = remembered === 'en' ? 'en' : 'fr';
    lastLang ??= first;
    const firstWarmUp = () => {
      // A content script scanning its page itself: later, not to compete with it.
      if (warmUpHeld) {
        warmUpHeld = false;
        setTimeout(firstWarmUp, LATER_WARM_UP_DELAY_MS);
        return;
      }
      if (pageScans === 0) {
        note('warm-up');
        warmUp(first);
        note('warm-up-end');
      }
      setTimeout(() => warmUp(first === 'en' ? 'fr' : 'en'), LATER_WARM_UP_DELAY_MS);
    };
    setTimeout(firstWarmUp, WARM_UP_AFTER_START_MS);
  })
  .catch(() => {});

/** Remembers the language of a page's report (the compact JSON opens with it) for the next warm-up. */
function rememberLang(report) {
  const lang = /^\{"lang":"(\w+)"/.exec(report)?.[1];
  if (!lang || lang === lastLang) return;
  lastLang = lang;
  Promise.resolve(api.storage.session?.set({ [LAST_LANG_KEY]: lang })).catch(() => {});
}

const EXPORT_FORMATS = new Set(['json', 'csv', 'md', 'jsonld']);

// The reader's settings, kept in memory while the worker lives: a content
// script gets them with the scan of its first part ('claimlens:start'), one
// round trip instead of a storage read and then a scan.
let settingsCache = null;
function currentSettings() {
  settingsCache ??= store.load().catch((error) => {
    settingsCache = null;
    throw error;
  });
  return settingsCache;
}
store.onChanged((settings) => {
  settingsCache = Promise.resolve(settings);
});

/** Answers one request from the extension's own pages and content scripts. */
async function handle(message, sender) {
  switch (message.type) {
    case 'claimlens:scan':
      await engineReady;
      // A JSON string (see content/report.js): cheap to send, unlike span objects.
      return { ok: true, report: timedScan(String(message.text)) };
    case 'claimlens:start': {
      // A content script starting: the settings, and the report on its first part (if any text).
      startReceived();
      const settings = await currentSettings();
      note('settings');
      const text = String(message.text ?? '');
      if (text === '') return { ok: true, settings, report: null };
      await engineReady;
      return { ok: true, settings, report: timedScan(text) };
    }
    case 'claimlens:export': {
      if (!EXPORT_FORMATS.has(message.format)) return { ok: false, error: `unknown format ${message.format}` };
      await engineReady;
      const meta = [message.url, message.title, new Date().toISOString()].map((v) => (v == null ? undefined : String(v)));
      return { ok: true, content: exportReport(String(message.text), null, message.format, ...meta) };
    }
    case 'claimlens:stats': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      if (message.top) {
        const total = Object.values(message.counts ?? {}).reduce((sum, n) => sum + n, 0);
        await showBadge(tabId, message.active ? total : null);
      } else {
        // A frame's counts go to the tab's top frame, which sums them for the popup and the badge.
        const relay = { type: 'claimlens:frame-stats', frameId: sender.frameId, counts: message.counts };
        await api.tabs.sendMessage(tabId, relay, { frameId: 0 }).catch(() => {});
      }
      return { ok: true };
    }
    case 'claimlens:inject':
      await injectInto(Number(message.tabId));
      return { ok: true };
    case 'claimlens:local-first':
      warmUpHeld = true;
      return { ok: true };
    case 'claimlens:test-tab':
      // Test builds only: lets the end-to-end tests open the popup for this tab.
      if (!globalThis.claimlens.BUILD.test) return { ok: false, error: 'not a test build' };
      return { ok: true, tabId: sender.tab?.id, popup: api.runtime.getURL(`popup/popup.html?tab=${sender.tab?.id}`) };
    case 'claimlens:test-times':
      // Test builds only: see testTimes.
      if (!testTimes) return { ok: false, error: 'not a test build' };
      return { ok: true, times: [...testTimes] };
    case 'claimlens:version':
      await engineReady;
      return { ok: true, version: version() };
    default:
      return { ok: false, error: `unknown request ${message.type}` };
  }
}

/** scanCompact on a page's text (counted for the warm-up; test builds note the first one's start and end). */
function timedScan(text) {
  pageScans += 1;
  note('scan');
  const report = scanCompact(text, null);
  note('scan-end');
  rememberLang(report);
  return report;
}

async function showBadge(tabId, total) {
  const text = total === null || total === undefined ? '' : String(Math.min(total, 999));
  await api.action.setBadgeText({ tabId, text }).catch(() => {});
  await api.action.setBadgeBackgroundColor?.({ tabId, color: '#4a4f57' }).catch(() => {});
}

/**
 * Puts the content scripts into a tab (all its same-origin frames) and tells
 * them the reader asked for this page. Needs activeTab (the toolbar button or
 * keyboard command was used) or a host permission for the page.
 */
async function injectInto(tabId) {
  const inject = async (target) => {
    await api.scripting.insertCSS({ target, files: CONTENT_CSS });
    await api.scripting.executeScript({ target, files: CONTENT_SCRIPTS });
  };
  // The page itself first: activeTab always covers it. Then its frames,
  // where allowed (a second run in the top frame only re-requests it).
  await inject({ tabId });
  await inject({ tabId, allFrames: true }).catch(() => {});
  await api.tabs.sendMessage(tabId, { type: 'claimlens:activate' }, { frameId: 0 });
}

/** Sends `message` to the tab's content script, injecting it first when the page has none. */
async function toTab(tabId, message) {
  try {
    return await api.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    await injectInto(tabId);
    return api.tabs.sendMessage(tabId, message, { frameId: 0 });
  }
}

api.commands?.onCommand.addListener((command, tab) => {
  const tabId = tab?.id;
  const run = async () => {
    const id = tabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    if (command === 'toggle-highlights') await toTab(id, { type: 'claimlens:toggle' });
    else if (command === 'next-highlight') await toTab(id, { type: 'claimlens:next' });
  };
  run().catch((error) => console.warn('ClaimLens command:', error));
});

// Sites the reader added in the options page (beyond the bundled list, which
// the manifest covers) get the content scripts through a dynamic
// registration, for the origins the reader granted.
const USER_SCRIPT_ID = 'claimlens-user-sites';

async function syncUserSites(settings) {
  const bundled = new Set(store.defaults().sites); // covered by the manifest
  const patterns = settings.sites.filter((site) => !bundled.has(site)).flatMap(store.matchPatterns);
  const granted = [];
  for (const pattern of patterns) {
    if (await api.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
  if (granted.length === 0) return;
  await api.scripting.registerContentScripts([
    { id: USER_SCRIPT_ID, matches: granted, js: CONTENT_SCRIPTS, css: CONTENT_CSS, runAt: 'document_start', allFrames: true },
  ]);
}

const resync = () => store.load().then(syncUserSites).catch((error) => console.warn('ClaimLens sites:', error));
store.onChanged(syncUserSites);
api.permissions?.onAdded?.addListener(resync);
api.runtime.onInstalled.addListener(resync);

// Where a page's CSP binds WebAssembly in content scripts (Chromium), the
// sites that refused the content script's compile (content/local.js
// REFUSED_KEY, stored by content.js) get a content script that says so at
// document_start (content/wasm-refused.js): the content script compiles the
// engine at once everywhere else, without waiting for storage's answer,
// which comes after DOMContentLoaded on a cold start. A registration lags
// the refusal by a storage event: a page loaded in between is refused (and
// told) once more.
const REFUSED_SCRIPT_ID = 'claimlens-wasm-refused';

// One registration change at a time (storage events may come close together).
let refusedSynced = Promise.resolve();
const syncRefusedSites = (refused) => (refusedSynced = refusedSynced.catch(() => {}).then(() => registerRefusedSites(refused)));

async function registerRefusedSites(refused) {
  const matches = local.refusedPatterns(refused);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [REFUSED_SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [REFUSED_SCRIPT_ID] });
  if (matches.length === 0) return;
  await api.scripting.registerContentScripts([
    { id: REFUSED_SCRIPT_ID, matches, js: ['content/wasm-refused.js'], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
  ]);
}

if (globalThis.claimlens.BUILD.localFirstScan && globalThis.claimlens.BUILD.pageCspBindsWasm) {
  const resyncRefused = () =>
    api.storage.local
      .get(local.REFUSED_KEY)
      .then((items) => syncRefusedSites(items?.[local.REFUSED_KEY]))
      .catch((error) => console.warn('ClaimLens refused sites:', error));
  api.runtime.onInstalled.addListener(resyncRefused);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[local.REFUSED_KEY]) {
      syncRefusedSites(changes[local.REFUSED_KEY].newValue).catch((error) => console.warn('ClaimLens refused sites:', error));
    }
  });
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only our own contexts talk to us, and only with our message types.
  if (sender.id !== api.runtime.id || typeof message?.type !== 'string' || !message.type.startsWith('claimlens:')) {
    return false;
  }
  // Requests that act on tabs come from extension pages (the popup, also
  // when opened in a tab), never from content scripts, which run in pages.
  const fromExtensionPage = String(sender.url ?? '').startsWith(api.runtime.getURL(''));
  if (!fromExtensionPage && ['claimlens:inject', 'claimlens:export'].includes(message.type)) {
    sendResponse({ ok: false, error: 'not allowed from a page' });
    return false;
  }
  if (testTimes) note(`received ${message.type.slice('claimlens:'.length)}`);
  handle(message, sender)
    .then(sendResponse)
    .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
  return true; // the response is sent asynchronously
});
