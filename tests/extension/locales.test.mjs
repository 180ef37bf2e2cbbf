import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { load } from './load.mjs';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'extension', 'src');
const messages = (lang) => JSON.parse(readFileSync(join(SRC, '_locales', lang, 'messages.json'), 'utf8'));
const en = messages('en');
const fr = messages('fr');
const { CATEGORIES, GROUPS, messageKey } = load('shared/categories.js');

/** Every file of the extension's source with one of `extensions`. */
function sources(...extensions) {
  return readdirSync(SRC, { recursive: true })
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .map((file) => readFileSync(join(SRC, file), 'utf8'));
}

test('locales: English and French have the same messages, none empty', () => {
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  for (const [key, { message }] of [...Object.entries(en), ...Object.entries(fr)]) assert.ok(message.trim(), key);
});

test('locales: substitutions ($1, $2) agree between English and French', () => {
  for (const key of Object.keys(en)) {
    const subs = (text) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    assert.deepEqual(subs(fr[key].message), subs(en[key].message), key);
  }
});

test('locales: every message the code, pages and manifest use exists', () => {
  const used = new Set();
  for (const code of sources('.js', '.mjs')) {
    for (const m of code.matchAll(/\bt\('([a-z_]+)'/g)) used.add(m[1]);
  }
  for (const html of sources('.html')) for (const m of html.matchAll(/data-i18n="([a-z_]+)"/g)) used.add(m[1]);
  const manifest = readFileSync(join(SRC, '..', 'manifest.mjs'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([a-z_]+)__/g)) used.add(m[1]);
  // Keys built from the categories and groups.
  for (const { id, group } of CATEGORIES) {
    used.add(messageKey('category', id));
    if (group === 'claim') used.add(messageKey('meaning', id)); // the claim card explains the category
  }
  for (const group of GROUPS) used.add(`group_${group}`);
  for (const key of used) assert.ok(key in en, `missing message ${key}`);
});
