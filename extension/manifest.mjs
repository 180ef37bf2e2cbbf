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
 * Firefox starts its event page 10-25 ms after the first message, so the
 * two engines compile at once and compete for the processor: no clear gain
 * measured (A/B at load 6-9: 120-191 -> 69-187 ms), so it keeps the
 * background path. The build writes this into shared/build.js
 * (claimlens.BUILD.localFirstScan), and the manifest makes the wasm
 * readable by content scripts only where it is on.
 */
export const LOCAL_FIRST_SCAN = { chrome: true, firefox: false };

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
  // The engine's wasm, for the content script's first scan while the
  // background is cold (content/local.js, LOCAL_FIRST_SCAN): both browsers
  // let content scripts read extension files only when they are
  // web-accessible. Only on the sites the content scripts are declared for.
  const wasmForContentScripts = { resources: ['pkg/claimlens_bg.wasm'], matches: sites.flatMap(patternsFor) };
  switch (browser) {
    case 'chrome':
      return {
        ...common,
        // 105: first version with the CSS Custom Highlight API.
        minimum_chrome_version: '105',
        background: { service_worker: 'background.js', type: 'module' },
        // Only at a URL that changes every session, so that pages cannot
        // use it to tell that ClaimLens is installed.
        ...(LOCAL_FIRST_SCAN.chrome ? { web_accessible_resources: [{ ...wasmForContentScripts, use_dynamic_url: true }] } : {}),
      };
    case 'firefox':
      return {
        ...common,
        // Firefox MV3 has event pages (background scripts), not service workers.
        background: { scripts: ['background.js'], type: 'module' },
        // Firefox has no use_dynamic_url; its extension URLs hold a random
        // id per install, which pages cannot guess.
        ...(LOCAL_FIRST_SCAN.firefox ? { web_accessible_resources: [wasmForContentScripts] } : {}),
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
