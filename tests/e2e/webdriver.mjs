// A minimal W3C WebDriver client over fetch, enough to drive Chromium
// (chromedriver) and Firefox (geckodriver) the same way. Every request and
// every wait has a time limit, so a stuck browser fails a test, never hangs it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const REQUEST_TIMEOUT_MS = 60_000;

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a value other than undefined or null, or
 * throws after `timeoutMs`. Null counts as "not yet" too: WebDriver hands a
 * script's undefined back as null, so a probe run in the page that says
 * "not yet" with undefined arrives here as null.
 */
export async function waitFor(what, probe, { timeoutMs = 20_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

async function request(baseUrl, method, path, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || payload.value?.error) {
    const { error = `HTTP ${response.status}`, message = '' } = payload.value ?? {};
    throw new Error(`${method} ${path}: ${error}: ${message.split('\n')[0]}`);
  }
  return payload.value;
}

/**
 * Starts a WebDriver server (chromedriver, geckodriver) on a free port and
 * waits until it accepts sessions. `portArgs(port)` gives its port options.
 */
export async function startDriver(command, portArgs, extraArgs = []) {
  const port = await freePort();
  const child = spawn(command, [...portArgs(port), ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000); // the tail is what explains a failure
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const driver = {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  try {
    await waitFor(`${command} to start`, async () => {
      if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}: ${output}`);
      const status = await request(url, 'GET', '/status');
      return status.ready ? true : undefined;
    });
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return driver;
}

/** WebDriver codes of the modifier keys the tests press. */
export const KEY = { shift: '\uE008', alt: '\uE00A' };

/** One browser session. */
export class Session {
  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
    this.driverUrl = driverUrl;
    this.id = id;
  }

  static async create(driverUrl, capabilities) {
    const value = await request(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, value.sessionId);
  }

  command(method, path, body) {
    return request(this.base, method, path, body);
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  /** Runs `fn` (a function, serialised with toString) in the page with `args`. */
  execute(fn, ...args) {
    return this.command('POST', '/execute/sync', { script: `return (${fn})(...arguments);`, args });
  }

  /**
   * Presses a key chord: every key down in order, then up in reverse order,
   * then releases the input state. Keys are characters or WebDriver key
   * codes such as `KEY.alt`.
   */
  async pressChord(...keys) {
    const down = keys.map((value) => ({ type: 'keyDown', value }));
    const up = keys.toReversed().map((value) => ({ type: 'keyUp', value }));
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }] });
    await this.command('DELETE', '/actions');
  }

  /** Firefox only: installs an add-on (a .zip/.xpi or directory) as temporary. */
  installTemporaryAddon(path) {
    return this.command('POST', '/moz/addon/install', { path, temporary: true });
  }

  async quit() {
    await request(this.driverUrl, 'DELETE', `/session/${this.id}`).catch(() => {});
  }
}
