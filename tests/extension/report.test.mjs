import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { report } = load('content/report.js');

// What the engine's scanCompact returns (src/wasm.rs): categories table,
// flat spans (start, end, category, actor, speaker kind, a, b), actors.
const TEXT = 'Le Kremlin a affirmé, sans preuve, que des sources 😀 savaient.';
const at = (piece) => [TEXT.indexOf(piece), TEXT.indexOf(piece) + piece.length];
const COMPACT = {
  lang: 'fr',
  categories: [['no-evidence', 'claim'], ['vague-source', 'claim'], ['organization', 'actor']],
  spans: [
    ...at('Kremlin'), 2, 0, 0, 0, 0,
    ...at('sans preuve'), 0, -1, 1, 0, 0,
    ...at('des sources'), 1, -1, 2, ...at('des sources'),
  ],
  actors: [{ id: 0, name: 'Kremlin', category: 'organization', aliases: ['Kremlin'], mentions: 1 }],
};

/** A decoded span as a plain object: its fields, its text (sliced when asked) and what it may carry. */
const plain = ({ start, end, text, category, group, actor, speaker }) => ({
  start,
  end,
  text,
  category,
  group,
  ...(actor === undefined ? {} : { actor }),
  ...(speaker === undefined ? {} : { speaker }),
});

test('compact report: spans come back in the report shape, texts sliced from the scanned text', () => {
  const decoded = report.decode(JSON.stringify(COMPACT), TEXT);
  assert.equal(decoded.lang, 'fr');
  assert.deepEqual(decoded.actors, COMPACT.actors);
  assert.deepEqual(decoded.spans.map(plain), [
    { ...span('Kremlin', 'organization', 'actor'), actor: 0 },
    { ...span('sans preuve', 'no-evidence', 'claim'), speaker: { kind: 'actor', actor: 0, name: 'Kremlin' } },
    {
      ...span('des sources', 'vague-source', 'claim'),
      speaker: { kind: 'vague', start: at('des sources')[0], end: at('des sources')[1], text: 'des sources' },
    },
  ]);
});

function span(text, category, group) {
  const [start, end] = at(text);
  return { start, end, text, category, group };
}

test('compact report: a category this script does not know is skipped, not guessed', () => {
  const compact = { ...COMPACT, spans: [...at('Kremlin'), 7, 0, 0, 0, 0, ...at('sans preuve'), 0, -1, 0, 0, 0] };
  const decoded = report.decode(JSON.stringify(compact), TEXT);
  assert.deepEqual(decoded.spans.map((s) => s.text), ['sans preuve']);
});

test('compact report: no spans', () => {
  const decoded = report.decode(JSON.stringify({ lang: 'en', categories: [], spans: [], actors: [] }), '');
  assert.deepEqual(decoded, { lang: 'en', spans: [], actors: [] });
});

test('compact report: a span keeps no text of its own until asked', () => {
  const [kremlin] = report.decode(JSON.stringify(COMPACT), TEXT).spans;
  assert.ok(!Object.hasOwn(kremlin, 'text'), 'the text is not sliced when decoding');
  assert.equal(kremlin.text, 'Kremlin');
});
