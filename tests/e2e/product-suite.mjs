// The extension as a reader uses it (issue 5), run once per browser with the
// test build: only the article is highlighted, typing still works, live
// pages and single-page apps are followed, open shadow roots and same-origin
// frames are scanned, hover cards explain actors and claims (mouse and
// keyboard), the popup toggles categories and sites, and every export format
// parses with offsets and quotes that match the exported text. Screenshots
// of open hover cards go to build/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { claimlensStatus } from './page-probes.mjs';
import { cardState, highlightCenter, listHighlights } from './probes.mjs';
import { startServer } from './server.mjs';
import { KEY, sleep, waitFor } from './webdriver.mjs';

const BROWSER_START_MS = 120_000;
const TEST_MS = 90_000;
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'screenshots');
const CHROME_PARTS = ['masthead', 'site-nav', 'related', 'comments', 'site-footer'];

// --- popup-side functions (run in the extension's popup page) ---------------

function popupReady() {
  return globalThis.claimlensPopup?.ready === true ? true : undefined;
}

function popupCounts() {
  const counts = {};
  for (const cell of document.querySelectorAll('[data-count]')) counts[cell.dataset.count] = cell.textContent;
  return counts;
}

function clickInPopup(selector) {
  document.querySelector(selector).click();
}

async function renderExport(format) {
  const content = await globalThis.claimlensPopup.render(format);
  return { content, text: globalThis.claimlensPopup.lastExport.text };
}

// --- export checks ------------------------------------------------------------

const codePoints = (text) => Array.from(text);
const cpSlice = (chars, start, end) => chars.slice(start, end).join('');

/** A small RFC 4180 reader: rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

export function defineProductSuite(browserName, launch) {
  describe(`ClaimLens as a reader uses it, in ${browserName}`, () => {
    let server;
    let browser;
    let pageWindow;

    before(async () => {
      server = await startServer();
      browser = await launch();
      // A desktop-sized window, for readable screenshots.
      await browser.session.command('POST', '/window/rect', { width: 1200, height: 900 }).catch(() => {});
      pageWindow = await browser.session.command('GET', '/window');
      mkdirSync(SCREENSHOTS, { recursive: true });
    }, { timeout: BROWSER_START_MS });

    after(async () => {
      await browser?.stop();
      await server?.close();
    });

    const execute = (fn, ...args) => browser.session.execute(fn, ...args);

    /** Opens a page and waits until the extension has scanned it. */
    async function open(path) {
      await browser.session.navigate(server.origin + path);
      try {
        await waitFor('the extension to mark the page as scanned', async () => {
          const status = await execute(claimlensStatus);
          return status === null ? undefined : Number(status);
        });
      } catch (error) {
        error.message += `\n--- ${browser.name} driver log (tail) ---\n${browser.log().slice(-3000)}`;
        throw error;
      }
      return execute(listHighlights);
    }

    const has = (ranges, category, text, within) =>
      ranges.some((r) => r.category === category && r.text === text && (within === undefined || r.within === within));

    async function pointAt(category, text) {
      const point = await execute(highlightCenter, category, text);
      assert.ok(point, `a ${category} highlight «${text}» on the page`);
      // Two moves: browsers only report movement.
      for (const [x, y] of [[point.x + 40, point.y + 60], [point.x, point.y]]) {
        await browser.session.command('POST', '/actions', {
          actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }] }],
        });
        await sleep(150);
      }
    }

    async function waitForCard(what, predicate) {
      return waitFor(what, async () => {
        const state = await execute(cardState);
        return state.card && predicate(state.card) ? state : undefined;
      }, { timeoutMs: 10_000 });
    }

    async function screenshot(name) {
      const base64 = await browser.session.command('GET', '/screenshot');
      const file = join(SCREENSHOTS, `${browser.name}-${name}.png`);
      writeFileSync(file, Buffer.from(base64, 'base64'));
      return file;
    }

    /**
     * Runs `body` with the popup of the current page's tab open in another
     * tab (or, with `options`, the options page).
     */
    async function withPopup(body, { options = false } = {}) {
      let url = await waitFor('the test build to expose the popup', async () => (await execute(cardState)).popup ?? undefined);
      if (options) url = url.replace(/popup\/popup\.html.*$/, 'options/options.html');
      const { handle } = await browser.session.command('POST', '/window/new', { type: 'tab' });
      await browser.session.command('POST', '/window', { handle });
      try {
        await browser.session.navigate(url);
        if (options) await waitFor('the options page to load', () => execute(() => (document.querySelector('#sites')?.value ? true : undefined)));
        else await waitFor('the popup to be ready', () => execute(popupReady));
        return await body({
          popup: (fn, ...args) => execute(fn, ...args),
          onPage: async (fn, ...args) => {
            await browser.session.command('POST', '/window', { handle: pageWindow });
            try {
              return await execute(fn, ...args);
            } finally {
              await browser.session.command('POST', '/window', { handle });
            }
          },
        });
      } finally {
        await browser.session.command('DELETE', '/window');
        await browser.session.command('POST', '/window', { handle: pageWindow });
      }
    }

    test('news page: only the article is highlighted, not the menu, sidebar, comments or footer', { timeout: TEST_MS }, async () => {
      const ranges = await open('/strict/news.html');
      assert.ok(has(ranges, 'no-evidence', 'without evidence', 'story'), JSON.stringify(ranges));
      assert.ok(has(ranges, 'person', 'Volodymyr Zelensky', 'story'));
      const outside = ranges.filter((r) => CHROME_PARTS.includes(r.within));
      assert.deepEqual(outside, [], 'nothing highlighted outside the article');
      const link = await execute(() => document.getElementById('link').outerHTML);
      assert.equal(link, '<a href="#repairs" id="link">said repairs</a>', 'the page DOM is untouched');
    });

    test('a site that is not on the news-site list is left alone until the reader asks', { timeout: TEST_MS }, async () => {
      // localhost is the same server as 127.0.0.1, but not on the test build's list.
      const url = new URL('/strict/article-en.html', server.origin.replace('127.0.0.1', 'localhost'));
      await browser.session.navigate(url.href);
      await sleep(1500);
      assert.equal(await execute(claimlensStatus), null, 'no ClaimLens marker');
      assert.deepEqual(await execute(listHighlights), [], 'no highlight');
      assert.equal((await execute(cardState)).popup, null, 'no content script at all');
    });

    test('the toolbar-button path: the popup injects the content scripts into an unlisted page', { timeout: TEST_MS }, async () => {
      const url = new URL('/strict/article-en.html', server.origin.replace('127.0.0.1', 'localhost'));
      await browser.session.navigate(url.href);
      await sleep(500);
      assert.equal(await execute(claimlensStatus), null, 'not scanned before the reader asks');
      let popupSays = null;
      // The popup of a listed page tells where the extension lives; then the
      // popup is opened for the unlisted tab, as a toolbar click would.
      const { handle } = await browser.session.command('POST', '/window/new', { type: 'tab' });
      await browser.session.command('POST', '/window', { handle });
      try {
        await browser.session.navigate(`${server.origin}/strict/nothing-to-flag.html`);
        const popupUrl = await waitFor('the popup URL', async () => (await execute(cardState)).popup ?? undefined);
        // Any extension page can list the tabs: the options page (not the
        // popup itself, so that the next navigation is to a new document).
        await browser.session.navigate(popupUrl.replace(/popup\/popup\.html.*$/, 'options/options.html'));
        const tabId = await waitFor('the unlisted tab', () =>
          execute(async (prefix) => {
            const api = globalThis.browser ?? globalThis.chrome;
            const tabs = await api.tabs.query({});
            return tabs.find((tab) => tab.url?.startsWith(prefix))?.id;
          }, `http://localhost:${new URL(server.origin).port}/`),
        );
        await browser.session.navigate(`${popupUrl.replace(/\?tab=.*/, '')}?tab=${tabId}`);
        await waitFor('the popup to be ready', () => execute(popupReady));
        // The popup refreshes its status every second; wait until it reports the page active.
        await waitFor('the popup to report the page active', async () => {
          popupSays = await execute(() => ({ message: document.querySelector('#message').textContent, status: globalThis.claimlensPopup.status }));
          return popupSays.status && JSON.parse(popupSays.status)?.active ? true : undefined;
        }).catch((error) => {
          error.message += ` (popup: ${JSON.stringify(popupSays)})`;
          throw error;
        });
      } finally {
        await browser.session.command('DELETE', '/window');
        await browser.session.command('POST', '/window', { handle: pageWindow });
      }
      const count = await waitFor(`the page to be scanned (popup: ${JSON.stringify(popupSays)})`, async () => {
        const status = await execute(claimlensStatus);
        return status === null ? undefined : Number(status);
      });
      assert.ok(count > 0, 'highlighted after the reader asked');
      const ranges = await execute(listHighlights);
      assert.ok(has(ranges, 'no-evidence', 'without evidence'), JSON.stringify(ranges));
    });

    test('inputs and contenteditable: typing works and they are never highlighted', { timeout: TEST_MS }, async () => {
      const before = await open('/strict/typing.html');
      assert.ok(before.some((r) => r.within === 'visible'), 'the article paragraph is highlighted');
      for (const id of ['input', 'editable']) {
        // A W3C element reference: one key (element-6066-...) holding the id.
        const [element] = Object.values(await browser.session.command('POST', '/element', { using: 'css selector', value: `#${id}` }));
        await browser.session.command('POST', `/element/${element}/value`, { text: ' selon des sources, sans preuve' });
      }
      await sleep(500);
      const typed = await execute(() => ({
        input: document.getElementById('input').value,
        editable: document.getElementById('editable').textContent,
      }));
      assert.match(typed.input, /selon des sources, sans preuve$/, 'typing into the input works');
      assert.match(typed.editable, /selon des sources, sans preuve/, 'typing into the editable region works');
      const after = await execute(listHighlights);
      assert.deepEqual(after.filter((r) => r.within === 'input' || r.within === 'editable'), [], 'no highlight in form fields or editable text');
      assert.deepEqual(after, before, 'typing does not change the highlights');
    });

    test('live page: paragraphs appended after load are highlighted; earlier ones are kept', { timeout: TEST_MS }, async () => {
      const first = await open('/plain/live.html');
      const firstParagraph = first.filter((r) => r.within === 'first');
      assert.ok(firstParagraph.length > 0);
      const ranges = await waitFor('both updates to be highlighted', async () => {
        const now = await execute(listHighlights);
        return has(now, 'state', 'Ukraine', 'update-1') && has(now, 'hedge', 'reportedly', 'update-2') ? now : undefined;
      });
      assert.deepEqual(ranges.filter((r) => r.within === 'first'), firstParagraph, 'the first paragraph keeps its highlights');
      const status = Number(await execute(claimlensStatus));
      assert.equal(status, ranges.length, 'data-claimlens-spans counts every range');
    });

    test('single-page app: replaced content is rescanned and the old highlights are gone', { timeout: TEST_MS }, async () => {
      const first = await open('/plain/spa.html');
      assert.ok(first.some((r) => r.within === 'first-story'));
      const ranges = await waitFor('the second story to be highlighted', async () => {
        const now = await execute(listHighlights);
        return now.some((r) => r.within === 'second-story') ? now : undefined;
      });
      assert.ok(has(ranges, 'person', 'Volodymyr Zelensky', 'second-story'), JSON.stringify(ranges));
      assert.deepEqual(ranges.filter((r) => r.within !== 'second-story'), [], 'nothing left from the first story');
    });

    test('open shadow roots and same-origin frames are scanned', { timeout: TEST_MS }, async () => {
      await open('/plain/components.html');
      const ranges = await waitFor('the frame to be highlighted', async () => {
        const now = await execute(listHighlights);
        return now.some((r) => r.frame === 'frame') ? now : undefined;
      });
      assert.ok(has(ranges, 'state', 'Ukraine', 'quote-host'), `shadow root text; got ${JSON.stringify(ranges)}`);
      assert.ok(ranges.some((r) => r.frame === 'frame' && r.category === 'hedge' && r.text === 'reportedly'), 'iframe text');
      await withPopup(async ({ popup }) => {
        const counts = await waitFor('the frame counts to reach the popup', async () => {
          const now = await popup(popupCounts);
          return now.hedge === '1' ? now : undefined;
        });
        const expected = {};
        for (const r of ranges) expected[r.category] = String(Number(expected[r.category] ?? 0) + 1);
        for (const [category, count] of Object.entries(counts)) assert.equal(count, expected[category] ?? '0', `tab count of ${category}`);
      });
    });

    test('hover card for an actor: name, other spellings, mentions, role, attributed claims; closed shadow root', { timeout: TEST_MS }, async () => {
      await open('/strict/news.html');
      await pointAt('person', 'Zelensky');
      const state = await waitForCard('the actor card', (card) => card.includes('Volodymyr Zelensky'));
      assert.equal(state.openShadow, false, 'the page cannot see into the card');
      for (const part of ['Volodymyr Zelensky', 'Person', 'Also written: Zelensky', 'Mentioned 2 times on this page.', 'Role: President', 'Claims attributed on this page (2):', 'Go to “claimed” (Claim verb)', 'Go to “could not be independently verified” (No evidence)']) {
        assert.ok(state.card.includes(part), `card has «${part}»; card: ${state.card}`);
      }
      await screenshot('hover-card-actor');
    });

    test('hover card for claims: meaning, who claims it, whether the source is named', { timeout: TEST_MS }, async () => {
      await open('/strict/news.html');
      await pointAt('no-evidence', 'without evidence');
      let state = await waitForCard('the claim card', (card) => card.includes('No evidence'));
      for (const part of ['“without evidence”', 'The text itself says that no evidence was given for this claim.', 'Claim made by: Russia.']) {
        assert.ok(state.card.includes(part), `card has «${part}»; card: ${state.card}`);
      }
      await screenshot('hover-card-claim');
      await pointAt('hedge', 'reportedly');
      state = await waitForCard('the hedge card', (card) => card.includes('Hedge'));
      assert.ok(state.card.includes('Source not named: “according to people familiar with the matter”.'), state.card);
    });

    test('keyboard: Alt+Shift+N reaches the first highlight and announces it', { timeout: TEST_MS }, async () => {
      await open('/strict/news.html');
      await browser.session.pressChord(KEY.alt, KEY.shift, 'N');
      const state = await waitFor('the announcement', async () => {
        const now = await execute(cardState);
        return now.live ? now : undefined;
      }, { timeoutMs: 10_000 });
      assert.ok(state.card, 'the card is shown for the focused highlight');
      assert.ok(state.live.startsWith(state.card.slice(0, 5)), `the live region says what the card says: ${state.live}`);
      await browser.session.command('POST', '/actions', {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE00C' }, { type: 'keyUp', value: '\uE00C' }] }],
      });
      await waitFor('Escape to close the card', async () => ((await execute(cardState)).card === null ? true : undefined), { timeoutMs: 5_000 });
    });

    test('dark page: highlights and card stay readable (screenshot)', { timeout: TEST_MS }, async () => {
      const ranges = await open('/strict/dark.html');
      assert.ok(ranges.length > 0);
      await pointAt('state', 'Ukraine');
      await waitForCard('the actor card', (card) => card.includes('Ukraine'));
      await screenshot('dark-page');
    });

    test('popup: counts per category; switching a category off removes exactly its highlights', { timeout: TEST_MS }, async () => {
      const before = await open('/strict/news.html');
      await withPopup(async ({ popup, onPage }) => {
        const counts = await popup(popupCounts);
        const expected = {};
        for (const r of before) expected[r.category] = String(Number(expected[r.category] ?? 0) + 1);
        for (const [category, count] of Object.entries(counts)) assert.equal(count, expected[category] ?? '0', `count of ${category}`);
        await screenshot('popup');
        await popup(clickInPopup, 'input[data-category="state"]');
        const without = await waitFor('the state highlights to go', async () => {
          const now = await onPage(listHighlights);
          return now.some((r) => r.category === 'state') ? undefined : now;
        });
        assert.deepEqual(without, before.filter((r) => r.category !== 'state'), 'only the state highlights went');
        await popup(clickInPopup, 'input[data-category="state"]');
        const back = await waitFor('the state highlights to come back', async () => {
          const now = await onPage(listHighlights);
          return now.length === before.length ? now : undefined;
        });
        assert.deepEqual(back, before);
      });
    });

    test('popup: "disable on this site" removes every highlight, enabling brings them back', { timeout: TEST_MS }, async () => {
      const before = await open('/strict/news.html');
      await withPopup(async ({ popup, onPage }) => {
        await popup(clickInPopup, '#site');
        await waitFor('the highlights to go', async () => ((await onPage(listHighlights)).length === 0 ? true : undefined));
        assert.equal(await onPage(claimlensStatus), null, 'no ClaimLens marker left on the page');
        await popup(clickInPopup, '#site');
        const back = await waitFor('the highlights to come back', async () => {
          const now = await onPage(listHighlights);
          return now.length === before.length ? now : undefined;
        });
        assert.deepEqual(back, before);
      });
    });

    test('without the Highlight API: text wrapped in marks, same text, hover works, unwrapped cleanly', { timeout: TEST_MS }, async () => {
      await open('/strict/article-en.html');
      const original = await execute(() => ({ html: document.body.innerHTML, text: document.body.textContent }));
      await open('/strict/article-en.html?claimlens-test-fallback');
      const wrapped = await execute(() => ({
        text: document.body.textContent,
        marks: Array.from(document.querySelectorAll('claimlens-mark'), (m) => [m.className, m.textContent]),
        registered: CSS.highlights.has('claimlens-state'),
      }));
      assert.equal(wrapped.text, original.text, 'the page text is unchanged');
      assert.equal(wrapped.registered, false, 'no Highlight registered in fallback mode');
      assert.ok(wrapped.marks.some(([c, t]) => c === 'claimlens-no-evidence' && t === 'without evidence'), JSON.stringify(wrapped.marks));
      const point = await execute(() => {
        const mark = Array.from(document.querySelectorAll('claimlens-mark.claimlens-state')).find((m) => m.textContent === 'Ukraine');
        const rect = mark.getBoundingClientRect();
        return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
      });
      for (const [x, y] of [[point.x + 30, point.y + 50], [point.x, point.y]]) {
        await browser.session.command('POST', '/actions', {
          actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }] }],
        });
        await sleep(150);
      }
      await waitForCard('the card over a mark', (card) => card.includes('Ukraine'));
      await withPopup(async ({ popup, onPage }) => {
        await popup(clickInPopup, '#site');
        const restored = await waitFor('the marks to go', async () => {
          const now = await onPage(() => ({ html: document.body.innerHTML, marks: document.querySelectorAll('claimlens-mark').length }));
          return now.marks === 0 ? now : undefined;
        });
        assert.equal(restored.html, original.html, 'the DOM is exactly as before');
        await popup(clickInPopup, '#site');
      });
    });

    test('options page: category switches and the disabled-site list reach open tabs', { timeout: TEST_MS }, async () => {
      const before = await open('/strict/news.html');
      assert.ok(before.some((r) => r.category === 'place'));
      await withPopup(async ({ popup, onPage }) => {
        await popup(clickInPopup, 'input[data-category="place"]');
        const without = await waitFor('the place highlights to go', async () => {
          const now = await onPage(listHighlights);
          return now.some((r) => r.category === 'place') ? undefined : now;
        });
        assert.deepEqual(without, before.filter((r) => r.category !== 'place'));
        await popup(clickInPopup, 'input[data-category="place"]');
        await popup(() => {
          document.querySelector('#disabled').value = 'http://127.0.0.1/';
          document.querySelector('#save').click();
        });
        await waitFor('the page to be switched off', async () => ((await onPage(claimlensStatus)) === null ? true : undefined));
        assert.deepEqual(await onPage(listHighlights), []);
        assert.equal(await popup(() => document.querySelector('#disabled').value), '127.0.0.1', 'the list is saved normalised');
        await popup(() => {
          document.querySelector('#disabled').value = '';
          document.querySelector('#save').click();
        });
        const back = await waitFor('the highlights to come back', async () => {
          const now = await onPage(listHighlights);
          return now.length === before.length ? now : undefined;
        });
        assert.deepEqual(back, before);
      }, { options: true });
    });

    test('exports: JSON, CSV, Markdown and Web Annotation parse; offsets and quotes match the exported text', { timeout: TEST_MS }, async () => {
      const ranges = await open('/strict/news.html');
      await withPopup(async ({ popup }) => {
        const json = await popup(renderExport, 'json');
        const chars = codePoints(json.text);
        const report = JSON.parse(json.content);
        assert.equal(report.url, `${server.origin}/strict/news.html`);
        assert.equal(report.title, 'Dam strike: Moscow blames Kyiv');
        assert.equal(report.spans.length, ranges.length, 'one span per highlight');
        for (const span of report.spans) assert.equal(cpSlice(chars, span.start, span.end), span.text, 'JSON span offsets (code points)');
        assert.ok(!json.text.includes('Comments'), 'the exported text is the article, not the page chrome');

        const csv = await popup(renderExport, 'csv');
        const rows = parseCsv(csv.content);
        const header = rows[0];
        for (const column of ['category', 'text']) assert.ok(header.includes(column), `CSV column ${column}: ${header}`);
        const body = rows.slice(1).filter((row) => row.length > 1);
        assert.equal(body.length, report.spans.length, 'one CSV row per span');
        const textColumn = header.indexOf('text');
        for (const row of body) assert.ok(csv.text.includes(row[textColumn]), `CSV text «${row[textColumn]}» is page text`);

        const md = await popup(renderExport, 'md');
        assert.match(md.content, /^#/m, 'Markdown has headings');
        assert.ok(md.content.includes('Volodymyr Zelensky'), 'Markdown names the actors');

        const anno = await popup(renderExport, 'jsonld');
        const collection = JSON.parse(anno.content);
        assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
        const items = collection.first.items;
        assert.equal(items.length, report.spans.length);
        const annoChars = codePoints(anno.text);
        for (const item of items) {
          const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
          const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
          assert.equal(item.target.source, `${server.origin}/strict/news.html`);
          assert.equal(cpSlice(annoChars, position.start, position.end), quote.exact, 'position selector = quote');
          assert.equal(cpSlice(annoChars, position.start - codePoints(quote.prefix).length, position.start), quote.prefix, 'prefix precedes');
          assert.equal(cpSlice(annoChars, position.end, position.end + codePoints(quote.suffix).length), quote.suffix, 'suffix follows');
        }
      });
    });
  });
}
