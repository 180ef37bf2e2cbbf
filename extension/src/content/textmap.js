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

  const isBlock = (element) => BLOCK_TAGS.has(String(element.tagName).toUpperCase());

  /** Whether `element` is not rendered (computed style; the DOM-only half of extraction). */
  function isHidden(element) {
    const view = element.ownerDocument?.defaultView;
    if (!view) return false;
    const style = view.getComputedStyle(element);
    if (!style) return false;
    return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
  }

  /**
   * Collects the text under `roots` (elements, in document order).
   * Returns {text, nodes, starts, indexOf}: `starts[i]` is the UTF-16 offset
   * of `nodes[i]`'s first character in `text` (ascending); `indexOf` maps a
   * text node to its index.
   */
  function collect(roots, skip = (element) => claimlens.extract.skipReason(element, isHidden)) {
    const nodes = [];
    const starts = [];
    const indexOf = new Map();
    let text = '';
    // Whether `text` ends in white space, tracked as text is appended: testing
    // the growing string itself (a regex, or reading its last character, which
    // flattens V8's string rope) made collection quadratic on long pages.
    let endsInSpace = true;
    const breakLine = () => {
      if (!endsInSpace) {
        text += '\n';
        endsInSpace = true;
      }
    };
    // Depth-first, with an explicit stack (pages nest deeply): entries are
    // nodes to visit, or the marker `END` after a block's children.
    const END = {};
    const stack = [];
    for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]);
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === END) {
        breakLine();
        continue;
      }
      if (node.nodeType === 3 /* TEXT_NODE */) {
        if (node.data.length === 0) continue;
        indexOf.set(node, nodes.length);
        nodes.push(node);
        starts.push(text.length);
        text += node.data;
        endsInSpace = /\s$/.test(node.data);
        continue;
      }
      const isRoot = roots.includes(node);
      if (node.nodeType === 1 /* ELEMENT_NODE */) {
        if (!isRoot && skip(node)) continue;
        if (isBlock(node)) {
          breakLine();
          stack.push(END);
        }
      } else if (node.nodeType !== 11 /* DOCUMENT_FRAGMENT_NODE (shadow root) */) {
        continue;
      }
      // An open shadow root is what is rendered; its slots show the light children.
      const children = node.shadowRoot ? [node.shadowRoot, ...node.childNodes] : node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return { text, nodes, starts, indexOf };
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

  return { collect, positionAt, offsetOf, rangeOf, isBlock, isHidden };
})();
