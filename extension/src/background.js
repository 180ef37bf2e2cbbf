// ClaimLens background: hosts the wasm engine for every tab.
//
// The engine runs here rather than in the content script because Chromium
// refuses to compile WebAssembly in content scripts on pages whose
// Content-Security-Policy forbids it; extension pages have their own CSP
// (with 'wasm-unsafe-eval', see the manifest). Service workers forbid dynamic
// import(), so the wasm-bindgen glue is imported statically.
import init, { scan, version } from './pkg/claimlens.js';

const api = globalThis.browser ?? globalThis.chrome;

// Started once per worker lifetime; every request waits on the same promise.
const engineReady = init({ module_or_path: api.runtime.getURL('pkg/claimlens_bg.wasm') });

/** Answers one content-script request. */
async function handle(message) {
  await engineReady;
  switch (message.type) {
    case 'claimlens:scan':
      return { ok: true, report: scan(String(message.text), message.lang ?? null) };
    case 'claimlens:version':
      return { ok: true, version: version() };
    default:
      return { ok: false, error: `unknown request ${message.type}` };
  }
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only our own content scripts talk to us, and only with our message types.
  if (sender.id !== api.runtime.id || typeof message?.type !== 'string' || !message.type.startsWith('claimlens:')) {
    return false;
  }
  handle(message)
    .then(sendResponse)
    .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
  return true; // the response is sent asynchronously
});
