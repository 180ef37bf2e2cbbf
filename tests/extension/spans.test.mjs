import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { spans } = load('content/spans.js');

const items = [
  { id: 'claim', start: 10, end: 40 },
  { id: 'actor-inside', start: 15, end: 20 },
  { id: 'second', start: 50, end: 55 },
  { id: 'overlap', start: 52, end: 60 },
];
const index = spans.index(items);
const idsAt = (offset) => spans.at(index, offset).map((s) => s.id);

test('span lookup: which spans cover an offset, shortest first', () => {
  const cases = [
    [0, []], // before everything
    [10, ['claim']], // a start is inside
    [15, ['actor-inside', 'claim']], // nested: the actor first
    [19, ['actor-inside', 'claim']],
    [20, ['claim']], // an end is outside
    [39, ['claim']],
    [40, []],
    [53, ['second', 'overlap']], // overlapping, equal length: leftmost first
    [57, ['overlap']],
    [60, []],
    [1000, []],
  ];
  for (const [offset, expected] of cases) assert.deepEqual(idsAt(offset), expected, `offset ${offset}`);
});

test('span lookup: a long span far back is still found (running maximum of ends)', () => {
  const idx = spans.index([{ id: 'long', start: 0, end: 100 }, ...Array.from({ length: 50 }, (_, k) => ({ id: k, start: 1 + k, end: 2 + k }))]);
  assert.deepEqual(spans.at(idx, 90).map((s) => s.id), ['long']);
});

test('span lookup: empty index', () => {
  assert.deepEqual(spans.at(spans.index([]), 3), []);
});
