// Highlighting with the CSS Custom Highlight API: one `Highlight` per
// category, registered as `claimlens-<category>` and styled by
// `::highlight(claimlens-<category>)` in claimlens.css. Nothing is inserted
// into the page's DOM, so its text, selection, find-in-page, links and
// scripts are untouched. Turning a category off removes its `Highlight`
// from the registry; turning it on puts it back: no rescan.
//
// Where the API is missing, ranges are wrapped in <claimlens-mark> elements
// that `clear()` unwraps, restoring the original nodes.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.highlight = (() => {
  const PREFIX = 'claimlens-';
  const FOCUS = 'claimlens-focus';
  const MARK_TAG = 'claimlens-mark';

  function supported() {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
  }

  /**
   * The highlighted ranges of one document and which categories are shown.
   * Entries are {range, span, segment}; `span.category` names its highlight.
   */
  class Registry {
    constructor() {
      this.entries = [];
      this.byCategory = new Map(); // category -> Highlight (or, in fallback mode, a list of marks)
      this.visible = new Set(claimlens.CATEGORIES.map((c) => c.id));
      this.api = supported();
      this.marks = new Map(); // fallback: entry -> [mark elements]
      this.focus = null;
    }

    highlightOf(category) {
      let highlight = this.byCategory.get(category);
      if (!highlight) {
        highlight = new Highlight();
        this.byCategory.set(category, highlight);
        if (this.visible.has(category)) CSS.highlights.set(PREFIX + category, highlight);
      }
      return highlight;
    }

    add(entries) {
      for (const entry of entries) {
        this.entries.push(entry);
        if (this.api) this.highlightOf(entry.span.category).add(entry.range);
        else if (this.visible.has(entry.span.category)) this.wrap(entry);
      }
    }

    /** Removes the entries for which `stale(entry)` holds. */
    remove(stale) {
      const kept = [];
      for (const entry of this.entries) {
        if (!stale(entry)) {
          kept.push(entry);
          continue;
        }
        entry.removed = true;
        if (this.api) this.byCategory.get(entry.span.category)?.delete(entry.range);
        else this.unwrap(entry);
        if (this.focus === entry) this.setFocus(null);
      }
      this.entries = kept;
    }

    clear() {
      this.remove(() => true);
      if (this.api) {
        // By name, without iterating the page's registry: Firefox neither
        // hands page iterators to content scripts nor lets the page call a
        // content script's forEach callback ("Permission denied").
        for (const category of claimlens.CATEGORIES) CSS.highlights.delete(PREFIX + category.id);
        CSS.highlights.delete(FOCUS);
        this.byCategory.clear();
      }
    }

    /** Shows exactly the categories in `visible` (a Set of ids). */
    show(visible) {
      this.visible = new Set(visible);
      if (this.api) {
        for (const [category, highlight] of this.byCategory) {
          if (this.visible.has(category)) CSS.highlights.set(PREFIX + category, highlight);
          else CSS.highlights.delete(PREFIX + category);
        }
      } else {
        for (const entry of this.entries) {
          if (this.visible.has(entry.span.category)) this.wrap(entry);
          else this.unwrap(entry);
        }
      }
      if (this.focus && !this.visible.has(this.focus.span.category)) this.setFocus(null);
    }

    isShown(entry) {
      return this.visible.has(entry.span.category);
    }

    /** Entries currently shown, in document order. */
    shownEntries() {
      return this.entries
        .filter((entry) => this.isShown(entry))
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    }

    /** Counts per category of all entries (shown or not). */
    counts() {
      const counts = {};
      for (const entry of this.entries) counts[entry.span.category] = (counts[entry.span.category] ?? 0) + 1;
      return counts;
    }

    /** Marks one entry as the keyboard-focused highlight (or none). */
    setFocus(entry) {
      this.focus = entry;
      if (!this.api) return;
      if (entry) CSS.highlights.set(FOCUS, new Highlight(entry.range));
      else CSS.highlights.delete(FOCUS);
    }

    // --- fallback without the Highlight API: wrap text in marks ----------

    wrap(entry) {
      if (this.marks.has(entry)) return;
      const marks = [];
      const range = entry.range;
      const doc = range.startContainer.ownerDocument;
      const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      const texts = [];
      for (let n = walker.currentNode; n; n = walker.nextNode()) {
        if (n.nodeType === 3 && range.intersectsNode(n)) texts.push(n);
      }
      for (const node of texts) {
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.data.length;
        if (from >= to) continue;
        const part = node.splitText(from);
        part.splitText(to - from);
        const mark = doc.createElement(MARK_TAG);
        mark.className = PREFIX + entry.span.category;
        part.replaceWith(mark);
        mark.append(part);
        marks.push(mark);
      }
      this.marks.set(entry, marks);
    }

    unwrap(entry) {
      for (const mark of this.marks.get(entry) ?? []) {
        const parent = mark.parentNode;
        if (!parent) continue;
        mark.replaceWith(...mark.childNodes);
        parent.normalize();
      }
      this.marks.delete(entry);
    }
  }

  return { supported, Registry, PREFIX, MARK_TAG };
})();
