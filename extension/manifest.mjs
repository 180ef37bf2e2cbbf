// The extension's manifest, generated per browser from one description.
// Chromium and Firefox agree on Manifest V3 except for how the background
// context is declared and Firefox's add-on id settings.

/** Scripts injected into every web page, in load order (they share a scope). */
export const CONTENT_SCRIPTS = ['content/textmap.js', 'content/highlight.js', 'content/content.js'];
export const CONTENT_CSS = ['content/claimlens.css'];

export const BROWSERS = ['chrome', 'firefox'];

export function manifestFor(browser, version) {
  const common = {
    manifest_version: 3,
    name: 'ClaimLens',
    version,
    description:
      'Highlights markers of unsupported claims and the people, organisations, states and places named in news articles.',
    icons: { 48: 'icons/claimlens-48.png', 128: 'icons/claimlens-128.png' },
    // No `permissions`: the content script only reads the page it runs in
    // and talks to its own background; nothing is stored or sent anywhere.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: CONTENT_SCRIPTS,
        css: CONTENT_CSS,
        run_at: 'document_idle',
      },
    ],
    // The engine is WebAssembly, compiled in the background context.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  };
  switch (browser) {
    case 'chrome':
      return {
        ...common,
        // 105: first version with the CSS Custom Highlight API.
        minimum_chrome_version: '105',
        background: { service_worker: 'background.js', type: 'module' },
      };
    case 'firefox':
      return {
        ...common,
        // Firefox MV3 has event pages (background scripts), not service workers.
        background: { scripts: ['background.js'], type: 'module' },
        browser_specific_settings: {
          gecko: {
            id: 'claimlens@claimlens.invalid',
            // 140: first ESR with the CSS Custom Highlight API.
            strict_min_version: '140.0',
            data_collection_permissions: { required: ['none'] },
          },
          // Firefox for Android learnt data_collection_permissions in 142.
          gecko_android: { strict_min_version: '142.0' },
        },
      };
    default:
      throw new Error(`unknown browser ${browser}`);
  }
}
