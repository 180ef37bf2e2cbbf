// How to start each browser headless with the built extension loaded.
// Each launcher resolves to {session, stop()}; stop() always cleans up.
import { mkdtempSync, rmSync } from 'node:fs';
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
 */
export async function launchChromium({ extraArgs = [] } = {}) {
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
