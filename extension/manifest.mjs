// The extension's manifest, generated per browser from one description.
// Chromium and Firefox agree on Manifest V3 except for how the background
// context is declared and Firefox's add-on id settings.
import './src/shared/news-sites.js';
import { CONTENT_CSS, CONTENT_SCRIPTS } from './src/shared/content-files.js';

export { CONTENT_CSS, CONTENT_SCRIPTS };
export const BROWSERS = ['chrome', 'firefox'];

/**
 * Whether a page's first scan may run in the content script while the
 * background is cold (content/local.js), per browser. Chromium: cold
 * 5 KB article 306-324 -> 93-128 ms to script done (A/B at load 7-8).
 * Firefox starts its event page 10-25 ms after the first message, and the
 * two engines compiled at once and competed for the processor (A/B at load
 * 6-9: 120-191 -> 69-187 ms); since the content script compiles the bytes
 * it has (ENGINE_BYTES_SCRIPT) while the page is parsed and the background
 * holds its warm-up meanwhile: 78 -> 64 ms (medians of 16 cold loads,
 * alternated, load 6-9, 2026-11-27). The build writes this into
 * shared/build.js (claimlens.BUILD.localFirstScan), and the manifest gives
 * the top frame the engine's bytes only where it is on.
 */
export const LOCAL_FIRST_SCAN = { chrome: true, firefox: true };

/**
 * Whether a page's Content-Security-Policy applies to WebAssembly in content
 * scripts: Chromium's does (the compile is refused, and the page told, on a
 * page that forbids it), Firefox's not (tests/e2e, the strict-CSP page).
 * Where it does, the content script compiles the engine only once storage
 * says the site did not refuse it before (a refusal is remembered per site:
 * content/local.js); elsewhere at document_start (content/content.js
 * start). In shared/build.js as claimlens.BUILD.pageCspBindsWasm.
 */
export const PAGE_CSP_BINDS_WASM = { chrome: true, firefox: false };

/** The content script with the engine's bytes (extension/build.mjs), where LOCAL_FIRST_SCAN. */
export const ENGINE_BYTES_SCRIPT = 'pkg/engine-bytes.js';

/** Match patterns for a site and its subdomains. */
const patternsFor = (site) => [`*://${site}/*`, `*://*.${site}/*`];

/**
 * The manifest for `browser`. `extraSites` are hosts added to the bundled
 * news sites: only test builds use it (127.0.0.1, where the end-to-end test
 * pages are served).
 */
export function manifestFor(browser, version, { extraSites = [], testHosts = [] } = {}) {
  const sites = [...globalThis.claimlens.NEWS_SITES, ...extraSites];
  const common = {
    manifest_version: 3,
    name: '__MSG_extension_name__',
    version,
    description: '__MSG_extension_description__',
    default_locale: 'en',
    icons: { 48: 'icons/claimlens-48.png', 128: 'icons/claimlens-128.png' },
    // Each permission is explained in README.md ("Permissions").
    // webRequest: only to be woken when the reader navigates to a bundled
    // news site (background.js, NAVIGATION_WAKE); nothing is blocked or read.
    permissions: ['storage', 'activeTab', 'scripting', 'webRequest'],
    // Sites the reader adds in the options page are asked for one by one.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Test builds only: lets the end-to-end tests use the toolbar-button path
    // (inject on demand) on a host that is not on the news-site list, since
    // WebDriver cannot click the toolbar button that would grant activeTab.
    // The bundled news sites: the same sites as the content scripts, for the
    // webRequest listener that starts the background at navigation.
    host_permissions: [...sites.flatMap(patternsFor), ...testHosts],
    content_scripts: [
      // The engine's bytes, for a first scan in the content script while the
      // background is cold (LOCAL_FIRST_SCAN): top frames only, before the
      // other content scripts, which read them at document_start.
      ...(LOCAL_FIRST_SCAN[browser]
        ? [{ matches: sites.flatMap(patternsFor), js: [ENGINE_BYTES_SCRIPT], run_at: 'document_start', all_frames: false }]
        : []),
      {
        matches: sites.flatMap(patternsFor),
        js: CONTENT_SCRIPTS,
        css: CONTENT_CSS,
        // The settings are asked for while the page is parsed; the article
        // is read at DOMContentLoaded (content.js).
        run_at: 'document_start',
        all_frames: true,
      },
    ],
    action: {
      default_title: '__MSG_action_title__',
      default_popup: 'popup/popup.html',
      default_icon: { 48: 'icons/claimlens-48.png', 128: 'icons/claimlens-128.png' },
    },
    options_ui: { page: 'options/options.html', open_in_tab: true },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_command_toggle__',
      },
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_command_next__',
      },
    },
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
