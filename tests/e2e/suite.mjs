// The end-to-end specification, run once per browser: the built extension,
// loaded into a real headless browser, highlights on local pages exactly what
// the engine finds, also under a strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scan } from './engine.mjs';
import { claimlensStatus, readHighlights } from './page-probes.mjs';
import { startServer } from './server.mjs';
import { waitFor } from './webdriver.mjs';
import { LOCAL_FIRST_SCAN, PAGE_CSP_BINDS_WASM } from '../../extension/manifest.mjs';

const BROWSER_START_MS = 120_000;
const TEST_MS = 90_000;

/** Phrases each article page must show highlighted, by category. */
const MUST_HIGHLIGHT = {
  'article-fr.html': [
    ['no-evidence', 'sans preuve'], // crosses an <em> boundary
    ['state', 'Russie'],
    ['state', 'Ukraine'],
  ],
  'article-en.html': [
    ['no-evidence', 'without evidence'],
    ['hedge', 'reportedly'],
    ['state', 'Ukraine'],
  ],
};

const groupOf = (category) =>
  ['person', 'organization', 'state', 'place'].includes(category) ? 'actor' : 'claim';

export function defineSuite(browserName, launch) {
  describe(`ClaimLens extension in ${browserName}`, () => {
    let server;
    let browser;

    before(async () => {
      server = await startServer();
      browser = await launch();
    }, { timeout: BROWSER_START_MS });

    after(async () => {
      await browser?.stop();
      await server?.close();
    });

    /** Opens a page and waits until the extension has finished with it. */
    async function open(path) {
      await browser.session.navigate(server.origin + path);
      try {
        const count = await waitFor('the extension to mark the page as scanned', async () => {
          const status = await browser.session.execute(claimlensStatus);
          return status === null ? undefined : Number(status);
        });
        return { count, ...(await browser.session.execute(readHighlights)) };
      } catch (error) {
        error.message += `\n--- ${browser.name} driver log (tail) ---\n${browser.log().slice(-3000)}`;
        throw error;
      }
    }

    /** The page's highlights are exactly the engine's spans for the page text. */
    function assertMatchesEngine(page) {
      assert.equal(page.supported, true, 'CSS.highlights is available');
      const expected = scan(page.text).spans.map(({ category, start, end, text }) => ({ category, start, end, text }));
      const actual = page.ranges.map(({ category, start, end, text }) => ({ category, start, end, text }));
      const order = (a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category);
      assert.deepEqual(actual, expected.sort(order), 'highlight ranges = engine spans (UTF-16 offsets and text)');
      assert.equal(page.count, actual.length, 'data-claimlens-spans counts the ranges');
      for (const range of page.ranges) {
        assert.equal(page.text.slice(range.start, range.end), range.text, 'offsets slice the page text');
      }
    }

    function assertHighlighted(page, file) {
      for (const [category, text] of MUST_HIGHLIGHT[file]) {
        assert.ok(
          page.ranges.some((r) => r.category === category && r.text === text),
          `«${text}» highlighted as ${category}; got ${JSON.stringify(page.ranges.map((r) => [r.category, r.text]))}`,
        );
      }
      const groups = new Set(page.ranges.map((r) => groupOf(r.category)));
      assert.ok(groups.has('claim') && groups.has('actor'), 'at least one claim marker and one actor');
    }

    test('strict CSP page (default-src none): claim markers and actors highlighted as the engine finds them', { timeout: TEST_MS }, async () => {
      const page = await open('/strict/article-fr.html');
      assertMatchesEngine(page);
      assertHighlighted(page, 'article-fr.html');
    });

    test('same page without CSP: same highlights', { timeout: TEST_MS }, async () => {
      const strict = await open('/strict/article-fr.html');
      const plain = await open('/plain/article-fr.html');
      assert.deepEqual(plain.ranges, strict.ranges);
    });

    // The first scan in the content script while the background is cold
    // (content/local.js). The test flag claimlens-test-local=force takes
    // that path as if the background had not answered by DOMContentLoaded.
    const claimlensMarks = () =>
      browser.session.execute(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('claimlens:')));

    // Where the build scans there (extension/manifest.mjs LOCAL_FIRST_SCAN).
    const local = LOCAL_FIRST_SCAN[browserName === 'Chromium' ? 'chrome' : 'firefox'];
    test('background cold: the first scan runs in the content script, and gives the engine\'s spans', { timeout: TEST_MS, skip: !local && 'this browser keeps the background path' }, async () => {
      const page = await open('/plain/article-fr.html?claimlens-test-local=force');
      const marks = await claimlensMarks();
      assert.ok(marks.includes('claimlens:local-scan-end'), `scanned in the content script; steps: ${marks.join(', ')}`);
      assert.equal(marks.filter((m) => m.startsWith('claimlens:report ')).length, 1, 'one report highlighted, not two');
      assertMatchesEngine(page);
      assertHighlighted(page, 'article-fr.html');
      const viaBackground = await open('/plain/article-fr.html?claimlens-test-local=off');
      assert.deepEqual(page.ranges, viaBackground.ranges, 'the same highlights as through the background');
    });

    // Chromium refuses WebAssembly in content scripts on a page whose CSP
    // forbids it: the text goes to the background, and the site is not
    // tried again. Firefox does not apply the page's CSP there.
    const binds = PAGE_CSP_BINDS_WASM[browserName === 'Chromium' ? 'chrome' : 'firefox'];
    test('background cold on a strict-CSP page: scanned here where the page\'s CSP does not bind content scripts', { timeout: TEST_MS, skip: (!local || binds) && 'not this browser' }, async () => {
      const page = await open('/strict/article-fr.html?claimlens-test-local=force');
      const marks = await claimlensMarks();
      assert.ok(marks.includes('claimlens:local-scan-end'), `scanned in the content script; steps: ${marks.join(', ')}`);
      assertMatchesEngine(page);
      assertHighlighted(page, 'article-fr.html');
    });

    test('background cold on a strict-CSP page: highlighted all the same, through the background, and the site remembered', { timeout: TEST_MS, skip: (!local || !binds) && 'not this browser' }, async () => {
      const page = await open('/strict/article-fr.html?claimlens-test-local=force');
      assertMatchesEngine(page);
      assertHighlighted(page, 'article-fr.html');
      const marks = await claimlensMarks();
      {
        assert.ok(marks.includes('claimlens:local-refused'), `the compile was refused; steps: ${marks.join(', ')}`);
        assert.ok(!marks.includes('claimlens:local-scan'), 'no scan in the content script');
        await waitFor('the refusal to be stored', async () => {
          const again = await open('/strict/article-fr.html?claimlens-test-local=cold');
          assert.deepEqual(again.ranges, page.ranges);
          // Not compiled again: the first scan here is dropped.
          const marks = await claimlensMarks();
          return marks.includes('claimlens:local-dropped') && !marks.includes('claimlens:local-refused') ? true : undefined;
        });
      }
    });

    test('English page: claim markers and actors highlighted as the engine finds them', { timeout: TEST_MS }, async () => {
      const page = await open('/strict/article-en.html');
      assertMatchesEngine(page);
      assertHighlighted(page, 'article-en.html');
    });

    test('a page with nothing to flag gets no highlight', { timeout: TEST_MS }, async () => {
      const page = await open('/strict/nothing-to-flag.html');
      assert.equal(scan(page.text).spans.length, 0, 'the engine finds nothing on the recipe');
      assert.equal(page.count, 0);
      assert.deepEqual(page.ranges, []);
    });

    // A long page that arrives over a slow network is read while it is
    // parsed, part by part up to where the parser is, and those parts are
    // scanned before DOMContentLoaded. Read in parts of 300 UTF-16 units
    // (test flag claimlens-test-part), the page sent in chunks must end up
    // exactly as highlighted as the same page sent whole.
    test('a page that arrives in chunks is read while it is parsed, and highlighted as when it arrives whole', { timeout: TEST_MS }, async () => {
      const whole = await open('/plain/streamed.html?claimlens-test-part=300');
      const streamed = await open('/stream/streamed.html?claimlens-test-part=300');
      const early = await browser.session.execute(() => (document.head ?? document.documentElement).getAttribute('data-claimlens-test-early'));
      assert.ok(Number(early) >= 2, `several parts read while the page was parsed; got ${early}`);
      assert.ok(whole.ranges.length > 0, 'the page has highlights');
      assert.deepEqual(streamed.ranges, whole.ranges);
      assert.equal(streamed.text, whole.text);
    });

    // The page is read at DOMContentLoaded with computed style; or, as a
    // large document is (the test flag claimlens-test-large), from the DOM
    // alone before its first layout, with what style sheets hide dropped
    // after it. Under the strict CSP the inline style is not applied: that
    // paragraph is then shown, and only the plain page must hide it.
    const SKIPPED = ['hidden', 'aria-hidden', 'textarea', 'editable', 'pre', 'styled-hidden', 'styled-invisible'];
    for (const [path, skipped] of [
      ['/strict/skipped-content.html', SKIPPED],
      ['/plain/skipped-content.html', [...SKIPPED, 'inline-hidden']],
      ['/strict/skipped-content.html?claimlens-test-large', SKIPPED],
      ['/plain/skipped-content.html?claimlens-test-large', [...SKIPPED, 'inline-hidden']],
    ]) {
      test(`hidden, editable and form text is not scanned; visible text is (${path})`, { timeout: TEST_MS }, async () => {
        const page = await open(path);
        const places = new Set(page.ranges.map((r) => r.within));
        for (const visible of ['visible', 'visible-after']) {
          if (places.has(visible)) continue;
          // What the content script did, in order (the test build's performance marks).
          const steps = await browser.session.execute(() =>
            performance.getEntriesByType('mark').map((m) => `${m.name} @${Math.round(m.startTime)}`).filter((m) => m.startsWith('claimlens')),
          );
          assert.fail(`#${visible} is highlighted; got ${page.count} spans, ranges ${JSON.stringify(page.ranges)}; steps: ${steps.join(', ')}`);
        }
        for (const id of skipped) assert.ok(!places.has(id), `nothing highlighted in #${id}`);
      });
    }
  });
}
