// Page text extraction: walks the scanned text nodes under one or more
// elements (descending into open shadow roots) and joins them into one
// string, remembering where each node starts, so that the engine's UTF-16
// offsets can be turned back into DOM positions and DOM positions (from
// hit-testing) into offsets.
//
// Shared with the other content scripts through the `claimlens` namespace
// (content scripts are classic scripts loaded in order into one scope).
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.textmap = (() => {
  // Elements that end a line of text: the engine must not see the last word
  // of one paragraph glued to the first word of the next.
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
    'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
    'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
  ]);

  // Tag name -> whether it is a block: asked for every element of the page.
  const blockByTag = new Map();
  function isBlock(element) {
    const tag = element.tagName;
    let block = blockByTag.get(tag);
    if (block === undefined) {
      block = BLOCK_TAGS.has(String(tag).toUpperCase());
      blockByTag.set(tag, block);
    }
    return block;
  }

  // White space at the end of a text node's data: tested on its last
  // character only (a /\s$/ test scans the whole string).
  const WHITE_SPACE = /\s/;
  const endsInWhiteSpace = (data) => WHITE_SPACE.test(data.charAt(data.length - 1));

  /** Whether `element` is not rendered (computed style; the DOM-only half of extraction). */
  function isHidden(element) {
    const view = element.ownerDocument?.defaultView;
    if (!view) return false;
    const style = view.getComputedStyle(element);
    if (!style) return false;
    return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
  }

  const defaultSkip = (element) => claimlens.extract.skipReason(element, isHidden);
  /**
   * The extraction rules without computed style, for a page not laid out
   * yet: asking for computed style would make the browser do its whole
   * first style and layout pass inside our task. What style sheets hide is
   * dropped later (claimlens.visibility).
   */
  const skipWithoutStyle = (element) => claimlens.extract.skipReason(element, claimlens.extract.hiddenInline);

  /**
   * A depth-first walk over the text under some roots that builds text maps
   * (see `collect`). It can stop and resume (`run` until a deadline), so long
   * pages are walked in slices between which the page stays responsive, and
   * it can cut its output into several maps at line breaks (`chunkUnits`),
   * so the first part of a long page is scanned while the rest is walked.
   *
   * It moves from node to node by firstChild / nextSibling / the stack of
   * open ancestors, never through childNodes: a list of an element's
   * children costs one slow indexed call per child (more so in a content
   * script's isolated world), and an article of 40,000 paragraphs would make
   * the first step alone a long task.
   */
  class Walker {
    /**
     * `growing()`, while the document is still being parsed, returns the
     * nodes the parser may still add to (see `parserFrontier`), else null:
     * the walk then stops short of them (`stalled`) and resumes there later.
     */
    constructor(roots, skip, chunkUnits, onChunk, growing = null) {
      this.roots = [...roots];
      this.rootIndex = 0;
      this.skip = skip;
      this.chunkUnits = chunkUnits;
      this.onChunk = onChunk;
      // The open elements, innermost last: {element, container (the element
      // or its shadow root, whose children are being walked), block,
      // lightNext (after the shadow root: the light children)}.
      this.open = [];
      // The next node to visit in the innermost open container (null: that
      // container is done), or the next root when nothing is open.
      this.next = this.roots[0] ?? null;
      this.total = 0; // UTF-16 units in the maps already handed out
      this.growing = growing;
      this.stalled = false; // the last run stopped at text the parser may still add to
      this.startMap();
    }

    startMap() {
      this.nodes = [];
      this.starts = [];
      // The element each text node's text belongs to (its parent, or the host
      // of the shadow root it is in), known from the walk: asking the DOM
      // for it again per span costs a long page tens of thousands of calls.
      this.parents = [];
      this.indexOf = new Map();
      this.text = '';
      // Whether `text` ends in white space, tracked as text is appended:
      // testing the growing string itself (a regex, or reading its last
      // character, which flattens V8's string rope) made collection
      // quadratic on long pages.
      this.endsInSpace = true;
    }

    /** The map built since the last cut. */
    map() {
      return { text: this.text, nodes: this.nodes, starts: this.starts, parents: this.parents, indexOf: this.indexOf };
    }

    /** Hands out the current map (if it has text) and starts the next one. */
    cut() {
      if (this.nodes.length === 0) return;
      this.total += this.text.length;
      this.onChunk(this.map());
      this.startMap();
    }

    /** A line ends (a block starts or ends): the engine must not see words glued across it. */
    breakLine() {
      if (!this.endsInSpace) {
        this.text += '\n';
        this.endsInSpace = true;
      }
      if (this.text.length >= this.chunkUnits) this.cut();
    }

    /** Enters an element that is walked: its shadow root first (what is rendered), then its children. */
    enter(element) {
      const block = isBlock(element);
      if (block) this.breakLine();
      const shadow = element.shadowRoot ?? null;
      const container = shadow ?? element;
      // `last`: the last child visited, where a walk stalled at the end of a growing container resumes.
      this.open.push({ element, container, block, lightNext: shadow !== null, last: null });
      this.next = container.firstChild;
    }

    /** The innermost open container is done: its light children next, or leave it. */
    leave() {
      const top = this.open[this.open.length - 1];
      if (top.lightNext) {
        // An open shadow root is what is rendered; its slots show the light children.
        top.lightNext = false;
        top.container = top.element;
        top.last = null;
        this.next = top.element.firstChild;
        return;
      }
      this.open.pop();
      if (top.block) this.breakLine();
      if (this.open.length === 0) {
        this.rootIndex += 1;
        this.next = this.roots[this.rootIndex] ?? null;
      } else {
        this.next = top.element.nextSibling;
      }
    }

    /**
     * Walks until done (returns true) or until `stop()` says so (returns
     * false; call again to resume). `stop` is asked every few nodes.
     */
    run(stop = () => false) {
      let sinceCheck = 0;
      // Fixed for this run: the parser adds nothing while we hold the thread.
      // Undefined for a walk that never met a parsed page (no resuming needed).
      const frontier = this.growing === null ? undefined : this.growing();
      this.stalled = false;
      for (;;) {
        if (++sinceCheck >= 64) {
          sinceCheck = 0;
          if (stop()) return false;
        }
        const node = this.next;
        if (this.open.length === 0) {
          // Between roots: a root is walked whatever the skip rules say of it.
          if (node === null) return true;
          this.enter(node);
          continue;
        }
        const top = this.open[this.open.length - 1];
        if (node === null && frontier !== undefined) {
          // A walk that stopped at the end of a container the parser was
          // still filling goes on after the last child it saw; it waits
          // while the parser may still add to the container.
          const resume = top.last ? top.last.nextSibling : top.container.firstChild;
          if (resume !== null) {
            this.next = resume;
            continue;
          }
          if (frontier?.has(top.container)) {
            this.stalled = true;
            return false;
          }
        }
        // Done with this container; or the page moved the node out of it
        // between two slices: the walk must not follow it elsewhere.
        if (node === null || node.parentNode !== top.container) {
          this.leave();
          continue;
        }
        // The text node the parser is appending to may still grow: not yet.
        if (node.nodeType === 3 && frontier?.has(node)) {
          this.stalled = true;
          return false;
        }
        this.next = node.nextSibling;
        top.last = node;
        if (node.nodeType === 3 /* TEXT_NODE */) {
          const data = node.data;
          if (data.length === 0) continue;
          this.indexOf.set(node, this.nodes.length);
          this.nodes.push(node);
          this.parents.push(this.open[this.open.length - 1].element);
          this.starts.push(this.text.length);
          this.text += data;
          this.endsInSpace = endsInWhiteSpace(data);
        } else if (node.nodeType === 1 /* ELEMENT_NODE */ && !this.skip(node)) {
          this.enter(node);
        }
      }
    }
  }

  /**
   * While `doc` is being parsed: the nodes the parser may still add to or
   * grow (its last node and that node's ancestors; the parser appends in
   * document order, so everything before them is complete). Null once the
   * document is parsed.
   */
  function parserFrontier(doc) {
    if (doc.readyState !== 'loading') return null;
    const frontier = new Set();
    for (let node = doc.documentElement; node; node = node.lastChild) frontier.add(node);
    return frontier;
  }

  /**
   * A walker for `collectChunks({walker})` that starts while the document
   * is parsed: `run(stop)` reads what the parser has finished (see
   * `parserFrontier`) and hands out each complete map to `onChunk`;
   * `stalled` says it is waiting for the parser.
   */
  function parsingWalker(roots, { chunkUnits, onChunk, skip = defaultSkip, doc }) {
    return new Walker(roots, skip, chunkUnits, onChunk, () => parserFrontier(doc));
  }

  /**
   * Collects the text under `roots` (elements, in document order).
   * Returns {text, nodes, starts, parents, indexOf}: `starts[i]` is the
   * UTF-16 offset of `nodes[i]`'s first character in `text` (ascending);
   * `parents[i]` the element its text belongs to (its parent element, or the
   * host of the shadow root it is in); `indexOf` maps a text node to its index.
   */
  function collect(roots, skip = defaultSkip) {
    const walker = new Walker(roots, skip, Infinity, () => {});
    walker.run();
    return walker.map();
  }

  /**
   * Collects the text under `roots` as `collect` does, cut at line breaks
   * into maps of about `chunkUnits` UTF-16 units (a map is longer only when
   * one block is), each handed to `onChunk(map)` as soon as it is complete.
   * Works in slices of `sliceMs`, awaiting `pause()` between them, so that
   * no task of the page's main thread is long; the first slice may have
   * its own length and pause (`firstSliceMs`, `firstPause`). Stops after
   * `maxUnits`, or when `cancelled()` says so. Resolves when every map has
   * been handed out. `walker`: a `parsingWalker` started while the page was
   * parsed, to go on with (its maps from now on go to `onChunk`).
   */
  async function collectChunks(
    roots,
    {
      chunkUnits,
      onChunk,
      pause,
      sliceMs = 8,
      firstSliceMs = sliceMs,
      firstPause = pause,
      maxUnits = Infinity,
      cancelled = () => false,
      skip = defaultSkip,
      walker: started = null,
    },
  ) {
    const walker = started ?? new Walker(roots, skip, chunkUnits, onChunk);
    walker.onChunk = onChunk;
    for (let slice = 0; ; slice++) {
      const sliceEnd = performance.now() + (slice === 0 ? firstSliceMs : sliceMs);
      const done = walker.run(() => performance.now() > sliceEnd || walker.total >= maxUnits);
      if (done || walker.total >= maxUnits) break;
      await (slice === 0 ? firstPause() : pause());
      if (cancelled()) return;
    }
    walker.cut();
  }

  /** Index of the last node starting at or before `offset` (binary search). */
  function nodeIndexAt(map, offset) {
    let low = 0;
    let high = map.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (map.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * `nodeIndexAt(map, offset)` for offsets asked in (mostly) ascending
   * order: from `hint`, the answer for an earlier offset, it steps forward
   * (spans of one part mostly start in the same node or the next one);
   * a smaller offset than the hint's node falls back to the binary search.
   */
  function nodeIndexFrom(map, offset, hint) {
    const starts = map.starts;
    if (hint < 0 || hint >= starts.length || starts[hint] > offset) return nodeIndexAt(map, offset);
    let index = hint;
    while (index + 1 < starts.length && starts[index + 1] <= offset) index++;
    return index;
  }

  /** The DOM position {node, offset} of a UTF-16 offset into `map.text`. */
  function positionAt(map, offset) {
    const index = nodeIndexAt(map, offset);
    const node = map.nodes[index];
    return { node, offset: Math.max(0, Math.min(offset - map.starts[index], node.data.length)) };
  }

  /** The offset into `map.text` of a DOM position in one of its text nodes, or -1. */
  function offsetOf(map, node, offset) {
    const index = map.indexOf.get(node);
    return index === undefined ? -1 : map.starts[index] + offset;
  }

  /** A live Range over text offsets [start, end), or null if it cannot be built. */
  function rangeOf(map, start, end) {
    if (map.nodes.length === 0 || !(start < end)) return null;
    const from = positionAt(map, start);
    // The end belongs to the node holding the last character, not the next one.
    const to = positionAt(map, end - 1);
    to.offset += 1;
    const range = from.node.ownerDocument.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, Math.min(to.offset, to.node.data.length));
    } catch {
      return null; // the page changed under us
    }
    return range;
  }

  return {
    collect,
    collectChunks,
    nodeIndexAt,
    nodeIndexFrom,
    parsingWalker,
    parserFrontier,
    positionAt,
    offsetOf,
    rangeOf,
    isBlock,
    isHidden,
    skipWithoutStyle,
  };
})();
