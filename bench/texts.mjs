// Deterministic news-like benchmark texts, the same bytes as benches/corpus.rs
// produces (same paragraphs file, same xorshift32 stream, same steps): read the
// comment there for the recipe. Both print an FNV-1a hash per text so that the
// report can check the native, wasm and page benchmarks measured one input.
//
// As a module: `benchTexts()` → [{name, lang, size, text}].
// As a script: `node bench/texts.mjs OUT_DIR` writes OUT_DIR/<name>.txt.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEEDS = { fr: 0x2545f491, en: 0x6a09e667 };

/** The cases every benchmark uses, in this order. */
export const CASES = [
  { lang: 'fr', label: '4k', size: 4 << 10 },
  { lang: 'en', label: '4k', size: 4 << 10 },
  { lang: 'fr', label: '1m', size: 1 << 20 },
  { lang: 'en', label: '1m', size: 1 << 20 },
  { lang: 'fr', label: '5m', size: 5 << 20 },
  { lang: 'en', label: '5m', size: 5 << 20 },
];

class XorShift {
  constructor(seed) { this.x = seed >>> 0; }
  next() {
    let x = this.x;
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    this.x = x;
    return x;
  }
  below(n) { return this.next() % n; }
}

function loadSource(lang) {
  const file = readFileSync(join(HERE, 'paragraphs', `${lang}.txt`), 'utf8');
  const source = { paragraphs: [], P: [], O: [], S: [], C: [], seed: SEEDS[lang] };
  for (const raw of file.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^@([POSC]) (.*)$/.exec(line);
    if (m) source[m[1]].push(m[2]);
    else source.paragraphs.push(line);
  }
  return source;
}

function fill(source, paragraph, rng) {
  return paragraph.replace(/\{([POSCN])\}/g, (_, kind) => {
    if (kind === 'N') return String(10 + rng.below(990));
    const list = source[kind];
    return list[rng.below(list.length)];
  });
}

/** A text of at most `size` UTF-8 bytes (at least one paragraph). */
export function generate(lang, size) {
  const source = loadSource(lang);
  const rng = new XorShift(source.seed);
  const parts = [];
  let bytes = 0;
  let lastBreakBytes = -1; // byte length of the text up to the last break that fits
  let partsAtBreak = 0;
  const order = source.paragraphs.map((_, i) => i);
  outer: while (bytes < size) {
    for (let i = order.length - 1; i >= 1; i--) {
      const j = rng.below(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const p of order) {
      const piece = fill(source, source.paragraphs[p], rng) + '\n\n';
      parts.push(piece);
      bytes += Buffer.byteLength(piece);
      if (bytes <= size) { lastBreakBytes = bytes; partsAtBreak = parts.length; }
      if (bytes >= size) break outer;
    }
  }
  // Cut at the last paragraph break that fits, as the Rust side does.
  if (bytes > size && lastBreakBytes > 0) parts.length = partsAtBreak;
  return parts.join('');
}

export function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function benchTexts() {
  return CASES.map(({ lang, label, size }) => ({ name: `${lang}-${label}`, lang, size, text: generate(lang, size) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] || 'build/bench/texts';
  mkdirSync(out, { recursive: true });
  for (const t of benchTexts()) {
    writeFileSync(join(out, `${t.name}.txt`), t.text);
    console.log(`text ${t.name}: ${Buffer.byteLength(t.text)} bytes, fnv1a ${fnv1a(t.text)}`);
  }
}
