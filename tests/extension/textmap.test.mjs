import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adopt, el, load, shadow, text } from './load.mjs';

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
  const inShadow = el('p', {}, ['Inside the shadow root.']);
  shadow(hostElement, [inShadow, 'Straight in the root.']);
  const light = el('p', {}, ['Light text.']);
  const map = collect([el('article', {}, [light, hostElement])]);
  assert.match(map.text, /Light text\.\nInside the shadow root\.\nStraight in the root\./);
  assert.deepEqual(map.parents, [light, inShadow, hostElement], 'each text node with its element (the host, for text straight in a shadow root)');
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

test('text map: node index of offsets asked in ascending order, stepping from the last answer', () => {
  const nodes = ['aaaa', 'bb', '', 'cccccc', 'd'].map(text);
  const map = collect([el('p', {}, nodes.filter((n) => n.data !== ''))]);
  const offsets = [0, 3, 4, 5, 6, 11, 12, 2];
  let hint = -1;
  for (const offset of offsets) {
    hint = textmap.nodeIndexFrom(map, offset, hint);
    assert.equal(hint, textmap.nodeIndexAt(map, offset), `offset ${offset} (a smaller one searches again)`);
  }
});

test('text map in parts: cut at line breaks, together the same text as one map', async () => {
  const paragraphs = Array.from({ length: 300 }, (_, i) => el('p', {}, [`Paragraph ${i} says `, el('em', {}, ['something']), '.']));
  const root = el('article', {}, paragraphs);
  const whole = collect([root]);
  const parts = [];
  let pauses = 0;
  await textmap.collectChunks([root], {
    chunkUnits: 500,
    sliceMs: 0, // a pause every few nodes
    pause: async () => {
      pauses += 1;
    },
    onChunk: (map) => parts.push(map),
    skip: (element) => globalThis.claimlens.extract.skipReason(element),
  });
  assert.ok(parts.length > 5, `several parts: ${parts.length}`);
  assert.ok(pauses > 0, 'the walk yields to the page between slices');
  assert.equal(parts.map((map) => map.text).join(''), whole.text);
  for (const map of parts.slice(0, -1)) {
    assert.ok(map.text.endsWith('\n'), 'a part ends at a line break');
    assert.ok(map.text.length >= 500 && map.text.length < 600, `a part is about the size asked: ${map.text.length}`);
  }
  for (const map of parts) {
    map.nodes.forEach((node, i) => assert.equal(map.text.slice(map.starts[i], map.starts[i] + node.data.length), node.data));
    assert.equal(textmap.offsetOf(map, map.nodes.at(-1), 0), map.starts.at(-1));
  }
});

test('text map in parts: a text shorter than a part is one part; maxUnits stops the walk', async () => {
  const root = el('article', {}, Array.from({ length: 50 }, (_, i) => el('p', {}, [`Paragraph number ${i}.`])));
  const options = { pause: async () => {}, skip: () => null };
  const single = [];
  await textmap.collectChunks([root], { ...options, chunkUnits: 1 << 16, onChunk: (map) => single.push(map) });
  assert.equal(single.length, 1);
  assert.equal(single[0].text, collect([root]).text);
  const capped = [];
  await textmap.collectChunks([root], { ...options, chunkUnits: 100, maxUnits: 300, onChunk: (map) => capped.push(map) });
  const units = capped.reduce((sum, map) => sum + map.text.length, 0);
  assert.ok(units >= 300 && units < 500, `stops soon after maxUnits: ${units}`);
});

test('text map in parts: the first slice has its own pause (a page read before its first layout)', async () => {
  const root = el('article', {}, Array.from({ length: 200 }, (_, i) => el('p', {}, [`Paragraph number ${i}.`])));
  const pauses = [];
  const parts = [];
  await textmap.collectChunks([root], {
    chunkUnits: 100,
    sliceMs: 0,
    firstSliceMs: 0,
    firstPause: async () => pauses.push('first frame'),
    pause: async () => pauses.push('yield'),
    onChunk: (map) => parts.push(map),
    skip: textmap.skipWithoutStyle,
  });
  assert.equal(pauses[0], 'first frame');
  assert.ok(pauses.length > 1 && pauses.slice(1).every((p) => p === 'yield'), pauses.join());
  assert.equal(parts.map((map) => map.text).join(''), collect([root]).text);
});

test('text map without computed style: the DOM says what is hidden, style sheets are not asked', () => {
  const root = el('article', {}, [
    el('p', {}, ['Shown.']),
    el('p', { style: 'display: none' }, ['Hidden inline.']),
    el('p', { 'aria-hidden': 'true' }, ['Hidden from readers.']),
    el('p', { class: 'visually-hidden' }, ['Hidden by a style sheet: left to claimlens.visibility.']),
  ]);
  assert.equal(textmap.collect([root], textmap.skipWithoutStyle).text, 'Shown.\nHidden by a style sheet: left to claimlens.visibility.\n');
});

test('text map in parts: text the page moves out of the article between slices is not followed', async () => {
  const paragraphs = Array.from({ length: 200 }, (_, i) => el('p', {}, [`Paragraph ${i}.`]));
  const article = el('article', {}, paragraphs);
  const elsewhere = el('aside', {}, []);
  el('body', {}, [article, elsewhere]);
  const parts = [];
  let moved = false;
  await textmap.collectChunks([article], {
    chunkUnits: 1 << 16,
    sliceMs: 0,
    pause: async () => {
      if (moved) return;
      moved = true;
      // The page moves the second half of the article into its sidebar.
      adopt(elsewhere, paragraphs.slice(100));
      adopt(article, paragraphs.slice(0, 100));
    },
    onChunk: (map) => parts.push(map),
    skip: () => null,
  });
  assert.ok(moved, 'the walk paused at least once');
  const read = parts.map((map) => map.text).join('');
  assert.match(read, /^Paragraph 0\./);
  assert.doesNotMatch(read, /Paragraph 1\d\d\./, 'nothing of what moved to the sidebar');
});

test('text map while the page is parsed: read up to the parser, resumed where it stopped, the same text as the parsed page', async () => {
  // The parser appends in document order: its last node and that node's
  // ancestors may still grow, everything before them is complete.
  const paragraph = (i) => el('p', {}, [`Paragraph ${i} says `, el('em', {}, ['something']), '.']);
  const first = Array.from({ length: 6 }, (_, i) => paragraph(i));
  const growing = text('Paragraph 6 is still bei');
  const article = el('article', {}, [...first, el('p', {}, [growing])]);
  const html = el('html', {}, [el('body', {}, [article])]);
  const page = { readyState: 'loading', documentElement: html };
  const parts = [];
  const walker = textmap.parsingWalker([article], { chunkUnits: 40, onChunk: (map) => parts.push(map), skip: () => null, doc: page });

  assert.equal(walker.run(), false, 'the walk stops at the parser');
  assert.equal(walker.stalled, true);
  const readSoFar = () => parts.map((map) => map.text).join('');
  assert.match(readSoFar(), /Paragraph 5 says something\.\n$/, 'complete parts go out while the page is parsed');
  assert.doesNotMatch(readSoFar(), /Paragraph 6/, 'not the text node the parser is still filling');

  // More arrives: the growing node is complete, a paragraph follows it, and
  // the parser has just opened the next one (no text in it yet).
  growing.data = 'Paragraph 6 is still being written.';
  const opened = el('p', {}, []);
  adopt(article, [...first, growing.parentNode, paragraph(7), opened]);
  assert.equal(walker.run(), false);
  assert.equal(walker.stalled, true, 'stopped in the paragraph the parser is filling');
  assert.match(readSoFar(), /Paragraph 6 is still being written\.\n/);

  // Parsed: the walk goes on from where it stopped, with what was appended
  // there and after it.
  page.readyState = 'interactive';
  adopt(opened, ['Paragraph 8 came last but one.']);
  adopt(article, [...article.childNodes, paragraph(9)]);
  await textmap.collectChunks([article], { walker, chunkUnits: 40, pause: async () => {}, onChunk: (map) => parts.push(map), skip: () => null });
  assert.equal(readSoFar(), collect([article]).text, 'the same text as reading the parsed page');
  for (const map of parts) {
    map.nodes.forEach((node, i) => assert.equal(map.text.slice(map.starts[i], map.starts[i] + node.data.length), node.data));
  }
});
