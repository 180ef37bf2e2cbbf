// Page text extraction: walks the visible text nodes of a root element and
// joins them into one string, remembering where each node starts, so that
// the engine's UTF-16 offsets can be turned back into DOM positions.
//
// Shared with the other content scripts through the `claimlens` namespace
// (content scripts are classic scripts loaded in order into one scope).
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.textmap = (() => {
  // Subtrees whose text is not prose a reader sees as part of the article.
  const SKIPPED_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
    'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'CODE', 'PRE', 'KBD', 'SAMP',
  ]);

  // Elements that end a line of text: the engine must not see the last word
  // of one paragraph glued to the first word of the next.
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
    'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
    'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
  ]);

  function isSkipped(element) {
    return (
      SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
      element.hidden ||
      element.getAttribute('aria-hidden') === 'true' ||
      element.isContentEditable
    );
  }

  function blockOf(node) {
    let element = node.parentElement;
    while (element && !BLOCK_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
    return element;
  }

  /**
   * Collects the text under `root`.
   * Returns {text, nodes, starts}: `starts[i]` is the UTF-16 offset of
   * `nodes[i]`'s first character in `text`; starts are ascending.
   */
  function collect(root) {
    const nodes = [];
    const starts = [];
    let text = '';
    let lastBlock = null;
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          // REJECT skips the whole subtree; SKIP still visits the children.
          return isSkipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        }
        return node.data.length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const block = blockOf(node);
      if (block !== lastBlock && text.length > 0 && !/\s$/.test(text)) text += '\n';
      lastBlock = block;
      nodes.push(node);
      starts.push(text.length);
      text += node.data;
    }
    return { text, nodes, starts };
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

  /** A live Range over text offsets [start, end), or null if it cannot be built. */
  function rangeOf(map, start, end) {
    if (map.nodes.length === 0 || !(start < end)) return null;
    const from = positionAt(map, start);
    const to = positionAt(map, end);
    const range = from.node.ownerDocument.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null; // the page changed under us
    }
    return range;
  }

  return { collect, positionAt, rangeOf };
})();
