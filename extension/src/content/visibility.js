// Which text a reader can see, decided after the page has been laid out.
//
// A large document is read before the browser's first layout (content.js):
// the extraction then skips what the DOM alone says is hidden (the `hidden`
// attribute, aria-hidden, inert, an inline display:none), but not what a
// style sheet hides. Its spans are checked here once the first frame is
// drawn, when asking costs no layout: a span is kept when the elements
// holding its first and last characters are shown. Each element is asked
// once (most spans of a paragraph share it).
//
// Only duck-typed element properties are read (checkVisibility,
// parentElement, parentNode.host, ownerDocument.defaultView), so the
// decisions are unit-tested on plain objects (tests/extension/visibility.test.mjs).
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.visibility = (() => {
  // visibility:hidden too, under its current and its first (Chromium 105-120) name.
  const CHECK = { visibilityProperty: true, checkVisibilityCSS: true };

  const computedStyle = (element) => element.ownerDocument?.defaultView?.getComputedStyle?.(element) ?? null;

  /** The element a node's text belongs to: its parent, or the host of the shadow root it sits in. */
  const elementOf = (node) => node?.parentElement ?? node?.parentNode?.host ?? null;

  /**
   * Answers "is this text shown?" for the text nodes of one page, one
   * decision per element. `hiddenByStyle(element)` is the fallback where
   * `checkVisibility` is missing (the element's own computed style).
   */
  class TextVisibility {
    constructor({ hiddenByStyle = claimlens.textmap?.isHidden ?? (() => false) } = {}) {
      this.hiddenByStyle = hiddenByStyle;
      this.shownByElement = new Map();
    }

    /** Whether `element` (and so the text directly in it) is shown. */
    elementShown(element) {
      if (!element) return true;
      let shown = this.shownByElement.get(element);
      if (shown === undefined) {
        shown = this.decide(element);
        this.shownByElement.set(element, shown);
      }
      return shown;
    }

    decide(element) {
      if (typeof element.checkVisibility !== 'function') {
        // No checkVisibility (older browsers): its own style, then its ancestors'.
        return !this.hiddenByStyle(element) && this.elementShown(elementOf(element));
      }
      // checkVisibility covers the ancestors (a display:none ancestor leaves no box).
      if (element.checkVisibility(CHECK)) return true;
      // An element whose box is not built yet has none to be visible in: a
      // page read before its first layout, on a busy machine, can be asked
      // before the browser has built it. getClientRects() builds the boxes
      // (a no-op on a laid-out page); then the answer is the real one. Only
      // elements first answered hidden pay for it, and they are few.
      if (element.getClientRects?.().length > 0 && element.checkVisibility(CHECK)) return true;
      // An element with display:contents has no box of its own, yet shows its children.
      return computedStyle(element)?.display === 'contents' && this.elementShown(elementOf(element));
    }

    /** Whether a span running from text node `first` to text node `last` is shown. */
    spanShown(first, last) {
      return this.spanShownIn(elementOf(first), last === first ? null : elementOf(last));
    }

    /**
     * The same, given the elements the span's first and last characters
     * belong to (`last` null or the same: one element).
     */
    spanShownIn(first, last) {
      return this.elementShown(first) && (last === null || last === first || this.elementShown(last));
    }
  }

  return { TextVisibility, elementOf };
})();
