import assert from 'node:assert/strict';
import { test } from 'node:test';
import { el, load, text } from './load.mjs';

const { textmap } = load('content/extract.js', 'content/textmap.js');

/** collect() with the extraction rules but no computed style (no DOM here). */
const collect = (roots) => textmap.collect(roots, (element) => globalThis.claimlens.extract.skipReason(element));

test('text map: blocks are separated, inline text is joined, skipped parts left out', () => {
  const root = el('article', {}, [
    el('h1', {}, ['Title']),
    el('p', {}, ['Russia ', el('em', {}, ['claimed']), ' it, without evidence.']),
    el('nav', {}, ['Home | World']),
    el('p', {}, ['Second ', el('textarea', {}, ['typed text']), 'paragraph.']),
    el('div', {}, [], { hidden: true }),
  ]);
  const map = collect([root]);
  assert.equal(map.text, 'Title\nRussia claimed it, without evidence.\nSecond paragraph.\n');
  // Every node's text sits at its start offset.
  map.nodes.forEach((node, i) => assert.equal(map.text.slice(map.starts[i], map.starts[i] + node.data.length), node.data));
});

test('text map: open shadow roots are scanned', () => {
  const hostElement = el('div', {}, []);
  hostElement.shadowRoot = { nodeType: 11, childNodes: [el('p', {}, ['Inside the shadow root.'])] };
  const map = collect([el('article', {}, [el('p', {}, ['Light text.']), hostElement])]);
  assert.match(map.text, /Light text\.\nInside the shadow root\./);
});

test('text map: offsets go to DOM positions and back', () => {
  const a = text('Hello ');
  const b = text('world');
  const root = el('p', {}, [a, el('b', {}, [b])]);
  const map = collect([root]);
  const cases = [
    [0, a, 0],
    [5, a, 5],
    [6, b, 0], // a node boundary belongs to the next node
    [10, b, 4],
  ];
  for (const [offset, node, inNode] of cases) {
    const position = textmap.positionAt(map, offset);
    assert.equal(position.node, node, `offset ${offset}`);
    assert.equal(position.offset, inNode, `offset ${offset}`);
    assert.equal(textmap.offsetOf(map, node, inNode), offset);
  }
  assert.equal(textmap.offsetOf(map, text('elsewhere'), 0), -1);
});
