// How to start each browser headless with the built extension loaded.
// Each launcher resolves to {session, stop()}; stop() always cleans up.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, startDriver } from './webdriver.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The test builds (extension/build.mjs): the shipped extension plus
// 127.0.0.1 in its news-site list and a readable copy of the hover card.
// CLAIMLENS_CHROME_EXTENSION: another build to load (e.g. main's, for a before/after benchmark).
export const CHROME_EXTENSION = process.env.CLAIMLENS_CHROME_EXTENSION ?? join(ROOT, 'dist', 'test-chrome');
// CLAIMLENS_FIREFOX_EXTENSION: another test add-on (a zip) to install, the same way.
export const FIREFOX_EXTENSION = process.env.CLAIMLENS_FIREFOX_EXTENSION ?? join(ROOT, 'dist', 'claimlens-test-firefox.zip');

const TIMEOUTS = { pageLoad: 30_000, script: 30_000, implicit: 0 };

// What this machine's Chromium needs to run headless as root without
// reaching for the (closed) network.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function withCleanup(start, cleanup) {
  try {
    return await start();
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Headless Chromium with the test extension loaded. `extraArgs` are added to
 * the command line (the privacy suite routes traffic through its proxy).
 *
 * chromedriver sometimes wedges on a fresh browser's first navigation to a
 * page the content scripts run on: "Timed out receiving message from
 * renderer", and every later command times out too, new tabs included (about
 * 1 launch in 6 on a loaded host, 2026-11-27). The same pages load and are
 * highlighted in 0.5-1 s on every one of 10 fresh launches driven over raw
 * CDP, so the driver wedges, not the page. So a launch is settled by one
 * navigation to a small page of its own (or `settleAt`, a URL: the privacy
 * suite's proxy must see only its own pages), and a browser that wedges there
 * is stopped and started again.
 */
export async function launchChromium({ extraArgs = [], settleAt } = {}) {
  for (let attempt = 1; ; attempt += 1) {
    const browser = await startChromium(extraArgs);
    try {
      await settleFirstNavigation(browser.session, settleAt);
      return browser;
    } catch (error) {
      const started = Date.now();
      await browser.stop();
      console.error(`Chromium wedged on its first navigation (${error.message}); stopped in ${Date.now() - started} ms, attempt ${attempt} of ${SETTLE_ATTEMPTS}`);
      if (attempt === SETTLE_ATTEMPTS) {
        throw new Error(`Chromium wedged on its first navigation ${attempt} times: ${error.message}`);
      }
    }
  }
}

const SETTLE_ATTEMPTS = 3;
const SETTLE_LOAD_MS = 10_000;

async function settleFirstNavigation(session, url) {
  await session.command('POST', '/timeouts', { pageLoad: SETTLE_LOAD_MS });
  if (url) {
    await session.navigate(url);
  } else {
    await navigateToOwnPage(session);
  }
  await session.command('POST', '/timeouts', { pageLoad: TIMEOUTS.pageLoad });
}

async function navigateToOwnPage(session) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>settle</title><p>A page to settle the browser.</p>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await session.navigate(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function startChromium(extraArgs) {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-chromium-'));
  let driver;
  let session;
  const stop = async () => {
    await session?.quit();
    await driver?.stop();
    rmSync(profile, { recursive: true, force: true });
  };
  return withCleanup(async () => {
    driver = await startDriver(process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver', (port) => [`--port=${port}`]);
    session = await Session.create(driver.url, {
      browserName: 'chrome',
      timeouts: TIMEOUTS,
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: [
          ...CHROMIUM_FLAGS,
          `--user-data-dir=${profile}`,
          `--disable-extensions-except=${CHROME_EXTENSION}`,
          `--load-extension=${CHROME_EXTENSION}`,
          ...extraArgs,
        ],
      },
    });
    return { name: 'chromium', session, stop, log: driver.output };
  }, stop);
}

/**
 * Headless Firefox with the test add-on installed as temporary. `extraPrefs`
 * are added to (and override) the default preferences.
 */
export async function launchFirefox({ extraPrefs = {} } = {}) {
  let driver;
  let session;
  const stop = async () => {
    await session?.quit();
    await driver?.stop();
  };
  return withCleanup(async () => {
    driver = await startDriver(process.env.GECKODRIVER ?? 'geckodriver', (port) => ['--port', String(port)]);
    session = await Session.create(driver.url, {
      browserName: 'firefox',
      timeouts: TIMEOUTS,
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        // Firefox 153 lets WebDriver navigate to moz-extension:// pages (the
        // popup and options page the tests open) only with system access.
        args: ['-headless', '-remote-allow-system-access'],
        prefs: {
          // Keep a test run off the network and free of first-run pages.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'extensions.getAddons.cache.enabled': false,
          'devtools.console.stdout.content': true,
          'devtools.console.stdout.chrome': true,
          ...extraPrefs,
        },
      },
    });
    await session.installTemporaryAddon(FIREFOX_EXTENSION);
    return { name: 'firefox', session, stop, log: driver.output };
  }, stop);
}
