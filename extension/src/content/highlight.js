// Highlighting with the CSS Custom Highlight API: one `Highlight` per
// category, registered as `claimlens-<category>` and styled by
// `::highlight(claimlens-<category>)` in claimlens.css. Nothing is inserted
// into the page's DOM, so its text, selection, find-in-page, links and
// scripts are untouched. Turning a category off removes its `Highlight`
// from the registry; turning it on puts it back: no rescan.
//
// Where the API is missing, the text of each span is wrapped in a
// <claimlens-mark> element (the text itself is unchanged); categories are
// switched with an attribute, and `clear()` unwraps every mark and joins the
// text nodes it split, restoring the page's nodes.
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
   * Entries are {start, end, range, span, segment}: offsets into
   * `segment.map.text`; `span.category` names the highlight.
   * `afterDomChange` (fallback mode) lets the owner drop the mutation
   * records of its own wrapping.
   */
  class Registry {
    constructor({ useApi = supported(), afterDomChange = () => {} } = {}) {
      this.entries = [];
      this.byCategory = new Map(); // category -> Highlight
      this.visible = new Set(claimlens.CATEGORIES.map((c) => c.id));
      this.api = useApi;
      this.afterDomChange = afterDomChange;
      this.marks = new Map(); // fallback: entry -> its mark elements
      this.markEntry = new WeakMap(); // fallback: mark element -> entry
      this.splits = []; // fallback: [left, right] text nodes split by wrapping
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
      if (!this.api) {
        this.wrapAll(entries);
        return;
      }
      for (const entry of entries) {
        this.entries.push(entry);
        this.highlightOf(entry.span.category).add(entry.range);
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
      if (!this.api) this.afterDomChange();
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
      } else {
        this.joinSplits();
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
        for (const [entry, marks] of this.marks) {
          for (const mark of marks) mark.toggleAttribute('data-off', !this.visible.has(entry.span.category));
        }
        this.afterDomChange();
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

    /** Fallback: the entry a mark element belongs to. */
    entryOfMark(element) {
      return this.markEntry.get(element) ?? null;
    }

    // --- fallback without the Highlight API: wrap text in marks ----------

    /**
     * Wraps the entries' text. Overlapping spans cannot both be wrapped, so
     * an entry that overlaps an earlier one is left out. Pieces are wrapped
     * from the last to the first: splitting a text node at a later offset
     * keeps every earlier offset in that node valid.
     */
    wrapAll(entries) {
      const chosen = [];
      let reach = -1;
      let segment = null;
      for (const entry of [...entries].sort((a, b) => a.start - b.start || a.end - b.end)) {
        if (entry.segment !== segment) {
          segment = entry.segment;
          reach = -1;
        }
        if (entry.start < reach) continue;
        chosen.push(entry);
        reach = entry.end;
      }
      const pieces = [];
      for (const entry of chosen) {
        const map = entry.segment.map;
        for (let i = 0; i < map.nodes.length; i++) {
          const nodeStart = map.starts[i];
          const nodeEnd = nodeStart + map.nodes[i].data.length;
          if (nodeEnd <= entry.start || nodeStart >= entry.end) continue;
          const from = Math.max(entry.start, nodeStart) - nodeStart;
          const to = Math.min(entry.end, nodeEnd) - nodeStart;
          if (from < to) pieces.push({ entry, node: map.nodes[i], index: i, from, to });
        }
      }
      pieces.sort((a, b) => b.index - a.index || b.from - a.from);
      for (const { entry, node, from, to } of pieces) {
        if (!node.isConnected || to > node.data.length) continue;
        let part = node;
        if (from > 0) {
          part = node.splitText(from);
          this.splits.push([node, part]);
        }
        if (to - from < part.data.length) this.splits.push([part, part.splitText(to - from)]);
        const mark = node.ownerDocument.createElement(MARK_TAG);
        mark.className = PREFIX + entry.span.category;
        mark.toggleAttribute('data-off', !this.visible.has(entry.span.category));
        part.parentNode.insertBefore(mark, part);
        mark.appendChild(part);
        if (!this.marks.has(entry)) this.marks.set(entry, []);
        this.marks.get(entry).unshift(mark);
        this.markEntry.set(mark, entry);
      }
      for (const entry of chosen) {
        const marks = this.marks.get(entry);
        if (!marks) continue;
        const range = marks[0].ownerDocument.createRange();
        range.setStartBefore(marks[0]);
        range.setEndAfter(marks[marks.length - 1]);
        entry.range = range;
        this.entries.push(entry);
      }
      this.afterDomChange();
    }

    unwrap(entry) {
      for (const mark of this.marks.get(entry) ?? []) {
        if (mark.parentNode) mark.replaceWith(...mark.childNodes);
      }
      this.marks.delete(entry);
    }

    /** Joins the text nodes wrapping split, last split first, as they were. */
    joinSplits() {
      for (let k = this.splits.length - 1; k >= 0; k--) {
        const [left, right] = this.splits[k];
        if (left.isConnected && right.isConnected && left.nextSibling === right) {
          left.appendData(right.data);
          right.remove();
        }
      }
      this.splits = [];
      this.afterDomChange();
    }
  }

  return { supported, Registry, PREFIX, MARK_TAG };
})();
