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

const { highlight } = load('shared/categories.js', 'content/band.js', 'content/highlight.js');

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

/**
 * A viewport the test drives by hand: blocks are {top, bottom} boxes in page
 * coordinates (or hidden), the viewport is `height` tall and scrolled to
 * `scrollY`; animation frames run when the test says so.
 */
class FakeViewport {
  constructor(height) {
    this.viewHeight = height;
    this.scrollY = 0;
    this.frames = [];
    this.listening = 0;
    this.onChange = null;
    this.asked = 0;
  }
  height() {
    return this.viewHeight;
  }
  rectOf = (block) => {
    this.asked += 1;
    return block.hidden ? null : { top: block.top - this.scrollY, bottom: block.bottom - this.scrollY };
  };
  listen(onChange) {
    this.listening += 1;
    this.onChange = onChange;
    return () => {
      this.listening -= 1;
    };
  }
  nextFrame(callback) {
    this.frames.push(callback);
  }
  runFrames() {
    const frames = this.frames.splice(0);
    for (const frame of frames) frame();
  }
  scrollTo(y) {
    this.scrollY = y;
    this.onChange();
    this.runFrames();
  }
}

/** Paragraph stand-ins 100 px tall, one under the other. */
const paragraphs = (n) =>
  Array.from({ length: n }, (_, i) => ({ nodeType: 1, id: `p${i}`, isConnected: true, parentElement: null, top: i * 100, bottom: i * 100 + 100 }));
/** Entries in paragraphs, from one part of the text (content.js: a segment). */
const inParagraphs = (...pairs) => {
  const segment = {};
  return pairs.map(([p, at]) => {
    const e = entry('hedge', at);
    e.segment = segment;
    e.range.startContainer = { nodeType: 3, parentElement: p, isConnected: true };
    return e;
  });
};
const registeredAts = () => [...(CSS.highlights.get('claimlens-hedge') ?? [])].map((r) => r.at).sort((a, b) => a - b);

test('band: the blocks overlapping a stretch of the viewport, found by binary search', () => {
  const { overlapping } = claimlens.band;
  const blocks = paragraphs(1000);
  let asked = 0;
  /** `overlapping` over a list of paragraph stand-ins (a hidden one has no box). */
  const overlappingBlocks = (list, top, bottom) =>
    overlapping(
      list.length,
      (i) => {
        asked += 1;
        return list[i].hidden ? null : list[i];
      },
      top,
      bottom,
    );
  assert.deepEqual(overlappingBlocks(blocks, 250, 450), { from: 2, to: 5 });
  assert.ok(asked < 30, `a few blocks asked, not all (${asked})`);
  assert.deepEqual(overlappingBlocks(blocks, -500, -1), { from: 0, to: 0 }, 'nothing above the page');
  assert.deepEqual(overlappingBlocks(blocks, 100_000, 100_500), { from: 1000, to: 1000 }, 'nothing below it');
  assert.deepEqual(overlappingBlocks(blocks, 99_950, 100_500), { from: 999, to: 1000 });
  assert.deepEqual(overlappingBlocks(blocks, 300, 400), { from: 3, to: 4 }, 'edges that only touch are outside');
  assert.deepEqual(overlappingBlocks([], 0, 100), { from: 0, to: 0 });
  // Hidden blocks (no box) are skipped over, wherever the search lands.
  for (const i of [2, 3, 500, 501, 502]) blocks[i].hidden = true;
  assert.deepEqual(overlappingBlocks(blocks, 250, 450), { from: 4, to: 5 });
  assert.deepEqual(overlappingBlocks(blocks, 50_050, 50_350), { from: 503, to: 504 }, 'a search landing on hidden blocks');
  const allHidden = paragraphs(5).map((b) => ({ ...b, hidden: true }));
  assert.deepEqual(overlappingBlocks(allHidden, 0, 100), { from: 5, to: 5 }, 'blocks without a box start no range');
});

test('highlight registry: past the window size, only blocks in a band around the viewport have registered ranges', () => {
  CSS.highlights.clear();
  const viewport = new FakeViewport(100); // one paragraph tall: near = 3 paragraphs, band = 7
  const registry = new highlight.Registry({ useApi: true, windowMinEntries: 4, viewport });
  const p = paragraphs(20);

  registry.add(inParagraphs([p[0], 1], [p[0], 2], [p[1], 3]));
  assert.equal(viewport.listening, 0, 'a short page is not windowed');
  assert.deepEqual(registeredAts(), [1, 2, 3]);

  registry.add(inParagraphs([p[15], 4], [p[19], 5]));
  assert.equal(viewport.listening, 1, 'windowing starts past the limit');
  assert.deepEqual(registeredAts(), [1, 2, 3, 4, 5], 'registered ranges stay until the next frame');
  viewport.runFrames();
  assert.deepEqual(registeredAts(), [1, 2, 3], 'then only the band around the viewport (paragraphs 0-3)');

  viewport.scrollTo(100);
  assert.deepEqual(registeredAts(), [1, 2, 3], 'a small scroll inside the band changes nothing');
  viewport.scrollTo(1500); // paragraph 15 at the top: band = paragraphs 12-18
  assert.deepEqual(registeredAts(), [4]);
  registry.add(inParagraphs([p[0], 6], [p[16], 7])); // a rescan: between the parts read before
  assert.deepEqual(registeredAts(), [4], 'new entries wait for the next frame');
  viewport.runFrames();
  assert.deepEqual(registeredAts(), [4, 7], 'the one in the band is registered, the one away from it is not');
  viewport.scrollTo(0);
  assert.deepEqual(registeredAts(), [1, 2, 3, 6]);
  assert.equal(registry.entries.length, 7, 'entries (counts, navigation) still cover the whole page');

  p[1].isConnected = false; // the page removed this block
  registry.removeUnder([p[0]]); // and this one is rescanned
  assert.deepEqual(registeredAts(), []);
  assert.deepEqual(registry.entries.map((e) => e.range.at), [4, 5, 7]);
  viewport.scrollTo(1900);
  assert.deepEqual(registeredAts(), [5, 7]);

  registry.clear();
  assert.equal(viewport.listening, 0, 'clearing stops listening to scrolls');
});

test('highlight registry: a long page windowed from the start registers only what is near, in one frame', () => {
  CSS.highlights.clear();
  const viewport = new FakeViewport(100);
  const registry = new highlight.Registry({ useApi: true, viewport });
  registry.startWindow();
  const p = paragraphs(10_000);
  registry.add(inParagraphs(...p.map((block, i) => [block, i])));
  assert.deepEqual(registeredAts(), [], 'nothing before the frame');
  let settled = false;
  registry.bandSettled().then(() => {
    settled = true;
  });
  viewport.asked = 0;
  viewport.runFrames();
  assert.deepEqual(registeredAts(), [0, 1, 2, 3]);
  assert.ok(viewport.asked < 100, `geometry of a few blocks asked, not of all 10,000 (${viewport.asked})`);
  registry.clear();
  return Promise.resolve().then(() => assert.ok(settled, 'bandSettled resolves once the frame has registered the band'));
});

test('highlight registry: a range is asked for only when its entry is registered; one that cannot be made is no highlight', () => {
  CSS.highlights.clear();
  const viewport = new FakeViewport(100);
  const registry = new highlight.Registry({ useApi: true, windowMinEntries: 1, viewport });
  const [near, , , , , far] = paragraphs(6);
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
  assert.equal(viewport.listening, 1, 'windowing started');
  viewport.runFrames();
  made.length = 0;
  registry.add([lazy(4, far)]);
  viewport.runFrames();
  assert.deepEqual(made, [], 'entries away from the viewport make no range');
  viewport.scrollTo(500);
  assert.deepEqual(made.sort(), [3, 4]);
  assert.equal(registry.counts().hedge, 3);
  registry.clear();
});
