import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

// The Highlight API as the registry sees it: a set of ranges per highlight,
// a name -> highlight map per document.
globalThis.Highlight = class extends Set {
  constructor(...ranges) {
    super(ranges);
  }
};
globalThis.CSS = { highlights: new Map() };
globalThis.Range = { START_TO_START: 0 };

const { highlight } = load('shared/categories.js', 'content/highlight.js');

/** A fake range ordered by `at` (compareBoundaryPoints is all the registry needs). */
const range = (at) => ({ at, compareBoundaryPoints: (_how, other) => at - other.at });
const entry = (category, at) => ({ start: at, end: at + 1, range: range(at), span: { category } });
const registered = () => [...CSS.highlights.keys()].sort();

test('highlight registry: one Highlight per category, toggled without touching the ranges', () => {
  CSS.highlights.clear();
  const registry = new highlight.Registry({ useApi: true });
  const entries = [entry('hedge', 3), entry('state', 1), entry('state', 2), entry('person', 4)];
  registry.add(entries);
  assert.deepEqual(registered(), ['claimlens-hedge', 'claimlens-person', 'claimlens-state']);
  assert.equal(CSS.highlights.get('claimlens-state').size, 2);
  assert.deepEqual(registry.counts(), { hedge: 1, state: 2, person: 1 });

  const state = CSS.highlights.get('claimlens-state');
  registry.show(new Set(['hedge', 'person'])); // the reader switches "state" off
  assert.deepEqual(registered(), ['claimlens-hedge', 'claimlens-person']);
  assert.deepEqual(registry.shownEntries().map((e) => e.range.at), [3, 4], 'shown entries in document order');
  registry.show(new Set(['hedge', 'person', 'state'])); // and on again
  assert.equal(CSS.highlights.get('claimlens-state'), state, 'the same Highlight, ranges kept: no rescan');
  assert.deepEqual(registry.counts(), { hedge: 1, state: 2, person: 1 }, 'counts do not depend on what is shown');
});

test('highlight registry: removing entries and clearing', () => {
  CSS.highlights.clear();
  CSS.highlights.set('other-extension', new Highlight());
  const registry = new highlight.Registry({ useApi: true });
  const entries = [entry('hedge', 1), entry('hedge', 2), entry('state', 3)];
  registry.add(entries);
  registry.setFocus(entries[0]);
  registry.remove((e) => e.range.at === 1);
  assert.equal(CSS.highlights.get('claimlens-hedge').size, 1);
  assert.equal(entries[0].removed, true);
  assert.equal(registry.focus, null, 'a removed entry loses the keyboard focus');
  registry.clear();
  assert.deepEqual(registered(), ['other-extension'], "only ClaimLens's own highlights are removed");
  assert.deepEqual(registry.entries, []);
});
