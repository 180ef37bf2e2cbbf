// Registered by the background (background.js syncRefusedSites) on the
// sites whose Content-Security-Policy refused the engine's WebAssembly in
// the content script before (Chromium: content/local.js REFUSED_KEY), top
// frame, document_start: says so, so that content.js does not try the
// compile again there (the page would be told of each refusal) without
// waiting for storage's answer (README, "The cold start").
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;
claimlens.wasmRefused = true;
