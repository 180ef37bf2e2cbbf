// Permissions (issue 7): the shipped manifests ask only for what the
// features need; `web-ext lint` finds no error and no warning in the Firefox
// build; Chromium loads the extension without any manifest warning.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { waitFor } from './webdriver.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEST_MS = 120_000;

/** Each permission and the feature that needs it (the README's table says the same). */
const ALLOWED_PERMISSIONS = new Set(['storage', 'activeTab', 'scripting', 'webRequest']);
/** Site access is only ever optional: granted by the reader, per site. */
const ALLOWED_OPTIONAL_HOSTS = new Set(['http://*/*', 'https://*/*']);

function manifest(browser) {
  return JSON.parse(readFileSync(join(ROOT, 'dist', browser, 'manifest.json'), 'utf8'));
}

export function definePermissionsSuite(browserName, launch) {
  const dir = browserName === 'Chromium' ? 'chrome' : 'firefox';

  describe(`ClaimLens permissions in ${browserName}`, () => {
    test('the shipped manifest asks for no permission beyond storage, activeTab, scripting and webRequest', () => {
      const m = manifest(dir);
      for (const permission of m.permissions ?? []) {
        assert.ok(ALLOWED_PERMISSIONS.has(permission), `unexpected permission ${permission}`);
      }
      // Host permissions only for the sites the content scripts already run
      // on (the bundled news sites): the webRequest listener that starts the
      // background when the reader navigates to one of them. No other site.
      const contentSites = [...new Set(m.content_scripts.flatMap((c) => c.matches))].sort();
      assert.deepEqual([...(m.host_permissions ?? [])].sort(), contentSites, 'host permissions: the content scripts\' sites only');
      for (const host of m.optional_host_permissions ?? []) {
        assert.ok(ALLOWED_OPTIONAL_HOSTS.has(host), `unexpected optional host permission ${host}`);
      }
      assert.equal(m.externally_connectable, undefined, 'no page or other extension can message it');
      // No file of the extension is open to pages (the content script's
      // engine has its bytes in a content script: pkg/engine-bytes.js).
      assert.deepEqual(m.web_accessible_resources ?? [], [], 'pages cannot load or fingerprint its files');
      // The engine's bytes go to top frames only, with the other content scripts.
      const bytes = m.content_scripts.filter((c) => c.js.includes('pkg/engine-bytes.js'));
      assert.ok(bytes.every((c) => c.js.length === 1 && c.all_frames === false && c.run_at === 'document_start'), JSON.stringify(bytes));
      const csp = m.content_security_policy?.extension_pages ?? '';
      assert.doesNotMatch(csp, /https?:|'unsafe-eval'|'unsafe-inline'|\*/, `no remote code in the extension CSP: ${csp}`);
      if (dir === 'firefox') {
        assert.deepEqual(m.browser_specific_settings?.gecko?.data_collection_permissions?.required, ['none']);
      }
    });

    if (browserName === 'Firefox') {
      test('web-ext lint on the Firefox build: zero errors, zero warnings', { timeout: TEST_MS }, () => {
        const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
        assert.ok(existsSync(webExt), 'web-ext is installed (npm ci)');
        const run = spawnSync(
          webExt,
          ['lint', '--source-dir', join(ROOT, 'dist', 'firefox'), '--output', 'json', '--no-input', '--warnings-as-errors'],
          { encoding: 'utf8', timeout: TEST_MS - 10_000 },
        );
        const report = JSON.parse(run.stdout);
        const summary = `${JSON.stringify(report.summary)} ${JSON.stringify([...report.errors, ...report.warnings].map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`))}`;
        assert.equal(report.summary.errors, 0, summary);
        assert.equal(report.summary.warnings, 0, summary);
      });
    }

    if (browserName === 'Chromium') {
      let browser;
      before(async () => {
        browser = await launch();
      }, { timeout: TEST_MS });
      after(async () => {
        await browser?.stop();
      });

      test('Chromium loads the extension with no manifest warning or error', { timeout: TEST_MS }, async () => {
        await browser.session.navigate('chrome://extensions/');
        // The extensions page's own API lists each extension's install
        // warnings and manifest errors, as its cards show them.
        const info = await waitFor('chrome://extensions to list ClaimLens', async () => {
          const list = await browser.session.command('POST', '/execute/async', {
            script: `const done = arguments[arguments.length - 1];
              chrome.developerPrivate.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, (items) =>
                done(items.map((i) => ({ name: i.name, location: i.location, installWarnings: i.installWarnings,
                  manifestErrors: i.manifestErrors, runtimeErrors: i.runtimeErrors, disableReasons: i.disableReasons, state: i.state }))));`,
            args: [],
          });
          return list.find((item) => item.location === 'UNPACKED');
        });
        assert.equal(info.state, 'ENABLED', JSON.stringify(info));
        assert.deepEqual(info.installWarnings, [], 'no install warning');
        assert.deepEqual(info.manifestErrors, [], 'no manifest error');
        assert.deepEqual(info.runtimeErrors, [], 'no runtime error in the service worker or content scripts');
      });
    }
  });
}
