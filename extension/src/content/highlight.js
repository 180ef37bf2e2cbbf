// Highlighting with the CSS Custom Highlight API: one `Highlight` per
// category, registered as `claimlens-<category>` and styled by
// `::highlight(claimlens-<category>)` in claimlens.css. Nothing is inserted
// into the page's DOM, so its text, selection, find-in-page, links and
// scripts are untouched. Turning a category off removes its `Highlight`
// from the registry; turning it on puts it back: no rescan.
//
// Chromium rebuilds its markers for every registered range after any change
// of the page's DOM or style, and repaints the whole page whenever a
// highlight gains or loses a range, so tens of thousands of registered
// ranges make every change of a long page a long task. Past
// `WINDOW_MIN_ENTRIES` (or from the start, `startWindow()`), only the ranges
// of blocks in a band around the viewport are registered: a band several
// viewports tall, moved only when the viewport comes near its edge, so that
// scrolling changes the registered ranges (one repaint) every few screens,
// not every frame. Which blocks are in the band is found by geometry
// (claimlens.band), at most once per animation frame, after a scroll, a
// resize or new entries. Entries, counts, toggles and keyboard navigation
// still cover the whole page.
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
  const WINDOW_MIN_ENTRIES = 1500;
  // Viewport heights above and below the viewport that must be in the band
  // (or it moves), and that a new band covers.
  const NEAR_VIEWPORTS = 1;
  const BAND_VIEWPORTS = 3;

  function supported() {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
  }

  /** The text node an entry starts in. */
  const nodeOf = (entry) => entry.startNode ?? entry.range?.startContainer;

  /**
   * The block element holding a text node (what windowing works with), or
   * null; `parent`: the element the node's text belongs to, when known.
   */
  function blockOf(node, parent = node?.parentElement ?? node?.parentNode?.host ?? null) {
    let element = parent;
    const isBlock = claimlens.textmap?.isBlock;
    if (!isBlock) return element;
    while (element && !isBlock(element) && element.parentElement) element = element.parentElement;
    return element;
  }

  /** The page's viewport for windowing: its height, block geometry, and scroll and resize events. */
  const pageViewport = {
    height: () => window.innerHeight || document.documentElement.clientHeight,
    rectOf: (element) => claimlens.band.elementRect(element),
    /** Calls `onChange` after scrolls (of the page or any element) and resizes; returns the unsubscribe. */
    listen(onChange) {
      const options = { capture: true, passive: true };
      document.addEventListener('scroll', onChange, options);
      window.addEventListener('resize', onChange, options);
      return () => {
        document.removeEventListener('scroll', onChange, options);
        window.removeEventListener('resize', onChange, options);
      };
    },
    nextFrame: (callback) => requestAnimationFrame(callback),
  };

  /**
   * The highlighted ranges of one document and which categories are shown.
   * Entries are {start, end, range, span, segment, startNode?}: offsets
   * into `segment.map.text`; `span.category` names the highlight; `range`
   * may be made on demand (read only when the entry is registered, focused
   * or compared) and may then be null when the page changed under it;
   * `startNode`, when given, is the text node it starts in.
   * `afterDomChange` (fallback mode) lets the owner drop the mutation
   * records of its own wrapping.
   */
  class Registry {
    constructor({
      useApi = supported(),
      afterDomChange = () => {},
      windowMinEntries = WINDOW_MIN_ENTRIES,
      // Document order of two entries (keyboard navigation).
      compare = (a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
      viewport = pageViewport,
      // Test builds: leaves a performance mark when the band moves (bench/pages.mjs traces).
      mark = () => {},
    } = {}) {
      this.mark = mark;
      this.entries = [];
      this.byCategory = new Map(); // category -> Highlight
      this.visible = new Set(claimlens.CATEGORIES.map((c) => c.id));
      this.api = useApi;
      this.afterDomChange = afterDomChange;
      this.marks = new Map(); // fallback: entry -> its mark elements
      this.markEntry = new WeakMap(); // fallback: mark element -> entry
      this.splits = []; // fallback: [left, right] text nodes split by wrapping
      this.focus = null;
      // Windowing (API mode): block element -> {element, entries, near, group}.
      this.blocks = new Map();
      // Blocks by the segment of their first entry (text order within one),
      // to put every block in document order without sorting them all.
      this.groups = new Map(); // segment -> blocks
      this.ordered = null; // blocks in document order (null: to rebuild)
      this.windowMinEntries = windowMinEntries;
      this.viewport = viewport;
      this.compare = compare;
      this.windowed = false;
      this.unlisten = null;
      this.updatePending = null; // a promise while a band update waits for its frame
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
      // Neighbouring entries mostly share a parent: its block is looked up once.
      let lastParent;
      let lastElement = null;
      let newBlocks = false;
      for (const entry of entries) {
        const node = nodeOf(entry);
        const parent = entry.parent ?? node?.parentElement;
        const element = parent && parent === lastParent ? lastElement : blockOf(node, entry.parent);
        lastParent = parent;
        lastElement = element;
        let block = this.blocks.get(element);
        if (!block) {
          // Text straight in a shadow root has no block: always registered.
          block = { element, entries: [], near: !this.windowed || element === null, group: entry.segment };
          this.blocks.set(element, block);
          if (element !== null) {
            const group = this.groups.get(block.group);
            if (group) group.push(block);
            else this.groups.set(block.group, [block]);
            newBlocks = true;
          }
        }
        // A span whose text changed under us is no highlight.
        if (block.near && !this.register(entry)) continue;
        this.entries.push(entry);
        block.entries.push(entry);
        entry.block = block;
      }
      if (newBlocks) this.ordered = null;
      if (!this.windowed && this.entries.length > this.windowMinEntries) this.startWindow();
      else if (this.windowed && newBlocks) this.scheduleWindowUpdate();
    }

    /** Puts the entry's range into its category's highlight; false when it has none. */
    register(entry) {
      if (entry.registered) return true;
      const range = entry.range;
      if (!range) return false;
      this.highlightOf(entry.span.category).add(range);
      entry.registered = range;
      return true;
    }

    unregister(entry) {
      if (!entry.registered) return;
      this.byCategory.get(entry.span.category)?.delete(entry.registered);
      entry.registered = null;
    }

    /** From now on, only blocks in the band around the viewport have their ranges registered. */
    startWindow() {
      if (this.windowed || !this.api) return;
      this.windowed = true;
      this.unlisten = this.viewport.listen(() => this.scheduleWindowUpdate());
      // Until the first update, registered ranges stay as they are.
      this.scheduleWindowUpdate();
    }

    stopWindow() {
      this.unlisten?.();
      this.unlisten = null;
      this.windowed = false;
    }

    scheduleWindowUpdate() {
      if (this.updatePending) return;
      this.updatePending = new Promise((resolve) => {
        this.viewport.nextFrame(() => {
          this.updatePending = null;
          if (this.windowed) this.updateWindow();
          resolve();
        });
      });
    }

    /**
     * Resolves once the band update that is due, if any, has run: blocks
     * added to a windowed registry get their ranges only then, so "done"
     * is said after it, not before.
     */
    bandSettled() {
      return this.updatePending ?? Promise.resolve();
    }

    /**
     * The blocks with an element, top to bottom, as {count, at(i)}. Each
     * group (one part of the text) is in document order already, and the
     * groups of a page read part by part follow each other: they are put in
     * order by where their first blocks are on the page, and the i-th block
     * is found by a binary search over where each group starts (no array of
     * every block is built each time a part comes in). Geometry, not
     * compareDocumentPosition: that walks the children of the common
     * ancestor, 15,000 paragraphs on a 5 MB page, for every comparison.
     * A rescanned block makes a group inside another one's stretch: then all
     * the blocks are sorted by their position, once, into one group.
     */
    orderedBlocks() {
      if (this.ordered !== null) return this.ordered;
      const { rectOf } = this.viewport;
      // Where a group starts and ends on the page (blocks without a box say nothing).
      const edge = (group, fromEnd) => {
        for (let k = 0; k < group.length; k++) {
          const rect = rectOf(group[fromEnd ? group.length - 1 - k : k].element);
          if (rect !== null) return fromEnd ? rect.bottom : rect.top;
        }
        return null;
      };
      let groups = [...this.groups.values()]
        .filter((group) => group.length > 0)
        .map((blocks) => ({ blocks, top: edge(blocks, false), bottom: edge(blocks, true) }));
      groups.sort((a, b) => (a.top ?? Infinity) - (b.top ?? Infinity));
      let inOrder = true;
      for (let i = 1; i < groups.length && inOrder; i++) {
        const [before, after] = [groups[i - 1], groups[i]];
        inOrder = before.bottom === null || after.top === null || before.bottom <= after.top;
      }
      if (inOrder) {
        groups = groups.map((group) => group.blocks);
      } else {
        const tops = new Map();
        const all = groups.flatMap((group) => group.blocks);
        for (const block of all) tops.set(block, rectOf(block.element)?.top ?? Infinity);
        all.sort((a, b) => tops.get(a) - tops.get(b));
        const merged = {};
        for (const block of all) block.group = merged;
        this.groups = new Map([[merged, all]]);
        groups = [all];
      }
      const starts = [];
      let count = 0;
      for (const group of groups) {
        starts.push(count);
        count += group.length;
      }
      const at = (i) => {
        let low = 0;
        let high = groups.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (starts[mid] <= i) low = mid;
          else high = mid - 1;
        }
        return groups[low][i - starts[low]];
      };
      this.ordered = { count, at, groups };
      return this.ordered;
    }

    /**
     * Moves the band when the viewport's surroundings are not all in it:
     * registers the ranges of blocks that enter it and unregisters those of
     * blocks that leave it.
     */
    updateWindow() {
      const { count, at, groups } = this.orderedBlocks();
      const height = this.viewport.height();
      const rectAt = (i) => this.viewport.rectOf(at(i).element);
      const near = claimlens.band.overlapping(count, rectAt, -height * NEAR_VIEWPORTS, height * (1 + NEAR_VIEWPORTS));
      let covered = true;
      for (let i = near.from; i < near.to && covered; i++) covered = at(i).near;
      if (covered && this.bandSet) return;
      const band = claimlens.band.overlapping(count, rectAt, -height * BAND_VIEWPORTS, height * (1 + BAND_VIEWPORTS));
      const inBand = new Set();
      for (let i = band.from; i < band.to; i++) inBand.add(at(i));
      // The first time, blocks registered before windowing started may be anywhere.
      let left = 0;
      let entered = 0;
      for (const block of this.bandSet ?? groups.flat()) {
        if (inBand.has(block) || !block.near) continue;
        block.near = false;
        left += 1;
        for (const entry of block.entries) this.unregister(entry);
      }
      for (const block of inBand) {
        if (block.near) continue;
        block.near = true;
        entered += 1;
        for (const entry of block.entries) if (!entry.removed) this.register(entry);
      }
      this.bandSet = inBand;
      this.mark(`band ${inBand.size} blocks, +${entered} -${left}`);
    }

    /** Removes the entries for which `stale(entry)` holds. */
    remove(stale) {
      const kept = [];
      const touched = new Set();
      for (const entry of this.entries) {
        if (!stale(entry)) {
          kept.push(entry);
          continue;
        }
        entry.removed = true;
        if (this.api) {
          this.unregister(entry);
          if (entry.block) touched.add(entry.block);
        } else {
          this.unwrap(entry);
        }
        if (this.focus === entry) this.setFocus(null);
      }
      this.entries = kept;
      const emptiedGroups = new Set();
      for (const block of touched) {
        block.entries = block.entries.filter((entry) => !entry.removed);
        if (block.entries.length > 0) continue;
        this.blocks.delete(block.element);
        this.bandSet?.delete(block);
        emptiedGroups.add(block.group);
      }
      for (const key of emptiedGroups) {
        const group = this.groups.get(key)?.filter((block) => block.entries.length > 0) ?? [];
        if (group.length > 0) this.groups.set(key, group);
        else this.groups.delete(key);
        this.ordered = null;
      }
      if (!this.api) this.afterDomChange();
    }

    /**
     * Removes the entries whose text is inside one of `elements` (blocks
     * about to be rescanned) or has left the document. With the API this
     * goes block by block, not entry by entry: a long page has tens of
     * thousands of entries and a change on it must stay cheap.
     */
    removeUnder(elements) {
      const targets = new Set(elements);
      const inTargets = (node) => {
        for (let e = node?.nodeType === 1 ? node : node?.parentElement; e; e = e.parentElement) {
          if (targets.has(e)) return true;
        }
        return false;
      };
      const gone = (node) => !node?.isConnected || inTargets(node);
      if (!this.api) {
        this.remove((entry) => gone(nodeOf(entry)));
        return;
      }
      let removed = false;
      for (const block of this.blocks.values()) {
        // Entries of a null block (text straight in a shadow root) are checked one by one.
        const staleBlock = block.element !== null && gone(block.element);
        for (const entry of block.entries) {
          if (!staleBlock && (block.element !== null || !gone(nodeOf(entry)))) continue;
          entry.removed = true;
          removed = true;
        }
      }
      if (removed) this.remove((entry) => entry.removed === true);
    }

    clear() {
      this.remove(() => true);
      this.stopWindow();
      this.blocks.clear();
      this.groups.clear();
      this.ordered = null;
      this.bandSet = null;
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
        // Only what changes: setting a highlight again makes the browser
        // revalidate every one of its ranges, which is slow on long pages.
        for (const [category, highlight] of this.byCategory) {
          const name = PREFIX + category;
          if (!this.visible.has(category)) CSS.highlights.delete(name);
          else if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
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
        .sort(this.compare);
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
      const range = entry?.range;
      if (range) CSS.highlights.set(FOCUS, new Highlight(range));
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

  return { supported, Registry, PREFIX, MARK_TAG, WINDOW_MIN_ENTRIES };
})();
