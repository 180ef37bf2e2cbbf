// Functions run inside the test page over WebDriver (serialised with
// toString, so each must be self-contained).

/** The number of ranges ClaimLens highlighted, or null while it is still working. */
export function claimlensStatus() {
  // Test builds only, on <head> (see markDone in content.js).
  return (document.head ?? document.documentElement).getAttribute('data-claimlens-spans');
}

/**
 * Every ClaimLens highlight range in the document's highlight registry, with
 * its category, its text and its UTF-16 offsets in `document.body.textContent`
 * (which is what the extension scans on the test pages: their blocks are
 * separated by whitespace, so it inserts no separator of its own).
 */
export function readHighlights() {
  if (typeof CSS === 'undefined' || !CSS.highlights) return { supported: false };
  const body = document.body;
  const ranges = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const range of highlight) {
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const text = range.toString();
      const container = range.commonAncestorContainer;
      const element = container.nodeType === Node.ELEMENT_NODE ? container : container.parentElement;
      ranges.push({
        category: name.slice('claimlens-'.length),
        start,
        end: start + text.length,
        text,
        // The id of the nearest element with one: tells which part of the page it is in.
        within: element?.closest('[id]')?.id ?? null,
      });
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
  return { supported: true, text: body.textContent, ranges };
}
