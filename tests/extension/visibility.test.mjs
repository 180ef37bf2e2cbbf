import assert from 'node:assert/strict';
import { test } from 'node:test';
import { el, load, text } from './load.mjs';

const { visibility } = load('content/extract.js', 'content/textmap.js', 'content/visibility.js');

/**
 * An element whose checkVisibility answers `visible` (a browser that has it)
 * and whose computed display is `display`; `asked` counts the questions.
 */
function rendered(tag, visible, children = [], { display = visible ? 'block' : 'none' } = {}) {
  const element = el(tag, {}, children);
  element.asked = 0;
  element.checkVisibility = (options) => {
    element.asked += 1;
    assert.equal(options.visibilityProperty, true, 'visibility:hidden must count as hidden');
    return visible;
  };
  element.ownerDocument = { defaultView: { getComputedStyle: () => ({ display }) } };
  return element;
}

test('visibility: a span is shown when the elements of its first and last characters are', () => {
  const shownText = text('Officials said ');
  const hiddenText = text('without evidence');
  const p = rendered('p', true, [shownText]);
  const collapsed = rendered('span', false, [hiddenText]);
  const cases = [
    ['all in a shown paragraph', shownText, shownText, true],
    ['all in a hidden element', hiddenText, hiddenText, false],
    ['starts shown, ends hidden', shownText, hiddenText, false],
    ['starts hidden, ends shown', hiddenText, shownText, false],
  ];
  const checker = new visibility.TextVisibility();
  for (const [what, first, last, expected] of cases) assert.equal(checker.spanShown(first, last), expected, what);
  // The same decisions from the elements (what the text map recorded while reading).
  const elementOf = (node) => node.parentElement;
  for (const [what, first, last, expected] of cases) {
    assert.equal(checker.spanShownIn(elementOf(first), elementOf(last)), expected, `${what} (by elements)`);
  }
  assert.equal(checker.spanShownIn(p, null), true, 'one element');
});

test('visibility: each element is asked once, however many spans it holds', () => {
  const node = text('Russia claimed, without evidence, that Kyiv knew.');
  const p = rendered('p', true, [node]);
  const checker = new visibility.TextVisibility();
  for (let i = 0; i < 5; i++) assert.equal(checker.spanShown(node, node), true);
  assert.equal(p.asked, 1);
});

test('visibility: display:contents has no box but shows its children, unless an ancestor is hidden', () => {
  const inShown = text('shown through contents');
  const inHidden = text('hidden above contents');
  rendered('div', true, [rendered('div', false, [inShown], { display: 'contents' })]);
  rendered('div', false, [rendered('div', false, [inHidden], { display: 'contents' })]);
  const checker = new visibility.TextVisibility();
  assert.equal(checker.spanShown(inShown, inShown), true);
  assert.equal(checker.spanShown(inHidden, inHidden), false);
});

test('visibility: text straight in a shadow root belongs to its host', () => {
  const host = rendered('div', false);
  const node = { nodeType: 3, data: 'in the shadow root', parentElement: null, parentNode: { nodeType: 11, host } };
  assert.equal(new visibility.TextVisibility().spanShown(node, node), false);
});

test('visibility: without checkVisibility, the computed style of the element and its ancestors decides', () => {
  const node = text('inside');
  const inner = el('span', {}, [node]);
  const outer = el('div', { class: 'collapsed' }, [inner]);
  el('article', {}, [outer]);
  const hiddenByStyle = (element) => element.attributes.class === 'collapsed';
  assert.equal(new visibility.TextVisibility({ hiddenByStyle }).spanShown(node, node), false, 'hidden ancestor');
  assert.equal(new visibility.TextVisibility({ hiddenByStyle: () => false }).spanShown(node, node), true);
});

test('visibility: an element answered hidden before its box was built is asked again once layout has built it', () => {
  const node = text('Officials said, without evidence, that the dam leaked.');
  const p = rendered('p', false, [node]);
  // Like a browser asked before its first layout: no box yet, until
  // getClientRects() makes the browser lay the page out.
  let laidOut = false;
  p.checkVisibility = () => laidOut;
  p.getClientRects = () => {
    laidOut = true;
    return [{}];
  };
  assert.equal(new visibility.TextVisibility().spanShown(node, node), true);
  // A really hidden element stays hidden: no box (display:none), or a box
  // that visibility:hidden hides.
  const gone = text('hidden');
  const none = rendered('div', false, [gone]);
  none.getClientRects = () => [];
  assert.equal(new visibility.TextVisibility().spanShown(gone, gone), false);
  const invisibleText = text('invisible');
  const invisible = rendered('div', false, [invisibleText], { display: 'block' });
  invisible.getClientRects = () => [{}];
  assert.equal(new visibility.TextVisibility().spanShown(invisibleText, invisibleText), false);
});
