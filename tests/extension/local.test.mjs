import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { engineFactory } from '../../extension/engine-factory.mjs';
import { load } from './load.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { local } = load('content/local.js');

const cold = { answered: false, sinceAsked: 10, available: true, largeDocument: false, host: 'lemonde.fr', refused: [] };

test('local: the first scan runs here only while the background is cold, on a small page, where WebAssembly was not refused', () => {
  assert.equal(local.shouldScanHere(cold), true);
  assert.equal(local.shouldScanHere({ ...cold, answered: true }), false, 'a warm background answered: unchanged path');
  assert.equal(local.shouldScanHere({ ...cold, sinceAsked: local.STARTED_MS }), true);
  assert.equal(local.shouldScanHere({ ...cold, sinceAsked: local.STARTED_MS + 1 }), false, 'a page that took its time: the background is on its way');
  assert.equal(local.shouldScanHere({ ...cold, available: false }), false, 'no WebAssembly');
  assert.equal(local.shouldScanHere({ ...cold, largeDocument: true }), false, 'a large document goes to the background');
  assert.equal(local.shouldScanHere({ ...cold, refused: ['lemonde.fr'] }), false, 'the site refused it before');
  assert.equal(local.shouldScanHere({ ...cold, refused: ['www.lemonde.fr', 'bbc.co.uk'] }), true, 'another host refused');
  assert.equal(local.shouldScanHere({ ...cold, refused: undefined }), true, 'nothing stored yet');
  assert.equal(local.shouldScanHere({ ...cold, refused: 'lemonde.fr' }), true, 'junk in storage is no list');
});

test('local: only article-sized texts are scanned here', () => {
  assert.equal(local.takesText('Le Kremlin a affirmé, sans preuve.'), true);
  assert.equal(local.takesText(''), false);
  assert.equal(local.takesText('x'.repeat(local.MAX_UNITS)), true);
  assert.equal(local.takesText('x'.repeat(local.MAX_UNITS + 1)), false, 'longer texts go to the background');
  assert.equal(local.takesText(undefined), false);
});

test('local: refused sites are remembered once each, the latest kept', () => {
  assert.deepEqual(local.withRefused(undefined, 'a.fr'), ['a.fr']);
  assert.deepEqual(local.withRefused(['a.fr', 'b.fr'], 'a.fr'), ['b.fr', 'a.fr'], 'once, moved to the end');
  assert.deepEqual(local.withRefused(['a.fr', 7, null], 'b.fr'), ['a.fr', 'b.fr'], 'junk dropped');
  assert.deepEqual(local.withRefused('a.fr', 'b.fr'), ['b.fr']);
  const many = Array.from({ length: 600 }, (_, i) => `s${i}.fr`);
  const kept = local.withRefused(many, 'new.fr');
  assert.equal(kept.length, 500);
  assert.equal(kept.at(-1), 'new.fr');
  assert.equal(kept[0], 's101.fr', 'the oldest go first');
});

test('local: the embedded wasm is compiled once, its bytes let go; none without them', async () => {
  const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]); // an empty module
  const scope = { engineWasm: Buffer.from(bytes).toString('base64') };
  const module = await local.compileEmbedded(scope);
  assert.ok(module instanceof WebAssembly.Module);
  assert.equal(scope.engineWasm, null, 'the bytes are not kept');
  assert.equal(local.compileEmbedded(scope), null, 'once');
  assert.equal(local.compileEmbedded({}), null, 'a frame without the bytes');
  assert.equal(local.compileEmbedded({ engineWasm: '*not base64*' }), null, 'junk is a quiet skip');
  await assert.rejects(local.compileEmbedded({ engineWasm: Buffer.from('not wasm').toString('base64') }), WebAssembly.CompileError);
});

test('local: the start-up is scanned in small texts first, the first sentences of long ones', () => {
  assert.deepEqual(local.warmUpTexts('Le Kremlin a affirmé, sans preuve.'), ['x']);
  const sentence = 'Le ministre aurait affirmé, sans preuve, que Paris savait. ';
  const long = sentence.repeat(20);
  const [letter, head] = local.warmUpTexts(long);
  assert.equal(letter, 'x');
  assert.ok(long.startsWith(head) && head.length <= 400 && head.endsWith('.'), head);
  const oneLine = 'x'.repeat(1000);
  assert.equal(local.warmUpTexts(oneLine)[1], 'x'.repeat(400), 'no sentence end: cut');
});

test('local: the warm-ups before the article: the letter, then a sentence in the page\'s language when the engine has it', () => {
  assert.deepEqual(local.earlyWarmUps(''), [['x', null]]);
  assert.deepEqual(local.earlyWarmUps(undefined), [['x', null]]);
  assert.deepEqual(local.earlyWarmUps('de'), [['x', null]], 'no tables for German');
  assert.deepEqual(local.earlyWarmUps('french'), [['x', null]], 'not a language tag');
  for (const [tag, lang] of [['fr', 'fr'], ['fr-FR', 'fr'], ['EN-gb', 'en'], [' en ', 'en'], ['en_US', 'en']]) {
    const warmUps = local.earlyWarmUps(tag);
    assert.equal(warmUps.length, 2, tag);
    assert.equal(warmUps[1][1], lang, tag);
    assert.ok(warmUps[1][0].length > 40 && warmUps[1][0].length <= 400, 'a sentence, shorter than warmUpTexts\' head');
  }
});

test('local: the refused sites as match patterns, junk left out', () => {
  assert.deepEqual(local.refusedPatterns(['lemonde.fr', 'www.BBC.co.uk', '127.0.0.1']), ['*://lemonde.fr/*', '*://www.bbc.co.uk/*', '*://127.0.0.1/*']);
  assert.deepEqual(local.refusedPatterns(['a.fr', 'A.fr', 7, null, '', '*.evil', 'a.fr/x', '[::1]']), ['*://a.fr/*']);
  assert.deepEqual(local.refusedPatterns(undefined), []);
  assert.deepEqual(local.refusedPatterns('a.fr'), []);
});

test('local: a glue of another shape is refused at build time', () => {
  assert.throws(() => engineFactory('export const x = 1;\n'), /not the glue/);
  assert.throws(() => engineFactory('export function scanCompact() {}\n'), /not the glue/, 'no init');
  assert.throws(() => engineFactory('import x from "y";\nfunction scanCompact() {}\nasync function __wbg_init() {}\n'), /not the glue/, 'an import');
});

const PKG = join(ROOT, 'pkg');
const built = existsSync(join(PKG, 'claimlens.js')) && existsSync(join(PKG, 'claimlens_bg.wasm'));

test('local: the content script\'s engine answers exactly as the background\'s, one fresh instance per call', { skip: !built && 'pkg/ not built' }, async () => {
  const glue = readFileSync(join(PKG, 'claimlens.js'), 'utf8');
  const bytes = readFileSync(join(PKG, 'claimlens_bg.wasm'));
  // The background's: the ES module.
  const background = await import(pathToFileURL(join(PKG, 'claimlens.js')).href);
  background.initSync({ module: bytes });
  // The content script's: the generated classic script, run in a context of its own.
  // (its own WebAssembly and Object, as a content script has)
  const context = vm.createContext({ TextDecoder, TextEncoder, console, bytes: new Uint8Array(bytes) });
  vm.runInContext(engineFactory(glue), context);
  const [one, two] = await vm.runInContext(
    `(async () => {
      const module = await WebAssembly.compile(bytes);
      const engines = [claimlens.engineFactory(), claimlens.engineFactory()];
      for (const engine of engines) await engine.init({ module_or_path: module });
      return engines;
    })()`,
    context,
  );
  const texts = [
    readFileSync(join(ROOT, 'tests', 'fixtures', 'sample-fr.txt'), 'utf8'),
    'Officials reportedly said, without evidence, that the Kremlin knew. 😀 « Selon des sources proches »',
    '',
  ];
  for (const text of texts) {
    const expected = background.scanCompact(text, null);
    assert.equal(one.scanCompact(text, null), expected);
    assert.equal(two.scanCompact(text, null), expected);
  }
});
