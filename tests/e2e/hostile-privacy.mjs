// Privacy (issue 7): the extension makes no network request at all. The
// browser is started with every request, loopback included, routed through
// a recording proxy; a browsing session with the extension (pages scanned,
// a hover card opened) may only produce the requests the pages themselves
// make (the document, its stylesheet, the browser's favicon probe).
import assert from 'node:assert/strict';
import { request as httpRequest, createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { launchChromium, launchFirefox } from './browsers.mjs';
import { claimlensStatus } from './page-probes.mjs';
import { startServer } from './server.mjs';
import { KEY, sleep, waitFor } from './webdriver.mjs';

const BROWSER_START_MS = 120_000;
const TEST_MS = 180_000;

/**
 * An HTTP proxy on 127.0.0.1 that records every request it sees and
 * forwards only those to `allowedOrigins` (the test server); everything
 * else (another host, an HTTPS tunnel) is recorded and refused.
 */
export function startRecordingProxy(allowedOrigins) {
  const requests = [];
  // A browser may reset a connection at any time (tab closed, request
  // cancelled): the request is recorded on arrival, so a reset stream is
  // no failure, only something to close quietly.
  const quiet = () => {};
  const server = createServer((incoming, outgoing) => {
    requests.push({ method: incoming.method, url: incoming.url });
    incoming.on('error', quiet);
    outgoing.on('error', quiet);
    let target;
    try {
      target = new URL(incoming.url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (!allowedOrigins.includes(target.origin)) {
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const forward = httpRequest(
      target,
      { method: incoming.method, headers: { ...incoming.headers, connection: 'close' } },
      (response) => {
        response.on('error', () => outgoing.destroy());
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  server.on('connect', (incoming, socket) => {
    requests.push({ method: 'CONNECT', url: incoming.url });
    socket.on('error', quiet);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(done);
          }),
      }),
    );
  });
}

/** Headless Chromium with the extension, every request through the proxy. */
function launchChromiumThrough(proxyPort, firstPage) {
  return launchChromium({
    settleAt: firstPage, // one of the pages: the proxy must see only theirs
    extraArgs: [
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      // By default loopback bypasses the proxy; record it too.
      '--proxy-bypass-list=<-loopback>',
    ],
  });
}

/** Headless Firefox with the extension, every request through the proxy. */
function launchFirefoxThrough(proxyPort) {
  return launchFirefox({
    extraPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Quiet the browser's own background traffic (it is not the
      // extension's, and the filter below ignores Mozilla's hosts anyway).
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.update.enabled': false,
    },
  });
}

/**
 * The browser's own services, never contacted by the extension (it has no
 * network code): update, telemetry and settings hosts, and the default
 * search engine, which Chromium 156 on Debian preconnects to (DuckDuckGo).
 */
const BROWSER_OWN_HOST = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|google\.com|googleapis\.com|gstatic\.com|duckduckgo\.com|bing\.com)(:\d+)?$/;

function hostOf(request) {
  if (request.method === 'CONNECT') return request.url.replace(/:\d+$/, '');
  try {
    return new URL(request.url).hostname;
  } catch {
    return '';
  }
}

const PAGES = ['/plain/article-fr.html', '/plain/article-en.html', '/plain/hostile-html-text.html', '/strict/article-fr.html'];

export function definePrivacySuite(browserName) {
  const launchThrough = browserName === 'Chromium' ? launchChromiumThrough : launchFirefoxThrough;
  describe(`ClaimLens privacy in ${browserName}`, () => {
    let server;
    let proxy;
    let browser;

    before(async () => {
      server = await startServer();
      proxy = await startRecordingProxy([server.origin]);
      browser = await launchThrough(proxy.port, server.origin + PAGES[0]);
    }, { timeout: BROWSER_START_MS });

    after(async () => {
      await browser?.stop();
      await proxy?.close();
      await server?.close();
    });

    test('a browsing session with the extension makes no request the pages did not make', { timeout: TEST_MS }, async () => {
      for (const path of PAGES) {
        await browser.session.navigate(server.origin + path);
        await waitFor(`the extension to scan ${path}`, async () => {
          const status = await browser.session.execute(claimlensStatus);
          return status === null ? undefined : Number(status);
        });
        // Open a hover card (Alt+Shift+N) and let any deferred work run.
        await browser.session.pressChord(KEY.alt, KEY.shift, 'N');
        await sleep(1500);
      }
      const pageOwn = new Set([
        ...PAGES.map((path) => server.origin + path),
        `${server.origin}/plain/page.css`,
        `${server.origin}/strict/page.css`,
        `${server.origin}/favicon.ico`,
      ]);
      const seen = proxy.requests.map((r) => `${r.method} ${r.url}`);
      console.log(`${browserName}: ${seen.length} requests through the proxy:\n  ${seen.join('\n  ')}`);
      assert.ok(proxy.requests.some((r) => r.url === server.origin + PAGES[0]), 'the proxy saw the page itself (the recording works)');
      const unexpected = proxy.requests.filter(
        (r) => !pageOwn.has(r.url) && !BROWSER_OWN_HOST.test(hostOf(r)),
      );
      assert.deepEqual(unexpected, [], 'no request other than the pages\' own');
    });
  });
}
