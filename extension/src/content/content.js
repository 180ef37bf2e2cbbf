// ClaimLens content script: decides whether to run on this page, extracts
// the article text, asks the background engine to scan it, highlights what
// it finds, keeps up with pages that change, and answers the popup.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

(() => {
  const api = globalThis.browser ?? globalThis.chrome;

  // Injected again by the toolbar button or the keyboard command on a page
  // that already has us: just say the reader asked for this page.
  if (claimlens.page) {
    claimlens.page.request();
    return;
  }

  // In frames, only same-origin ones (an article in an iframe of the same
  // site); third-party frames (ads, embeds) are not the article.
  if (window !== window.top) {
    try {
      void window.top.location.href;
    } catch {
      return;
    }
  }

  const { extract, textmap, spans, card, settings: store } = claimlens;
  const isTop = window === window.top;

  // Work caps for pages that keep changing: at most this much text rescanned
  // per animation frame, and a pause when bursts keep coming.
  const MAX_BLOCKS_PER_FRAME = 200;
  const MAX_CHARS_PER_FRAME = 200_000;
  const BURST_WINDOW_MS = 10_000;
  const MAX_FLUSHES_PER_WINDOW = 40;
  const BACKOFF_MS = 1_000;
  // Long texts are scanned in parts of about this many UTF-16 units, cut at
  // line breaks: the first part is highlighted while the rest is still being
  // read and scanned. An article is one part, scanned whole (actors and their
  // aliases are resolved within a part). Each part is a round trip through
  // the browser to the background: with 64K parts (80 on a 5 MB page),
  // relaying them cost Chromium's browser process ~0.3 s of CPU.
  // Test builds: a URL flag sets smaller parts, so that small test pages are
  // read in several (claimlens-test-part=UNITS).
  const PART_UNITS = Number(claimlens.BUILD?.test && /[?&]claimlens-test-part=(\d+)/.exec(location.search)?.[1]) || 1 << 18;
  // Work on the page's main thread runs in slices of about this many ms with
  // a yield in between, so that the page never has a long task because of us.
  const SLICE_MS = 8;
  // How long the prefetched first part waits for the first scan.
  const PREFETCH_KEEP_MS = 10_000;
  // Larger texts are cut (a whole-book page is not a news article).
  const MAX_TEXT_UNITS = 8_000_000;
  // A document whose HTML is larger than this is read without computed
  // style: its first style and layout pass is long (1-2 s for a 5 MB page),
  // Chromium runs it in the same task as DOMContentLoaded, and nothing else
  // runs on the main thread until it is over. So the first part of the text
  // is read from the DOM alone in one slice at DOMContentLoaded and sent to
  // the engine, which scans it in the background while the page is laid
  // out; the rest is read after the first frame, and spans in text that a
  // style sheet hides are dropped then (claimlens.visibility), when asking
  // costs no layout. An article is read at DOMContentLoaded with computed style.
  const LARGE_DOCUMENT_BYTES = 256 * 1024;
  // The slice read at DOMContentLoaded on a large document: it runs inside
  // the page's own long task, so it stays well under the 50 ms of a long task.
  const BEFORE_LAYOUT_SLICE_MS = 30;
  // A hidden tab draws no frame: do not wait for one longer than this.
  const FIRST_FRAME_WAIT_MS = 250;
  // While a page is parsed: how often to look for text the parser has
  // finished, once what it had finished is read.
  const PARSE_POLL_MS = 20;
  // How often a page still being parsed is asked for its article element,
  // until it has one (three selector queries over a growing document).
  const ROOT_POLL_MS = 100;
  // While a page is parsed, the main thread is mostly the parser's and the
  // page's layouts: reading gets a turn between two of them, a few times a
  // page. Each turn reads up to this long (still no long task).
  const PARSE_SLICE_MS = 30;

  const state = {
    settings: null,
    requested: false, // the reader asked for this page (toolbar button / command)
    active: false,
    hiddenByCommand: false, // the keyboard command hid the highlights in this tab
    root: null,
    registry: null, // set below: it needs `state` to reach the observer and the entries' order
    segments: [], // {map, report, index, rank}
    segmentsSorted: true, // segment ranks are in document order
    rangeEntry: new WeakMap(), // highlighted Range -> its entry (for highlightsFromPoint)
    observer: null,
    pending: new Set(),
    full: false,
    flushScheduled: false,
    flushTimes: [],
    work: Promise.resolve(),
    focusIndex: -1,
    generation: 0, // bumped by each full scan and by switching off: older scans stop
  };

  const host = () => location.hostname;

  // Test builds leave performance marks (claimlens:*) for the benchmarks to
  // read: when each part was sent, came back and was highlighted.
  const mark = claimlens.BUILD?.test ? (name) => performance.mark(`claimlens:${name}`) : () => {};

  // Test builds can force the fallback (wrapping marks) with a URL flag, to
  // test it in browsers that all have the Highlight API.
  const forceFallback = claimlens.BUILD?.test && location.search.includes('claimlens-test-fallback');
  state.registry = new claimlens.highlight.Registry({
    useApi: claimlens.highlight.supported() && !forceFallback,
    // Fallback mode changes the DOM: those mutations are ours, not the page's.
    afterDomChange: () => state.observer?.takeRecords(),
    compare: (a, b) => documentOrder(a, b),
    mark,
  });

  // --- scanning -------------------------------------------------------------

  // Test builds say when a scan pass is done, and how many highlights there
  // are: a performance mark (claimlens:done N, what bench/pages.mjs waits
  // for) and an attribute of <head> (what the end-to-end tests read). Any
  // change of the page's DOM, an attribute of <html> or <head> included,
  // makes Chromium repaint the whole page at its next frame once highlights
  // are registered: a task of 45-70 ms of CPU on the 5 MB page, at the end
  // of every scan and every live-page update. So shipped builds leave no
  // mark on the page, and the benchmark's pages (URL flag
  // claimlens-test-no-attribute) get the performance mark only.
  const DONE_ATTRIBUTE = 'data-claimlens-spans';
  const doneSignalElement = () =>
    claimlens.BUILD?.test && !location.search.includes('claimlens-test-no-attribute')
      ? document.head ?? document.documentElement
      : null;

  async function markDone() {
    // A windowed page registers the band's ranges at the next frame: done is after that.
    await state.registry.bandSettled();
    if (!state.active) return; // switched off while a scan was in flight
    const count = String(state.registry.entries.length);
    mark(`done ${count}`);
    doneSignalElement()?.setAttribute(DONE_ATTRIBUTE, count);
    if (claimlens.BUILD?.test && !backgroundTimesAsked) {
      backgroundTimesAsked = true;
      markBackgroundTimes().catch(() => {});
    }
  }

  // Test builds: after the first pass, what the background did when (its
  // start, the engine's, its first scan: 'claimlens:test-times') becomes
  // performance marks "claimlens:bg NAME" at those times on this page's
  // clock, for the cold-start breakdown of bench/pages.mjs.
  let backgroundTimesAsked = false;
  async function markBackgroundTimes() {
    const response = await api.runtime.sendMessage({ type: 'claimlens:test-times' });
    for (const [name, epochMs] of response?.times ?? []) {
      performance.mark(`claimlens:bg ${name}`, { startTime: Math.max(0, epochMs - performance.timeOrigin) });
    }
    mark('bg-times');
  }

  /**
   * A task that runs before the page's parsing goes on where the browser
   * lets us say so (user-blocking: a setTimeout waited 1-27 ms behind the
   * parser's tasks), after the content scripts injected with ours.
   */
  const nextTask = () =>
    typeof globalThis.scheduler?.postTask === 'function'
      ? globalThis.scheduler.postTask(() => {}, { priority: 'user-blocking' })
      : new Promise((resolve) => setTimeout(resolve, 0));

  /** Yields to the page between slices of work, so that it can handle input and paint. */
  const pause = () =>
    typeof globalThis.scheduler?.yield === 'function'
      ? globalThis.scheduler.yield()
      : new Promise((resolve) => setTimeout(resolve, 0));

  /**
   * The engine's report on `text`: the first scan's (firstScan) when it is
   * of this text, otherwise the background's, asked now.
   */
  async function engineScan(text) {
    const first = await firstScan.take(text);
    if (first) return first;
    mark(`send ${text.length}`);
    return decodeResponse(await api.runtime.sendMessage({ type: 'claimlens:scan', text }), text);
  }

  function decodeResponse(response, text) {
    if (!response?.ok) throw new Error(response?.error ?? 'no answer from the ClaimLens engine');
    return claimlens.report.decode(response.report, text);
  }

  /**
   * Where the first scan's report comes from, before any text is asked for
   * by engineScan: the background's answer to the article's first part sent
   * ahead (`prefetched`: {text, response}; with the settings request when
   * injected into a parsed page, at DOMContentLoaded otherwise, see
   * prefetchAtDomReady), and, while the background is cold at
   * DOMContentLoaded, an engine compiled here for that one scan (`local`: a
   * promise of it, see startLocal and claimlens.local). The first scan of
   * that same text takes whichever is ready first; a refused compile (the
   * page's CSP) leaves the background's. When the settings say ClaimLens
   * does not run here, both are dropped (the text never left the extension).
   */
  const firstScan = {
    prefetched: null,
    local: null,

    /** Hands `response` (the background's answer on `text`) to the first scan of that same text. */
    keep(text, response) {
      mark(`prefetch ${text.length}`);
      this.prefetched = { text, response };
      // Unused by then (the page changed, or ClaimLens does not run here): let it go.
      setTimeout(() => {
        if (this.prefetched?.response === response) this.prefetched = null;
      }, PREFETCH_KEEP_MS);
    },

    /** The local engine (a promise of it) for the first scan. */
    offerLocal(engine) {
      this.local = engine;
    },

    /** No first scan here (nothing to scan, or more than an article): the local engine is dropped. */
    dropLocal() {
      this.local = null;
    },

    /**
     * The report on `text` from the local engine or the prefetched answer,
     * whichever is ready first; null when neither is for this text. Either
     * is taken once: the local engine by the first text asked for, scanned
     * or not (its instance is then dropped).
     */
    async take(text) {
      const engine = this.local;
      this.local = null;
      const prefetched = this.prefetched?.text === text ? this.prefetched : null;
      if (engine && claimlens.local.takesText(text)) {
        // Test builds (claimlens-test-local=cold|force): as if the background's answer were not there.
        const viaBackground = !localSimulated && prefetched ? prefetched.response.then(() => null, () => null) : null;
        const local = await Promise.race([engine.catch(() => null), ...(viaBackground ? [viaBackground] : [])]);
        // The engine's start-up (its tables, and the browser compiling the
        // code that builds them) in tasks of their own, by scans of small
        // texts (claimlens.local.warmUpTexts); then the whole text in
        // another, unless the background's answer came in between.
        // Those made while the page was parsed (content.js start,
        // claimlens.local.earlyWarmUps: `local.warmed` of them) are not
        // made again.
        let background = false;
        viaBackground?.then(() => prefetched.response).then((r) => (background = Boolean(r?.ok)), () => {});
        const early = local?.warmed ?? 0;
        for (const [j, warmUp] of (local ? claimlens.local.warmUpTexts(text).slice(early) : []).entries()) {
          await pause();
          if (background) break;
          const i = early + j;
          mark(`local-warm-up${i || ''}`);
          local.scanCompact(warmUp, null);
          mark(`local-warm-up${i || ''}-end`);
        }
        if (local && !background) await pause();
        if (local && !background) {
          if (this.prefetched === prefetched) this.prefetched = null;
          mark('local-scan');
          const report = local.scanCompact(text, null);
          mark('local-scan-end');
          return claimlens.report.decode(report, text);
        }
      }
      if (!prefetched || this.prefetched !== prefetched) return null;
      this.prefetched = null;
      return decodeResponse(await prefetched.response, text);
    },
  };

  // The content scripts of listed sites run at document_start: the settings
  // are asked for (and the background's engine woken) while the page is
  // still being parsed, and the article is read once its DOM is complete.
  const domReady =
    document.readyState === 'loading'
      ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
      : Promise.resolve();

  /**
   * The settings. Injected into a parsed page (toolbar button, keyboard
   * command), the first part of the article is scanned on the way.
   */
  async function start() {
    // While the page is parsed there is no article to read yet: the settings only.
    if (document.readyState === 'loading') {
      // A first scan here (startLocal) needs the engine's bytes, which only
      // the top frame of the bundled news sites has (pkg/engine-bytes.js).
      const localWanted =
        isTop && claimlens.BUILD?.localFirstScan && localFlag !== 'off' && typeof claimlens.engineFactory === 'function' && typeof claimlens.engineWasm === 'string';
      mark('start-sent');
      const sentAt = performance.now();
      let answered = false;
      const answer = api.runtime.sendMessage({ type: 'claimlens:start', text: '' });
      answer.then(
        () => (answered = true),
        () => (answered = true),
      );
      // What a first scan here would need from storage (the settings, the
      // sites that refused it), read while the page is parsed: a storage
      // read takes tens of ms while the browser starts the background.
      const stored = localWanted ? api.storage.local.get([store.STORAGE_KEY, claimlens.local.REFUSED_KEY]) : null;
      stored?.then(() => mark('local-stored'), () => {});
      // The engine, compiled (off the main thread) and instantiated while
      // the page is parsed, unless the background answered first: {engine}
      // (a promise, which rejects where the page forbids WebAssembly), or
      // null. Not from storage's answer: it comes after DOMContentLoaded on
      // a cold start (40-90 ms after asking, while the browser starts the
      // background). Where a page's CSP binds content scripts (Chromium),
      // not on a site that refused it before (a refusal is reported to the
      // page): the background registers a content script of its own there
      // (content/wasm-refused.js, claimlens.wasmRefused), which runs after
      // these at document_start, so the compile waits for the next task.
      const compileHere = (items) => {
        const refused = localFlag === 'force' ? [] : items?.[claimlens.local.REFUSED_KEY];
        const wanted = !(answered && !localSimulated) && !(Array.isArray(refused) && refused.includes(host()));
        const module = wanted ? claimlens.local.compileEmbedded() : null;
        claimlens.engineWasm = null; // the bytes are not kept
        if (!module) return null;
        mark('local-compile');
        const engine = claimlens.local.create(module).then(warmUpEarly);
        engine.catch(() => {}); // a refusal is handled by the scan that takes it (startLocal)
        return { engine };
      };
      // The engine's start-up, once it is instantiated and while the page
      // is still parsed, in tasks of its own (claimlens.local.earlyWarmUps:
      // the letter, then a sentence in the page's <html lang>), as long as
      // a first scan here is still on the cards: no answer from the
      // background, and within STARTED_MS of asking (a page that takes
      // longer goes to the background, see claimlens.local.shouldScanHere).
      // From DOMContentLoaded on, the first scan makes what is left
      // (firstScan.take). Resolves to the engine, `warmed`: how many ran.
      const warmUpEarly = async (engine) => {
        mark('local-instantiated');
        engine.warmed = 0;
        for (const [text, lang] of claimlens.local.earlyWarmUps(document.documentElement?.lang)) {
          await pause();
          const likely = localSimulated || (!answered && performance.now() - sentAt <= claimlens.local.STARTED_MS);
          if (!likely || document.readyState !== 'loading') break;
          const name = `local-warm-up${engine.warmed || ''}`;
          mark(name);
          try {
            engine.scanCompact(text, lang);
          } catch {
            break; // the first scan will say
          }
          mark(`${name}-end`);
          engine.warmed++;
        }
        return engine;
      };
      const compiled = !stored
        ? null
        : claimlens.BUILD?.pageCspBindsWasm
          ? nextTask().then(() =>
              compileHere(claimlens.wasmRefused === true ? { [claimlens.local.REFUSED_KEY]: [host()] } : null),
            )
          : Promise.resolve(compileHere(null));
      if (!localWanted) claimlens.engineWasm = null;
      // At DOMContentLoaded, with no answer yet: when the background is
      // cold, the first scan is made here (startLocal) with the settings
      // from storage, and the background is told to hold its warm-up
      // ('claimlens:local-first'): cold too, it would make the same
      // start-up at the same time, and on a small machine the two compete
      // for the processor (a failed local engine sends the text to it then:
      // engineScan). Otherwise the article goes to the background while
      // the settings are on their way (prefetchAtDomReady).
      const local = domReady.then(async () => {
        const settings = await startLocal({ answered: () => answered, sentAt, stored, compiled });
        if (firstScan.local) api.runtime.sendMessage({ type: 'claimlens:local-first' }).catch(() => {});
        else prefetchAtDomReady().catch((error) => console.warn('ClaimLens:', error));
        return settings;
      });
      const fromBackground = answer.then(settingsFrom);
      const fromLocal = local.then((settings) => settings ?? fromBackground);
      // Test builds (claimlens-test-local): as if the answer came after DOMContentLoaded.
      return localSimulated ? fromLocal : Promise.race([fromBackground, fromLocal]);
    }
    const text = await readFirstPart();
    const response = api.runtime.sendMessage({ type: 'claimlens:start', text });
    if (text !== '') firstScan.keep(text, response);
    return settingsFrom(await response);
  }

  /**
   * The article's first part, read the way a laid-out page is (computed
   * style), in slices; '' when there is no article or it cannot be read.
   */
  async function readFirstPart() {
    try {
      const root = document.body ? extract.articleRoot(document, textmap.isHidden) : null;
      let first = null;
      if (root) {
        // In slices too: on a long page the first part alone is a long task to read.
        await textmap.collectChunks([root], {
          chunkUnits: PART_UNITS,
          sliceMs: SLICE_MS,
          pause,
          onChunk: (map) => {
            first ??= map;
          },
          cancelled: () => first !== null,
        });
      }
      return first?.text.trim() ? first.text : '';
    } catch (error) {
      console.warn('ClaimLens:', error);
      return '';
    }
  }

  /**
   * At DOMContentLoaded, when the settings asked for at document_start have
   * not come back yet (the background is a round trip away, slow on a busy
   * machine), the article is read and sent to the engine now rather than
   * after them: its report comes back about when the settings do, instead of
   * a second round trip later. Only a page that is read laid out (see
   * activate): the first part must be the text the full scan reads, or the
   * answer goes unused. When the settings then say ClaimLens does not run
   * here, the answer is dropped (the text never left the extension).
   */
  async function prefetchAtDomReady() {
    if (state.settings !== null || !document.body || isLargeDocument() || styleSheetsPending()) return;
    const text = await readFirstPart();
    if (text === '' || state.settings !== null) return;
    const response = api.runtime.sendMessage({ type: 'claimlens:scan', text });
    response.catch(() => {}); // read (and its failure reported) by the scan that takes it
    firstScan.keep(text, response);
  }

  // Test builds: claimlens-test-local=off never scans here; =cold does as if
  // the background had not answered by DOMContentLoaded (and leaves the
  // background out of the first scan); =force does too, also on a site that
  // refused it before. So the tests see every path with a warm background.
  const localFlag = claimlens.BUILD?.test ? /[?&]claimlens-test-local=(off|cold|force)\b/.exec(location.search)?.[1] : undefined;
  const localSimulated = localFlag === 'cold' || localFlag === 'force';

  /**
   * At DOMContentLoaded, when the settings asked for at document_start (at
   * `sentAt`) have not come back (`answered`) and claimlens.local says the
   * background is cold: once the settings and the sites that refused it are
   * read from storage (`stored`, asked for at document_start), offers the
   * first scan the local engine made while the page was parsed (`compiled`:
   * see start; top frame only, claimlens.local.compileEmbedded) and resolves to those settings, unless the background answered
   * meanwhile or the site refused it before; null otherwise (the background
   * path).
   */
  async function startLocal({ answered, sentAt, stored, compiled }) {
    if (!compiled || !document.body) return null;
    const sinceAsked = performance.now() - sentAt;
    const take = (refused) =>
      claimlens.local.shouldScanHere({
        answered: answered() && !localSimulated,
        sinceAsked: localSimulated ? 0 : sinceAsked,
        available: true, // checked at document_start (compileEmbedded)
        largeDocument: isLargeDocument(),
        host: host(),
        refused: localFlag === 'force' ? [] : refused,
      });
    if (!take([])) return null;
    mark('local-start');
    const items = await stored.catch(() => null);
    if (!items || !take(items[claimlens.local.REFUSED_KEY])) {
      mark('local-dropped');
      return null;
    }
    const settings = store.merge(items[store.STORAGE_KEY]);
    if (!store.shouldRun(settings, host(), state.requested)) return settings; // nothing to scan here
    const engine = compiled.then((c) => c?.engine ?? Promise.reject(new Error('ClaimLens: the engine was not compiled here')));
    firstScan.offerLocal(engine);
    engine.then(
      () => mark('local-ready'),
      () => {
        // The page's CSP forbids WebAssembly here (Chromium): not tried on this site again.
        mark('local-refused');
        rememberRefusal();
      },
    );
    mark('local-settings');
    return settings;
  }

  /** This site refused the local engine (its CSP): not tried here again. */
  function rememberRefusal() {
    const key = claimlens.local.REFUSED_KEY;
    api.storage.local
      .get(key)
      .then((items) => api.storage.local.set({ [key]: claimlens.local.withRefused(items?.[key], host()) }))
      .catch(() => {});
  }

  function settingsFrom(answer) {
    if (!answer?.ok) throw new Error(answer?.error ?? 'no answer from the ClaimLens background');
    return store.merge(answer.settings);
  }

  /**
   * Scans the text under `roots` and highlights its spans, one segment per
   * part of the text: parts are sent to the engine as soon as they are read,
   * and highlighted as their reports come back. Resolves when every part is
   * done, or sooner when a newer full scan or switching off supersedes it.
   */
  async function scanRoots(roots, reading = READ_LAID_OUT, early = null) {
    const generation = state.generation;
    const current = () => state.active && generation === state.generation;
    const parts = [];
    // The engine is what the last highlights wait for: all the text goes to
    // it first, and only the first part (the top of the article) is
    // highlighted while the rest is being read; the other parts' reports
    // wait for the reading to end (they would otherwise hold the reading
    // back behind their highlighting, and the engine with it).
    let readingDone;
    const read = new Promise((resolve) => {
      readingDone = resolve;
    });
    const add = (map, response = null) =>
      parts.push(scanPart(map, current, reading, { response, after: parts.length === 0 ? null : read }));
    // Parts read while the page was parsed: already with the engine.
    for (const { map, response } of early?.parts ?? []) add(map, response);
    try {
      await collectAll();
    } finally {
      readingDone();
    }
    await Promise.all(parts);

    function collectAll() {
      return textmap.collectChunks(roots, {
        walker: early?.walker ?? null,
        chunkUnits: PART_UNITS,
        sliceMs: SLICE_MS,
        maxUnits: MAX_TEXT_UNITS,
        pause,
        cancelled: () => !current(),
        onChunk: (map) => {
          if (current() && map.text.trim() !== '') add(map);
        },
        ...reading.collect,
      });
    }
  }

  /** How a page that is laid out is read: computed style says what is hidden. */
  const READ_LAID_OUT = { collect: {}, laidOut: null, visibility: null };

  /**
   * How a large page is read before its first layout (see
   * LARGE_DOCUMENT_BYTES): one slice now, without computed style, the rest
   * after the first frame; spans are checked for visibility after it.
   */
  function readBeforeLayout() {
    const laidOut = afterNextFrame().then(() => mark('first-frame'));
    const started = performance.now();
    return {
      collect: {
        skip: textmap.skipWithoutStyle,
        firstSliceMs: BEFORE_LAYOUT_SLICE_MS,
        firstPause: () => {
          mark(`before-layout-slice ${(performance.now() - started).toFixed(1)}`);
          return laidOut.then(pause);
        },
      },
      laidOut,
      visibility: new claimlens.visibility.TextVisibility(),
    };
  }

  /**
   * One highlighted span of a segment. Its live Range is made when first
   * needed (registered near the viewport, hovered, jumped to): a long page
   * has tens of thousands of spans, making a Range for each costs the page's
   * main thread more than the rest of the work, and every change of the
   * page's DOM walks all its live Ranges.
   */
  class Entry {
    constructor(span, segment, startNode, parent) {
      this.start = span.start;
      this.end = span.end;
      this.span = span;
      this.segment = segment;
      this.startNode = startNode;
      this.parent = parent; // the element startNode's text belongs to (textmap's parents)
      this.liveRange = undefined; // not made yet; null: cannot be made (the page changed)
    }

    get range() {
      if (this.liveRange === undefined) {
        this.liveRange = textmap.rangeOf(this.segment.map, this.start, this.end);
        if (this.liveRange) state.rangeEntry.set(this.liveRange, this);
      }
      return this.liveRange;
    }

    // The fallback (wrapping marks) sets the range around its marks.
    set range(range) {
      this.liveRange = range;
    }
  }

  /**
   * Document order of two entries without making their ranges: by segment
   * (segments sorted by their first text node), then by offset.
   */
  function documentOrder(a, b) {
    if (a.segment === b.segment) return a.start - b.start || a.end - b.end;
    if (!state.segmentsSorted) {
      const sorted = [...state.segments].sort((x, y) =>
        x.map.nodes[0].compareDocumentPosition(y.map.nodes[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      sorted.forEach((segment, rank) => {
        segment.rank = rank;
      });
      state.segmentsSorted = true;
    }
    return a.segment.rank - b.segment.rank;
  }

  /**
   * Scans one part (a text map) and highlights its spans, in slices.
   * `response`: the engine's answer, when the part was sent while the page
   * was parsed (readWhileParsing); `after`: highlighting waits for it.
   */
  async function scanPart(map, current, { laidOut, visibility }, { response = null, after = null } = {}) {
    const report = response ? decodeResponse(await response, map.text) : await engineScan(map.text);
    mark(`report ${report.spans.length}`);
    // Read before the page was laid out: visibility can be asked once it is.
    // Every waiter wakes up in the same task then: each yields once more, so
    // that their first slices do not add up to one long task.
    if (laidOut) await laidOut;
    if (after) await after;
    if (laidOut || after) await pause();
    if (!current()) return;
    const segment = { map, report, index: null, rank: 0 };
    state.segments.push(segment);
    state.segmentsSorted = false;
    const entries = [];
    let slice = [];
    let sliceEnd = performance.now() + SLICE_MS;
    // With the Highlight API, ranges are added slice by slice; the fallback
    // wraps a part's spans in one go (it resolves overlaps between them).
    // A windowed registry (long pages) gets the whole part at its end: adding
    // makes no range there (only the band's blocks get theirs, at the next
    // frame), and a band registered from a part's first slices alone misses
    // blocks that its later slices bring into it: a second band change, and
    // a second whole-page repaint of 55-65 ms on the 5 MB page.
    const sliced = state.registry.api;
    const { nodes, parents } = map;
    // Spans come in text order: where the last one started and ended, and
    // whether those nodes are shown, are the next one's first guesses.
    let startIndex = -1;
    let endIndex = -1;
    let shownFor = -1; // node index pair the answer below is for, as startIndex * nodes.length + endIndex
    let shown = true;
    let sinceClock = 0;
    for (const span of report.spans) {
      // The clock is read every few spans: 76,000 reads cost more than the check saves.
      if (sliced && ++sinceClock >= 32) {
        sinceClock = 0;
        if (performance.now() > sliceEnd) {
          if (!state.registry.windowed) {
            state.registry.add(slice);
            slice = [];
          }
          await pause();
          if (!current()) return;
          sliceEnd = performance.now() + SLICE_MS;
        }
      }
      if (!(span.start < span.end) || nodes.length === 0) continue;
      startIndex = textmap.nodeIndexFrom(map, span.start, startIndex);
      const startNode = nodes[startIndex];
      if (visibility) {
        endIndex = textmap.nodeIndexFrom(map, span.end - 1, startIndex);
        const pair = startIndex * nodes.length + endIndex;
        if (pair !== shownFor) {
          shownFor = pair;
          shown = visibility.spanShownIn(parents[startIndex], parents[endIndex]);
        }
        if (!shown) continue;
      }
      const entry = new Entry(span, segment, startNode, parents[startIndex]);
      entries.push(entry);
      slice.push(entry);
    }
    state.registry.add(slice);
    segment.index = spans.index(entries);
    mark('highlighted');
  }

  /**
   * Scans the whole article; `beforeLayout`: the page is not laid out yet
   * (see readBeforeLayout); `long`: a large document, whose highlights are
   * windowed from the start (only ranges near the viewport registered).
   */
  async function fullScan({ beforeLayout = false, long = false } = {}) {
    state.generation += 1;
    state.registry.clear();
    if (long) state.registry.startWindow();
    state.segments = [];
    mark('full-scan');
    state.root = extract.articleRoot(document, beforeLayout ? extract.hiddenInline : textmap.isHidden);
    mark('root');
    // What was read while the page was parsed is kept if it was read from this same root.
    const early = parsing?.walker && parsing.root === state.root ? parsing : null;
    parsing = null;
    if (early) {
      mark(`early-kept ${early.parts.length}`);
      // Test builds: how many parts went to the engine while the page was parsed (tests/e2e).
      if (claimlens.BUILD?.test) doneSignalElement()?.setAttribute('data-claimlens-test-early', String(early.parts.length));
    }
    if (state.root) await scanRoots([state.root], beforeLayout || early ? readBeforeLayout() : READ_LAID_OUT, early);
    firstScan.dropLocal(); // unused (no text, or more than an article)
    applyVisibility();
    markDone();
    reportStats();
  }

  // --- reading while the page is parsed -------------------------------------

  // The reading started while the page is parsed: {root, walker, parts: [{map, response}]}.
  let parsing = null;

  /**
   * A long page arrives and is parsed in chunks, with the page's own
   * layouts in between; read only at DOMContentLoaded, its text would reach
   * the engine after all that time, during which the engine sat idle. So
   * while the page is parsed, the article element (when the page marks
   * one: extract.declaredArticleRoot) is read in slices up to where the
   * parser is (textmap.parsingWalker), without computed style as before a
   * first layout, and each complete part goes to the engine at once. The
   * full scan at DOMContentLoaded goes on from there when the article root
   * is the same element, and drops what was read otherwise.
   */
  async function readWhileParsing() {
    if (parsing || document.readyState !== 'loading') return;
    const own = { root: null, walker: null, parts: [] };
    parsing = own;
    const send = (map) => {
      if (map.text.trim() === '') return;
      mark(`early-send ${map.text.length}`);
      const response = api.runtime.sendMessage({ type: 'claimlens:scan', text: map.text });
      response.catch(() => {}); // dropped unread if the root changes; read (and reported) by scanPart otherwise
      own.parts.push({ map, response });
    };
    for (;;) {
      const waitMs = !own.walker ? ROOT_POLL_MS : own.walker.stalled ? PARSE_POLL_MS : 0;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      if (parsing !== own || document.readyState !== 'loading') return;
      if (!own.walker) {
        own.root = extract.declaredArticleRoot(document, extract.hiddenInline);
        if (!own.root) continue;
        own.walker = textmap.parsingWalker([own.root], {
          chunkUnits: PART_UNITS,
          skip: textmap.skipWithoutStyle,
          doc: document,
          onChunk: send,
        });
      }
      const sliceEnd = performance.now() + PARSE_SLICE_MS;
      own.walker.run(() => performance.now() > sliceEnd || own.walker.total >= MAX_TEXT_UNITS);
      if (own.walker.total >= MAX_TEXT_UNITS) return;
    }
  }

  // --- live pages -----------------------------------------------------------

  const isOwnNode = (node) =>
    card.isOwn(node) || (node?.nodeType === 1 && node.localName === claimlens.highlight.MARK_TAG);

  /**
   * The block to rescan for a change at `node`, or null when the change is
   * outside the article or in a part that is not scanned (comments, an
   * editable region being typed in, a form field).
   */
  function blockFor(node) {
    let element = node.nodeType === 1 ? node : node.parentElement;
    if (!element || !state.root) return null;
    if (!state.root.contains(element)) return null;
    let block = null;
    for (let e = element; e && e !== state.root; e = e.parentElement) {
      if (isOwnNode(e) || extract.skipReason(e, textmap.isHidden)) return null;
      if (!block && textmap.isBlock(e)) block = e;
    }
    return block ?? state.root;
  }

  function onMutations(records) {
    for (const record of records) {
      if (isOwnNode(record.target)) continue;
      if (!state.root?.isConnected) {
        state.full = true;
        continue;
      }
      if (record.type === 'characterData') {
        const block = blockFor(record.target);
        if (block) state.pending.add(block);
        continue;
      }
      for (const node of record.addedNodes) {
        if (isOwnNode(node)) continue;
        if (node.nodeType === 1 && node.contains(state.root)) continue; // an ancestor of the article moved
        const block = blockFor(node);
        if (block) state.pending.add(block);
      }
      if (record.removedNodes.length > 0) {
        const block = blockFor(record.target);
        if (block) state.pending.add(block);
      }
    }
    if (state.full || state.pending.size > 0) scheduleFlush();
  }

  function scheduleFlush() {
    if (state.flushScheduled) return;
    state.flushScheduled = true;
    const now = Date.now();
    state.flushTimes = state.flushTimes.filter((time) => now - time < BURST_WINDOW_MS);
    const run = () => {
      state.flushScheduled = false;
      state.work = state.work.then(flush).catch((error) => console.warn('ClaimLens:', error));
    };
    // A page that keeps changing gets a pause instead of a rescan every frame.
    if (state.flushTimes.length >= MAX_FLUSHES_PER_WINDOW) setTimeout(run, BACKOFF_MS);
    else requestAnimationFrame(run);
  }

  async function flush() {
    if (!state.active) return;
    mark(`flush ${state.pending.size}`);
    state.flushTimes.push(Date.now());
    if (state.full || state.pending.has(state.root)) {
      state.full = false;
      state.pending.clear();
      await fullScan();
      return;
    }
    // Outermost changed blocks only, in the order they changed (sorting them
    // in document order costs a walk over their siblings per comparison:
    // slow under an article of thousands of paragraphs), within this frame's budget.
    const blocks = [...state.pending].filter((b) => b.isConnected);
    const outer = blocks.filter((b) => !blocks.some((other) => other !== b && other.contains(b)));
    const batch = [];
    let chars = 0;
    for (const block of outer) {
      if (batch.length >= MAX_BLOCKS_PER_FRAME || (batch.length > 0 && chars > MAX_CHARS_PER_FRAME)) break;
      batch.push(block);
      chars += block.textContent.length;
    }
    state.pending = new Set(outer.slice(batch.length));
    // Highlights in a rescanned block, or in text that left the page, go.
    state.registry.removeUnder(batch);
    mark('stale-removed');
    if (batch.length > 0) await scanRoots(batch);
    applyVisibility();
    markDone();
    reportStats();
    if (state.pending.size > 0) scheduleFlush();
  }

  function observe() {
    state.observer?.disconnect();
    state.observer = new MutationObserver(onMutations);
    // Attributes are not watched: the extension's own marker on <html> and
    // pages toggling classes must not cause rescans.
    state.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  // --- settings and activation ---------------------------------------------

  function visibleCategories() {
    const s = state.settings;
    if (!s.enabled || state.hiddenByCommand) return new Set();
    return new Set(Object.keys(s.categories).filter((id) => s.categories[id]));
  }

  function applyVisibility() {
    state.registry.show(visibleCategories());
    const shown = card.shownEntry();
    if (shown && !state.registry.isShown(shown)) card.hide();
  }

  function isLargeDocument() {
    // Test builds: a URL flag reads a small test page the large-document way.
    if (claimlens.BUILD?.test && location.search.includes('claimlens-test-large')) return true;
    const navigation = performance.getEntriesByType?.('navigation')?.[0];
    return (navigation?.decodedBodySize ?? 0) > LARGE_DOCUMENT_BYTES;
  }

  /** Whether a style sheet that applies to the screen is still loading (its `sheet` is null until then). */
  function styleSheetsPending() {
    for (const link of document.querySelectorAll('link[rel~="stylesheet" i]')) {
      if (link.sheet !== null || link.disabled || /\balternate\b/i.test(link.rel)) continue;
      if (link.media && !matchMedia(link.media).matches) continue; // print sheets load lazily
      return true;
    }
    return false;
  }

  function afterNextFrame() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, FIRST_FRAME_WAIT_MS);
    });
  }

  async function activate() {
    await domReady;
    // Queued on state.work: the settings may have switched ClaimLens off here
    // since it was queued (or while the page was parsed), and deactivate()
    // had nothing to stop then.
    if (state.active || !document.body || !store.shouldRun(state.settings, host(), state.requested)) return;
    if (!claimlens.highlight.supported()) console.info('ClaimLens: no CSS Custom Highlight API, wrapping text instead');
    state.active = true;
    observe();
    addInteraction();
    // A large document is read the same way when it was laid out long ago
    // (the reader asked on it): the first frame it waits for is the next one.
    // So is a page whose style sheets are still loading: computed style
    // would not see what they hide yet, and the first frame waits for them.
    const long = isLargeDocument();
    await fullScan({ beforeLayout: long || styleSheetsPending(), long });
  }

  function deactivate() {
    parsing = null;
    if (!state.active) return;
    state.active = false;
    state.generation += 1;
    state.observer?.disconnect();
    state.observer = null;
    state.pending.clear();
    state.registry.clear();
    state.segments = [];
    removeInteraction();
    card.remove();
    doneSignalElement()?.removeAttribute(DONE_ATTRIBUTE);
    reportStats();
  }

  function applySettings(settings) {
    state.settings = settings;
    if (store.shouldRun(settings, host(), state.requested)) {
      if (state.active) applyVisibility();
      else {
        readWhileParsing().catch((error) => console.warn('ClaimLens:', error));
        state.work = state.work.then(activate).catch((error) => console.warn('ClaimLens:', error));
      }
    } else {
      firstScan.dropLocal(); // not running here: no first scan to make
      deactivate();
    }
  }

  function request() {
    state.requested = true;
    state.hiddenByCommand = false;
    if (state.settings) applySettings(state.settings);
  }

  /** Tells the background this frame's counts (the toolbar badge). */
  // Counts of this tab's same-origin frames (frame id -> counts), relayed by
  // the background, so that the popup counts the whole tab.
  const frameCounts = new Map();

  /** The counts of this frame plus, in the top frame, those of its frames. */
  function tabCounts() {
    const counts = state.active ? state.registry.counts() : {};
    if (isTop) {
      for (const frame of frameCounts.values()) {
        for (const [category, n] of Object.entries(frame)) counts[category] = (counts[category] ?? 0) + n;
      }
    }
    return counts;
  }

  /** Tells the background this frame's counts (the toolbar badge; frames report to the top frame). */
  function reportStats() {
    const counts = isTop ? tabCounts() : state.active ? state.registry.counts() : {};
    api.runtime.sendMessage({ type: 'claimlens:stats', top: isTop, counts, active: state.active }).catch(() => {});
  }

  // --- hover and keyboard ---------------------------------------------------

  function isDark() {
    for (let e = state.root ?? document.body; e; e = e.parentElement) {
      const match = getComputedStyle(e).backgroundColor.match(/[\d.]+/g);
      if (!match) continue;
      const [r, g, b, a = 1] = match.map(Number);
      if (a < 0.5) continue;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
    return matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /** Every actor of every segment with this name, merged: the page-wide view of one actor. */
  function actorDetails(entry) {
    const own = entry.segment.report.actors.find((a) => a.id === entry.span.actor);
    const name = own?.name ?? entry.span.text;
    const merged = { name, aliases: new Set(), mentions: 0, role: own?.role ?? null };
    for (const segment of state.segments) {
      for (const actor of segment.report.actors) {
        if (actor.name !== name) continue;
        actor.aliases.forEach((alias) => merged.aliases.add(alias));
        merged.mentions += actor.mentions;
        merged.role ??= actor.role ?? null;
      }
    }
    const claims = state.registry.entries
      .filter((e) => e.span.group === 'claim' && e.span.speaker?.kind === 'actor' && e.span.speaker.name === name)
      .sort(documentOrder);
    return { actor: { ...merged, aliases: [...merged.aliases] }, claims };
  }

  function showCard(entry) {
    if (!entry.range) return '';
    const details = entry.span.group === 'actor' ? actorDetails(entry) : {};
    return card.show(entry, { ...details, jump: jumpTo, dark: isDark() });
  }

  function scrollToRange(range) {
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
    }
  }

  // Where keyboard focus was before a highlight was focused: Escape returns it there.
  let focusBefore = null;

  /** Focuses `entry`: scrolls to it, marks it, shows its card and announces it. */
  function jumpTo(entry) {
    if (!entry.range) return; // its text changed under us
    if (!card.isOwn(document.activeElement)) focusBefore = document.activeElement;
    scrollToRange(entry.range);
    state.registry.setFocus(entry);
    const summary = showCard(entry);
    card.announce(summary);
    card.focusCard();
  }

  /** The caret position under the pointer, across browsers. */
  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      const position = document.caretPositionFromPoint(x, y);
      return position && { node: position.offsetNode, offset: position.offset };
    }
    if (document.caretRangeFromPoint) {
      const range = document.caretRangeFromPoint(x, y);
      return range && { node: range.startContainer, offset: range.startOffset };
    }
    return null;
  }

  const contains = (range, x, y) =>
    Array.from(range.getClientRects()).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);

  /**
   * Where the browser has `CSS.highlights.highlightsFromPoint`, the shown
   * highlight under the point straight from the registry; undefined when the
   * API is missing (then the caret and a binary search over spans are used).
   */
  function entryFromRegistry(x, y) {
    if (typeof CSS.highlights?.highlightsFromPoint !== 'function') return undefined;
    try {
      const found = [];
      for (const hit of CSS.highlights.highlightsFromPoint(x, y)) {
        for (const range of hit.ranges ?? []) {
          const entry = state.rangeEntry.get(range);
          if (entry && !entry.removed && state.registry.isShown(entry)) found.push(entry);
        }
      }
      found.sort((a, b) => a.end - a.start - (b.end - b.start));
      return found[0] ?? null;
    } catch {
      return undefined;
    }
  }

  /**
   * The segment whose text holds this text node: the latest, when a block
   * was rescanned. Looked up on hover only, rather than a map from every
   * text node of a long page kept up to date while it is read.
   */
  function segmentOf(node) {
    for (let i = state.segments.length - 1; i >= 0; i--) {
      if (state.segments[i].map.indexOf.has(node)) return state.segments[i];
    }
    return null;
  }

  /** The shown highlight under the point, shortest first, or null. */
  function entryAt(x, y) {
    const fromRegistry = entryFromRegistry(x, y);
    if (fromRegistry !== undefined) return fromRegistry;
    const caret = caretAt(x, y);
    if (!caret || caret.node?.nodeType !== 3) return null;
    const segment = segmentOf(caret.node);
    if (!segment) return null;
    const offset = textmap.offsetOf(segment.map, caret.node, caret.offset);
    // The caret lands between characters: the character under the pointer is
    // on one side or the other.
    const candidates = [...spans.at(segment.index, offset), ...spans.at(segment.index, offset - 1)];
    return (
      candidates.find((entry) => !entry.removed && state.registry.isShown(entry) && entry.range && contains(entry.range, x, y)) ??
      null
    );
  }

  let hoverFrame = 0;
  let hideTimer = 0;
  let lastPointer = null;

  function onPointerMove(event) {
    const mark = event.target?.closest?.(claimlens.highlight.MARK_TAG) ?? null;
    lastPointer = { x: event.clientX, y: event.clientY, overCard: card.isOwn(event.target), mark };
    if (hoverFrame) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      const { x, y, overCard, mark } = lastPointer;
      if (overCard) {
        clearTimeout(hideTimer);
        return;
      }
      const marked = mark && state.registry.entryOfMark(mark);
      const entry = marked && !marked.removed && state.registry.isShown(marked) ? marked : entryAt(x, y);
      if (entry) {
        clearTimeout(hideTimer);
        if (card.shownEntry() !== entry) showCard(entry);
      } else if (card.shownEntry() && !hideTimer) {
        hideTimer = setTimeout(() => {
          hideTimer = 0;
          card.hide();
        }, 400);
      }
    });
  }

  /** Alt+Shift+N / Alt+Shift+P: next / previous highlight; Escape closes the card. */
  function onKeyDown(event) {
    if (event.key === 'Escape' && card.shownEntry()) {
      card.hide();
      state.registry.setFocus(null);
      if (card.isOwn(document.activeElement)) focusBefore?.focus?.({ preventScroll: true });
      focusBefore = null;
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    // Keys typed into the page's own fields are the page's.
    const target = event.target;
    if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')) return;
    if (event.code === 'KeyN') step(1);
    else if (event.code === 'KeyP') step(-1);
    else return;
    event.preventDefault();
  }

  function step(direction) {
    const entries = state.registry.shownEntries();
    if (entries.length === 0) return;
    const current = entries.indexOf(state.registry.focus);
    const next = current < 0 ? (direction > 0 ? 0 : entries.length - 1) : (current + direction + entries.length) % entries.length;
    jumpTo(entries[next]);
  }

  function addInteraction() {
    document.addEventListener('mousemove', onPointerMove, { passive: true, capture: true });
    document.addEventListener('keydown', onKeyDown, { capture: true });
  }

  function removeInteraction() {
    document.removeEventListener('mousemove', onPointerMove, { capture: true });
    document.removeEventListener('keydown', onKeyDown, { capture: true });
  }

  // --- messages from the extension -----------------------------------------

  function status() {
    return {
      active: state.active,
      host: host(),
      requested: state.requested,
      counts: tabCounts(),
      total: Object.values(tabCounts()).reduce((sum, n) => sum + n, 0),
    };
  }

  function onMessage(message, sender, sendResponse) {
    // tabs.sendMessage is only open to the extension's own pages and
    // background; pages cannot reach this listener (they would need our id
    // and externally_connectable, which the manifest does not declare).
    if (sender.id !== api.runtime.id || typeof message?.type !== 'string') return false;
    switch (message.type) {
      case 'claimlens:status':
        sendResponse(status());
        return false;
      case 'claimlens:activate':
        settingsLoaded
          .then(() => {
            request();
            return state.work;
          })
          .then(() => sendResponse(status()));
        return true;
      case 'claimlens:toggle':
        if (!state.active) request();
        else {
          state.hiddenByCommand = !state.hiddenByCommand;
          applyVisibility();
        }
        sendResponse(status());
        return false;
      case 'claimlens:frame-stats':
        if (isTop && Number.isInteger(message.frameId) && message.frameId !== 0) {
          frameCounts.set(message.frameId, message.counts ?? {});
          reportStats();
        }
        return false;
      case 'claimlens:next':
        step(1);
        return false;
      case 'claimlens:page-text': {
        if (!isTop) return false;
        const root = state.root ?? extract.articleRoot(document, textmap.isHidden);
        const text = root ? textmap.collect([root]).text : '';
        sendResponse({ text, url: location.href, title: document.title });
        return false;
      }
      default:
        return false;
    }
  }

  claimlens.page = { request };

  /** Test builds: tells the end-to-end tests where this tab's popup is. */
  async function exposePopupForTests() {
    if (!claimlens.BUILD?.test || !isTop) return;
    await domReady;
    const response = await api.runtime.sendMessage({ type: 'claimlens:test-tab' });
    if (response?.ok) document.documentElement.setAttribute('data-claimlens-test-popup', response.popup);
  }

  // Listening starts at once (the background may ask for activation right
  // after injecting us); requests that need the settings wait for them.
  api.runtime.onMessage.addListener(onMessage);
  const settingsLoaded = start()
    .catch((error) => {
      console.warn('ClaimLens:', error);
      return store.load();
    })
    .then((settings) => {
      mark('settings');
      state.settings = settings;
      store.onChanged(applySettings);
      applySettings(settings);
    });
  settingsLoaded.catch((error) => console.warn('ClaimLens:', error));
  exposePopupForTests().catch(() => {});
})();
