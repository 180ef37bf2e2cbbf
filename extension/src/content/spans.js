// Span lookup for hit-testing: which engine spans cover a text offset.
// Spans may nest (an actor inside a claim marker's sentence) or overlap, so
// a binary search finds the last span starting at or before the offset, and
// a running maximum of span ends bounds how far back covering spans can be.
// Pure logic; unit-tested in tests/extension/spans.test.mjs.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.spans = (() => {
  /** An index over `items` (objects with numeric start/end). */
  function index(items) {
    const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    const maxEnd = [];
    let max = -Infinity;
    for (const item of sorted) {
      max = Math.max(max, item.end);
      maxEnd.push(max);
    }
    return { sorted, maxEnd };
  }

  /** Number of items whose start is <= offset. */
  function countStartingBy(idx, offset) {
    let low = 0;
    let high = idx.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (idx.sorted[mid].start <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The items covering `offset` (start <= offset < end), shortest first. */
  function at(idx, offset) {
    const found = [];
    for (let i = countStartingBy(idx, offset) - 1; i >= 0 && idx.maxEnd[i] > offset; i--) {
      if (idx.sorted[i].end > offset) found.push(idx.sorted[i]);
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  }

  return { index, at };
})();
