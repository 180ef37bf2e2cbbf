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

/** An IntersectionObserver stand-in the test drives by hand. */
class FakeObserver {
  constructor(callback) {
    this.callback = callback;
    this.observed = new Set();
  }
  observe(element) {
    this.observed.add(element);
  }
  unobserve(element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  report(element, isIntersecting) {
    this.callback([{ target: element, isIntersecting }]);
  }
}

test('highlight registry: past the window size, only blocks near the viewport have registered ranges', () => {
  CSS.highlights.clear();
  let observer = null;
  const registry = new highlight.Registry({
    useApi: true,
    windowMinEntries: 4,
    makeObserver: (callback) => (observer = new FakeObserver(callback)),
  });
  const paragraphs = [0, 1, 2].map((i) => ({ nodeType: 1, id: `p${i}`, isConnected: true, parentElement: null }));
  const inParagraph = (p, at) => {
    const e = entry('hedge', at);
    e.range.startContainer = { nodeType: 3, parentElement: p, isConnected: true };
    return e;
  };
  const registeredAts = () => [...(CSS.highlights.get('claimlens-hedge') ?? [])].map((r) => r.at).sort((a, b) => a - b);

  registry.add([inParagraph(paragraphs[0], 1), inParagraph(paragraphs[0], 2), inParagraph(paragraphs[1], 3)]);
  assert.equal(observer, null, 'a short page is not windowed');
  assert.deepEqual(registeredAts(), [1, 2, 3]);

  registry.add([inParagraph(paragraphs[1], 4), inParagraph(paragraphs[2], 5)]);
  assert.ok(observer, 'windowing starts past the limit');
  assert.deepEqual([...observer.observed].map((p) => p.id), ['p0', 'p1', 'p2'], 'every block is observed');
  assert.deepEqual(registeredAts(), [1, 2, 3, 4, 5], 'registered ranges stay until the observer reports');

  observer.report(paragraphs[0], false); // scrolled away
  observer.report(paragraphs[2], true); // near (no change)
  assert.deepEqual(registeredAts(), [3, 4, 5]);
  registry.add([inParagraph(paragraphs[0], 6)]);
  assert.deepEqual(registeredAts(), [3, 4, 5], 'a new entry in a block away from the viewport waits');
  observer.report(paragraphs[0], true); // scrolled back
  assert.deepEqual(registeredAts(), [1, 2, 3, 4, 5, 6]);
  assert.equal(registry.entries.length, 6, 'entries (counts, navigation) still cover the whole page');

  paragraphs[2].isConnected = false; // the page removed this block
  registry.removeUnder([paragraphs[1]]); // and this one is rescanned
  assert.deepEqual(registeredAts(), [1, 2, 6]);
  assert.deepEqual(registry.entries.map((e) => e.range.at), [1, 2, 6]);
  assert.deepEqual([...observer.observed].map((p) => p.id), ['p0'], 'emptied blocks are no longer observed');

  registry.clear();
  assert.equal(observer.observed.size, 0);
});

test('highlight registry: a range is asked for only when its entry is registered; one that cannot be made is no highlight', () => {
  CSS.highlights.clear();
  let observer = null;
  const registry = new highlight.Registry({
    useApi: true,
    windowMinEntries: 1,
    makeObserver: (callback) => (observer = new FakeObserver(callback)),
  });
  const near = { nodeType: 1, isConnected: true, parentElement: null };
  const far = { nodeType: 1, isConnected: true, parentElement: null };
  const made = [];
  /** An entry whose range is made on demand, as content.js makes them. */
  const lazy = (at, block, canMake = true) => ({
    start: at,
    end: at + 1,
    span: { category: 'hedge' },
    startNode: { nodeType: 3, parentElement: block, isConnected: true },
    get range() {
      made.push(at);
      return canMake ? range(at) : null;
    },
  });
  registry.add([lazy(1, near), lazy(2, near, false)]);
  assert.deepEqual(registry.entries.map((e) => e.start), [1], 'the entry without a range is dropped');
  registry.add([lazy(3, far)]);
  assert.ok(observer, 'windowing started');
  made.length = 0;
  observer.report(far, false);
  registry.add([lazy(4, far)]);
  assert.deepEqual(made, [], 'entries away from the viewport make no range');
  observer.report(far, true);
  assert.deepEqual(made.sort(), [3, 4]);
  assert.equal(registry.counts().hedge, 3);
});
