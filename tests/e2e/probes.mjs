// More functions run inside test pages and the popup over WebDriver
// (serialised with toString, so each must be self-contained).

/**
 * Every ClaimLens highlight of the page and of its same-origin frames:
 * {category, text, within, frame}. `within` is the id of the nearest element
 * with one (crossing out of shadow roots), `frame` the id of the iframe or null.
 */
export function listHighlights() {
  const found = [];
  const read = (win, frame) => {
    const registry = win.CSS?.highlights;
    if (!registry) return;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('claimlens-') || name === 'claimlens-focus') return;
      highlight.forEach((range) => {
        let node = range.startContainer;
        let within = null;
        while (node && !within) {
          if (node.nodeType === 1 && node.id) within = node.id;
          node = node.parentNode ?? node.host ?? null;
        }
        found.push({ category: name.slice('claimlens-'.length), text: range.toString(), within, frame });
      });
    });
  };
  read(window, null);
  for (const iframe of document.querySelectorAll('iframe')) {
    try {
      if (iframe.contentWindow?.document) read(iframe.contentWindow, iframe.id || 'frame');
    } catch {
      // cross-origin frame
    }
  }
  found.sort((a, b) => (a.within ?? '').localeCompare(b.within ?? '') || a.text.localeCompare(b.text) || a.category.localeCompare(b.category));
  return found;
}

/** The viewport centre of the first highlight of `category` whose text is `text`, or null. */
export function highlightCenter(category, text) {
  const highlight = CSS.highlights.get(`claimlens-${category}`);
  if (!highlight) return null;
  for (const range of highlight) {
    if (range.toString() !== text) continue;
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
  }
  return null;
}

/** The hover card and live region text, as the test build mirrors them on the card's host. */
export function cardState() {
  const host = document.querySelector('claimlens-card');
  return {
    card: host?.getAttribute('data-claimlens-test-card') ?? null,
    live: host?.getAttribute('data-claimlens-test-live') ?? null,
    // Page scripts must not see into the card: its shadow root is closed.
    openShadow: host ? host.shadowRoot !== null : null,
    popup: document.documentElement.getAttribute('data-claimlens-test-popup'),
  };
}
