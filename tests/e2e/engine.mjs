// The wasm engine from pkg/, loaded in Node: the reference that the
// browsers' highlights are compared with.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const glue = await import(pathToFileURL(join(ROOT, 'pkg', 'claimlens.js')).href);
glue.initSync({ module: readFileSync(join(ROOT, 'pkg', 'claimlens_bg.wasm')) });

/** The engine's report for `text`, with UTF-16 offsets. */
export function scan(text) {
  return glue.scan(text, null);
}
