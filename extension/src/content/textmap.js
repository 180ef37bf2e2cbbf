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
   * A depth-first walk over the text under some roots that builds text maps
   * (see `collect`). It can stop and resume (`run` until a deadline), so long
   * pages are walked in slices between which the page stays responsive, and
   * it can cut its output into several maps at line breaks (`chunkUnits`),
   * so the first part of a long page is scanned while the rest is walked.
   */
  class Walker {
    constructor(roots, skip, chunkUnits, onChunk) {
      this.roots = new Set(roots);
      this.skip = skip;
      this.chunkUnits = chunkUnits;
      this.onChunk = onChunk;
      // Explicit stack (pages nest deeply): nodes to visit, or `END` after a
      // block's children.
      this.stack = [...roots].reverse();
      this.total = 0; // UTF-16 units in the maps already handed out
      this.startMap();
    }

    startMap() {
      this.nodes = [];
      this.starts = [];
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
      return { text: this.text, nodes: this.nodes, starts: this.starts, indexOf: this.indexOf };
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

    /**
     * Walks until done (returns true) or until `stop()` says so (returns
     * false; call again to resume). `stop` is asked every few nodes.
     */
    run(stop = () => false) {
      const END = Walker.END;
      const stack = this.stack;
      let sinceCheck = 0;
      while (stack.length > 0) {
        if (++sinceCheck >= 64) {
          sinceCheck = 0;
          if (stop()) return false;
        }
        const node = stack.pop();
        if (node === END) {
          this.breakLine();
          continue;
        }
        if (node.nodeType === 3 /* TEXT_NODE */) {
          const data = node.data;
          if (data.length === 0) continue;
          this.indexOf.set(node, this.nodes.length);
          this.nodes.push(node);
          this.starts.push(this.text.length);
          this.text += data;
          this.endsInSpace = endsInWhiteSpace(data);
          continue;
        }
        if (node.nodeType === 1 /* ELEMENT_NODE */) {
          if (!this.roots.has(node) && this.skip(node)) continue;
          if (isBlock(node)) {
            this.breakLine();
            stack.push(END);
          }
        } else if (node.nodeType !== 11 /* DOCUMENT_FRAGMENT_NODE (shadow root) */) {
          continue;
        }
        // An open shadow root is what is rendered; its slots show the light children.
        const children = node.shadowRoot ? [node.shadowRoot, ...node.childNodes] : node.childNodes;
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
      return true;
    }
  }
  Walker.END = {};

  /**
   * Collects the text under `roots` (elements, in document order).
   * Returns {text, nodes, starts, indexOf}: `starts[i]` is the UTF-16 offset
   * of `nodes[i]`'s first character in `text` (ascending); `indexOf` maps a
   * text node to its index.
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
   * no task of the page's main thread is long. Stops after `maxUnits`, or
   * when `cancelled()` says so. Resolves when every map has been handed out.
   */
  async function collectChunks(
    roots,
    { chunkUnits, onChunk, pause, sliceMs = 8, maxUnits = Infinity, cancelled = () => false, skip = defaultSkip },
  ) {
    const walker = new Walker(roots, skip, chunkUnits, onChunk);
    for (;;) {
      const sliceEnd = performance.now() + sliceMs;
      const done = walker.run(() => performance.now() > sliceEnd || walker.total >= maxUnits);
      if (done || walker.total >= maxUnits) break;
      await pause();
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

  return { collect, collectChunks, positionAt, offsetOf, rangeOf, isBlock, isHidden };
})();
