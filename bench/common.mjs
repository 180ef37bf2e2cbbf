// Small pieces the benchmark scripts share.
import { createServer } from 'node:http';

/** The median of the numbers in `xs` (null and undefined left out); null when there is none. */
export function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/**
 * Serves `files` (a Map from path to body) on `host` at a free port, uncached,
 * typed by extension (anything else as HTML). Resolves to {origin, close}.
 * A body {chunks: [[delayMs, text], ...]} is streamed: each text written
 * delayMs after the previous one (the way a site flushes its head first).
 */
export function serve(host, files) {
  return new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      const body = files.get(path);
      if (body === undefined) return response.writeHead(404).end();
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'text/html; charset=utf-8';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      if (!body.chunks) return response.end(body);
      (async () => {
        for (const [delayMs, text] of body.chunks) {
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
          response.write(text);
        }
        response.end();
      })();
    });
    server.on('error', reject);
    server.listen(0, host, () =>
      resolve({ origin: `http://${host}:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}
