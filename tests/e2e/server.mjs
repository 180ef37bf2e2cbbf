// The test pages' web server, on 127.0.0.1 and a free port.
//   /plain/<file>   the page from pages/, no Content-Security-Policy
//   /strict/<file>  the same page with the strict CSP of the issue:
//                   `default-src 'none'; style-src 'self'` (no script, no wasm,
//                   no inline style may run in the page's own context)
//   /stream/<file>  the page without CSP, sent in chunks (cut after each
//                   </p>) with a pause between them, so that the browser
//                   parses it piece by piece as it does a long page coming
//                   over a slow network
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

// Pause between two chunks of a streamed page.
const STREAM_PAUSE_MS = 150;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

function typeOf(file) {
  const dot = file.lastIndexOf('.');
  return TYPES[file.slice(dot)] ?? 'application/octet-stream';
}

async function handle(request, response) {
  const { pathname } = new URL(request.url, 'http://127.0.0.1');
  const match = pathname.match(/^\/(plain|strict|stream)\/([\w.-]+)$/);
  const file = match && normalize(match[2]);
  if (!match || file.startsWith('.')) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const body = await readFile(join(PAGES, file));
    const headers = { 'content-type': typeOf(file), 'cache-control': 'no-store' };
    if (match[1] === 'strict') headers['content-security-policy'] = STRICT_CSP;
    if (match[1] === 'stream') {
      await stream(response, headers, body.toString('utf8'));
      return;
    }
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/** Sends `html` in chunks, each ending after a </p>, with a pause between them. */
async function stream(response, headers, html) {
  const chunks = html.split(/(?<=<\/p>)/);
  response.writeHead(200, headers);
  for (const [i, chunk] of chunks.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, STREAM_PAUSE_MS));
    if (response.destroyed) return;
    response.write(chunk);
  }
  response.end();
}

/** Starts the server; resolves to {origin, close()}. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      handle(request, response).catch(() => response.destroy());
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
