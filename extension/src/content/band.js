// Which blocks of a long page are near the viewport, by geometry: a binary
// search over the blocks in document order, which a page of paragraphs lays
// out from top to bottom. Used by the highlight registry's windowing
// (highlight.js) instead of an IntersectionObserver: Chromium computes every
// observed target on every frame in which the page changed, and on a 5 MB
// page of 15,000 paragraphs that was a 60-120 ms task per frame while
// highlights were being added. Here a frame costs a few dozen
// getBoundingClientRect calls (O(log n) plus the blocks in the band).
//
// Pure logic over `count` blocks and a `rectAt(i)` callback ({top, bottom}
// of the i-th block in viewport coordinates, or null for a block without a
// box, e.g. display:none); unit-tested in tests/extension/highlight.test.mjs.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.band = (() => {
  /**
   * The index range {from, to} (to exclusive) of the blocks whose boxes
   * overlap [top, bottom). Blocks without a box are skipped over (they
   * neither end nor start the range); a layout that is not top-to-bottom
   * in document order (multi-column text) gets an approximate range.
   */
  function overlapping(count, rectAt, top, bottom) {
    // The first block with a box whose bottom is below `top`.
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      let probe = mid;
      let rect = null;
      while (probe < high && (rect = rectAt(probe)) === null) probe++;
      // Boxless blocks count as the next block with a box (or as past the
      // end when there is none before `high`, which is known to be past).
      if (rect !== null && rect.bottom <= top) low = probe + 1;
      else high = mid;
    }
    let from = low;
    while (from < count && rectAt(from) === null) from++;
    let to = from;
    while (to < count) {
      const rect = rectAt(to);
      if (rect !== null && rect.top >= bottom) break;
      to++;
    }
    return { from, to };
  }

  /** getBoundingClientRect as `overlapping` wants it: null for an element without a box. */
  function elementRect(element) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0 && rect.top === 0 && rect.left === 0) return null;
    return rect;
  }

  return { overlapping, elementRect };
})();
