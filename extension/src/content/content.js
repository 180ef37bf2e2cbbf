// ClaimLens content script: extracts the page text, asks the background
// engine to scan it, and highlights what it finds.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

(() => {
  const api = globalThis.browser ?? globalThis.chrome;

  // Larger pages are cut here for now; chunked scanning comes later.
  const MAX_TEXT_UNITS = 2_000_000;

  /** Marks the page as processed: `data-claimlens-spans` on <html> holds the
   * number of highlighted ranges (tests and curious readers can wait on it). */
  function markDone(count) {
    document.documentElement.setAttribute('data-claimlens-spans', String(count));
  }

  async function run() {
    if (!document.body || !claimlens.highlight.supported()) return;
    const map = claimlens.textmap.collect(document.body);
    if (map.text.trim() === '') return markDone(0);
    const response = await api.runtime.sendMessage({
      type: 'claimlens:scan',
      text: map.text.slice(0, MAX_TEXT_UNITS),
      lang: null, // the engine detects French or English from the text itself
    });
    if (!response?.ok) throw new Error(response?.error ?? 'no answer from the ClaimLens engine');
    markDone(claimlens.highlight.show(map, response.report.spans));
  }

  run().catch((error) => console.warn('ClaimLens:', error));
})();
