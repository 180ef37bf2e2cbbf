import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doc, el, load } from './load.mjs';

const { extract } = load('content/extract.js');

const LONG = 'The ministry said on Tuesday that the strike had damaged the dam, according to officials.';

test('skipped elements and why', () => {
  const cases = [
    [el('p'), null],
    [el('div', { class: 'article-body' }), null],
    [el('script'), 'non-text'],
    [el('style'), 'non-text'],
    [el('noscript'), 'non-text'],
    [el('template'), 'non-text'],
    [el('textarea'), 'non-text'],
    [el('input'), 'non-text'],
    [el('pre'), 'non-text'],
    [el('div', { hidden: '' }, [], { hidden: true }), 'hidden'], // the property reflects the attribute
    [el('div', { 'aria-hidden': 'true' }), 'hidden'],
    [el('div', { inert: '' }, [], { inert: true }), 'hidden'], // not rendered to assistive tech nor found by find-in-page
    [el('div', {}, [], { isContentEditable: true }), 'editable'],
    [el('nav'), 'chrome'],
    [el('aside'), 'chrome'],
    [el('footer'), 'chrome'],
    [el('div', { role: 'navigation' }), 'chrome'],
    [el('div', { role: 'complementary' }), 'chrome'],
    [el('section', { id: 'comments' }), 'chrome'],
    [el('div', { class: 'comment-list' }), 'chrome'],
    [el('div', { class: 'commentaires' }), 'chrome'],
    [el('div', { class: 'commentary' }), null], // a word that merely starts like "comment"
    [el('div', { class: 'site-menu' }), 'chrome'],
    [el('div', { class: 'related-links' }), 'chrome'],
    [el('div', { 'data-claimlens-ignore': '' }), 'ignored'],
    [el('header'), null], // an article's own header holds its headline
  ];
  for (const [element, expected] of cases) {
    assert.equal(extract.skipReason(element), expected, `${element.tagName} ${JSON.stringify(element.attributes)}`);
  }
  assert.equal(extract.skipReason(el('div'), () => true), 'hidden', 'computed style says hidden');
});

test('hidden by its inline style (the check that needs no style computation)', () => {
  const cases = [
    [el('p'), false],
    [el('p', { style: 'display:none' }), true],
    [el('p', { style: 'color: red; display : none !important;' }), true],
    [el('p', { style: 'visibility: hidden' }), true],
    [el('p', { style: 'visibility:collapse' }), true],
    [el('p', { style: 'display: block' }), false],
    [el('p', { style: 'display: none-ish' }), false], // not a value: the rule is ignored by the browser
    [el('p', { style: '--display: none' }), false], // a custom property hides nothing
    [el('p', { class: 'display:none' }), false], // only the style attribute counts
  ];
  for (const [element, expected] of cases) {
    assert.equal(extract.hiddenInline(element), expected, JSON.stringify(element.attributes));
  }
});

test('article root: schema.org articleBody first', () => {
  const body = el('div', { itemprop: 'articleBody' }, [el('p', {}, [LONG]), el('p', {}, [LONG]), el('p', {}, [LONG])]);
  const page = el('body', {}, [el('nav', {}, [el('p', {}, [LONG])]), el('article', {}, [el('h1', {}, ['Title']), body])]);
  assert.equal(extract.articleRoot(doc(page)), body);
});

test('article root: the richest <article> when a page lists several', () => {
  const teaser = el('article', {}, [el('p', {}, ['A short teaser of another story.'])]);
  const main = el('article', {}, [el('p', {}, [LONG]), el('p', {}, [LONG]), el('p', {}, [LONG])]);
  const page = el('body', {}, [teaser, main]);
  assert.equal(extract.articleRoot(doc(page)), main);
});

test('article root: the densest text block when there is no <article>', () => {
  const story = el('div', { class: 'story' }, [el('p', {}, [LONG]), el('p', {}, [LONG]), el('p', {}, [LONG])]);
  const sidebar = el('div', { class: 'sidebar' }, [el('p', {}, [LONG]), el('p', {}, [LONG]), el('p', {}, [LONG]), el('p', {}, [LONG])]);
  const page = el('body', {}, [el('div', { class: 'wrapper' }, [story]), sidebar]);
  assert.equal(extract.articleRoot(doc(page)), story, 'the sidebar is skipped even though it holds more text');
});

test('article root: the body when nothing stands out', () => {
  const page = el('body', {}, [el('p', {}, ['Short.'])]);
  assert.equal(extract.articleRoot(doc(page)), page);
  assert.equal(extract.articleRoot({ body: null, querySelectorAll: () => [] }), null);
});
