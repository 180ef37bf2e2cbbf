// Highlighting with the CSS Custom Highlight API: one `Highlight` per
// category, registered as `claimlens-<category>` and styled by
// `::highlight(claimlens-<category>)` in claimlens.css. Nothing is inserted
// into the page's DOM, so the page's layout and scripts are untouched.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.highlight = (() => {
  const PREFIX = 'claimlens-';

  function supported() {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
  }

  /** Removes every ClaimLens highlight from the page. */
  function clear() {
    // forEach, not keys(): Firefox cannot hand a page iterator to a content
    // script ("Xray wrapping of iterators not supported").
    const names = [];
    CSS.highlights.forEach((_highlight, name) => names.push(name));
    for (const name of names) {
      if (name.startsWith(PREFIX)) CSS.highlights.delete(name);
    }
  }

  /**
   * Replaces the page's ClaimLens highlights with `spans` (engine spans with
   * UTF-16 offsets into `map.text`). Returns how many ranges were highlighted.
   */
  function show(map, spans) {
    const byCategory = new Map();
    for (const span of spans) {
      const range = claimlens.textmap.rangeOf(map, span.start, span.end);
      if (!range) continue;
      if (!byCategory.has(span.category)) byCategory.set(span.category, []);
      byCategory.get(span.category).push(range);
    }
    clear();
    let count = 0;
    for (const [category, ranges] of byCategory) {
      CSS.highlights.set(PREFIX + category, new Highlight(...ranges));
      count += ranges.length;
    }
    return count;
  }

  return { supported, clear, show };
})();
