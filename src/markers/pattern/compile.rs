//! From pattern trees to the automaton a [`PatternSet`] walks.
//!
//! Expanding every alternative of every line into a trie multiplied lines
//! such as `(did not|…|never) (provide{,d}|…) (any|…)? (evidence|…)` into
//! tens of thousands of nodes, built on the first scan of every page
//! (issue 6). Instead, each line becomes a small nondeterministic automaton
//! (one position per word of the line, alternatives side by side, optional
//! words as empty moves), and the set's automaton is made deterministic by
//! the subset construction: a state is the set of line positions reached by
//! a prefix, so the tails shared after a group of alternatives are one
//! state, built once.
//!
//! A state of the subset construction stands for every trie node whose
//! prefix reaches the same positions, and those nodes had the same
//! continuations: the walk in [`PatternSet::walk`] visits the same matches
//! in the same order as it did in the trie. The trie's own rules carry
//! over: a pattern starts with a word (the root has no gap or look-ahead
//! move and matches nothing by itself), a node's tag is that of the first
//! line ending there, look-aheads are tried in the order of the lines.

use super::syntax::{self, Parser, MAX_EXPANSIONS};
use super::{PatternSet, State, LONG_KEYS};
use crate::model::Lang;
use crate::sort::{pack, sort_by_packed_key};
use crate::text::fast_hash::FastHasher;
use std::hash::Hasher;
use crate::text::word_filter::WordFilter;
use crate::markers::word_map::{short_key, WordMap};

/// Moves are sorted by label: words by id, then the gap, then look-aheads.
pub(super) const GAP: u64 = 1 << 32;
const NOT: u64 = 2 << 32;

/// The lines of one set as a nondeterministic automaton over words, gaps
/// and look-aheads, with empty moves ([`Parser`] writes them).
#[derive(Default)]
pub(super) struct Builder {
    /// Labelled moves (from, label, to) and empty moves (from, to), by position number.
    pub(super) moves: Vec<(u32, u64, u32)>,
    pub(super) empty: Vec<(u32, u32)>,
    positions: u32,
    /// Each line's first position; the line (by number) ending at a position.
    starts: Vec<u32>,
    ends: Vec<(u32, u32)>,
    tags: Vec<u16>,
    /// The words of the lines, by number (the parser numbers them).
    pub(super) words: syntax::Words,
    /// Look-ahead sets by id.
    forbidden: Vec<Vec<Vec<String>>>,
}

impl Builder {
    /// A new position.
    pub(super) fn position(&mut self) -> u32 {
        self.positions += 1;
        self.positions - 1
    }

    /// Adds one line and its tag.
    fn add(&mut self, text: &str, tag: u16, verb_forms: &mut dyn FnMut(&str) -> Vec<String>) {
        let start = self.position();
        let (end, _) = Parser::new(text, self, verb_forms).sequence(start);
        self.ends.push((end, self.tags.len() as u32));
        self.starts.push(start);
        self.tags.push(tag);
    }

    /// The label of a look-ahead that forbids `sequences` (one id per distinct set).
    pub(super) fn forbid(&mut self, sequences: Vec<Vec<String>>) -> u64 {
        let id = match self.forbidden.iter().position(|f| *f == sequences) {
            Some(id) => id,
            None => {
                self.forbidden.push(sequences);
                self.forbidden.len() - 1
            }
        };
        NOT | id as u64
    }

    /// The word sequences of the paths from `at` to `end` (gaps and
    /// look-aheads spell no word), appended to `out` after `prefix`, empty
    /// ones left out, at most [`MAX_EXPANSIONS`].
    pub(super) fn paths(&self, at: u32, end: u32, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        if at == end {
            if !prefix.is_empty() && out.len() < MAX_EXPANSIONS {
                out.push(prefix.clone());
            }
            return;
        }
        for &(from, label, to) in &self.moves {
            if from == at {
                let word = label < GAP;
                if word {
                    prefix.push(self.words.get(label as usize).to_string());
                }
                self.paths(to, end, prefix, out);
                if word {
                    prefix.pop();
                }
            }
        }
        for &(from, to) in &self.empty {
            if from == at {
                self.paths(to, end, prefix, out);
            }
        }
    }

    /// The deterministic automaton of the lines added (subset construction),
    /// its start state built; every other state is built the first time a
    /// walk reaches it ([`Lazy::build`]): a page visits a few dozen of the
    /// thousand states of the largest set (issue 6).
    // Not inlined into `compile`: each is then a smaller function for V8 to
    // optimise when a fresh engine has run it long enough (issue 6).
    #[inline(never)]
    pub(super) fn finish(self) -> PatternSet {
        // Words of up to 7 bytes are keyed by their bytes, longer ones by
        // their number among the long words (see [`PatternSet::edges`]).
        let mut long_count = 0u64;
        let keys: Vec<u64> = (0..self.words.len())
            .map(|k| {
                short_key(self.words.get(k)).unwrap_or_else(|| {
                    long_count += 1;
                    long_count - 1
                })
            })
            .collect();
        let n = self.positions as usize;
        let moves = by_position(&self.moves, n, |m| m.0);
        let empty = by_position(&self.empty, n, |m| m.0);
        // The first line ending at each position.
        let mut line_ending = vec![u32::MAX; n];
        for &(end, line) in &self.ends {
            let slot = &mut line_ending[end as usize];
            *slot = (*slot).min(line);
        }
        let mut closure = Closure { seen: vec![0; n], stamp: 0, stack: Vec::new(), out: Vec::new() };
        // The positions a state keeps: those that move on or end a line.
        let keep: Vec<bool> = (0..n as u32).map(|p| moves.of(p).len() > 0 || line_ending[p as usize] != u32::MAX).collect();
        let mut subsets = Subsets::default();
        subsets.find_or_add(closure.of(self.starts.iter().copied(), &empty, &keep));
        let mut lazy = Lazy {
            keys,
            moves,
            empty,
            line_ending,
            keep,
            closure,
            subsets,
            after_gap: Vec::new(),
            tags: self.tags,
            words: self.words,
            out: Vec::new(),
            targets: Vec::new(),
            nots: Vec::new(),
            edges: Vec::new(),
            subset: Vec::new(),
        };
        let root = lazy.build(0);
        let mut set = PatternSet::new(lazy);
        let lazy = set.lazy.get_mut().unwrap_or_else(|e| e.into_inner());
        let words = &lazy.words;
        // The word of each of the start's moves: the word whose key it is (keys are distinct;
        // the moves are sorted by key, and searched: sorting every word by its key to find
        // them cost a fresh engine some 200,000 instructions, issue 6).
        let mut first_word = vec![u32::MAX; root.edges.len()];
        for (w, key) in lazy.keys.iter().enumerate() {
            if let Ok(e) = root.edges.binary_search_by_key(key, |edge| edge.0) {
                first_word[e] = w as u32;
            }
        }
        let first: Vec<(&str, u32)> =
            root.edges.iter().zip(&first_word).filter(|(_, &w)| w != u32::MAX).map(|(&(_, target), &w)| (words.get(w as usize), target)).collect();
        set.first = WordMap::of(first.iter().copied());
        set.first_words = first.iter().map(|(w, _)| Box::from(*w)).collect();
        let long: Vec<(&str, u32)> =
            (0..words.len()).zip(&lazy.keys).filter(|(_, &k)| k < LONG_KEYS).map(|(w, &k)| (words.get(w), k as u32)).collect();
        set.long_words = WordMap::of(long);
        set.forbidden = self.forbidden;
        let _ = set.states.slot(0).set(root);
        set
    }
}

/// What building a state of the subset construction needs: the lines'
/// automaton by position, and the states found so far.
pub(super) struct Lazy {
    /// Each word's key, by number.
    keys: Vec<u64>,
    moves: ByPosition<(u32, u64, u32)>,
    empty: ByPosition<(u32, u32)>,
    /// The first line ending at each position.
    line_ending: Vec<u32>,
    /// The positions a state keeps: those that move on or end a line.
    keep: Vec<bool>,
    closure: Closure,
    subsets: Subsets,
    /// Whether each state (by number) follows a gap.
    after_gap: Vec<bool>,
    tags: Vec<u16>,
    words: syntax::Words,
    // Scratch lists, reused from state to state.
    out: Vec<(u64, u32, u32)>,
    targets: Vec<u32>,
    nots: Vec<(u32, u32, u32)>,
    edges: Vec<(u64, u32)>,
    subset: Vec<u32>,
}

impl Lazy {
    /// How many states have been found (built or not).
    #[cfg(test)]
    pub(super) fn found(&self) -> usize {
        self.subsets.list.len()
    }

    /// State `s` (found before, not built yet): its moves, whose targets are
    /// found (numbered) but not built.
    #[inline(never)]
    pub(super) fn build(&mut self, s: u32) -> State {
        let Lazy { keys, moves, empty, line_ending, keep, closure, subsets, after_gap, tags, words, out, targets, nots, edges, subset } = self;
        // (The state's positions, copied: `subsets` grows below.)
        subset.clear();
        subset.extend_from_slice(&subsets.list[s as usize]);
        let is_root = s == 0;
        out.clear();
        for &p in subset.iter() {
            for &(_, label, to) in moves.of(p) {
                // A pattern starts with a word.
                if !(is_root && label >= GAP) {
                    out.push((label, to, p));
                }
            }
        }
        // (One sort instance for the whole engine: see crate::sort.)
        sort_few(out, |m| (m.0 as u128) << 32 | m.1 as u128);
        let mut state = State::default();
        edges.clear();
        nots.clear();
        let mut k = 0;
        while k < out.len() {
            let label = out[k].0;
            let group_end = out[k..].iter().position(|m| m.0 != label).map_or(out.len(), |e| k + e);
            targets.clear();
            targets.extend(out[k..group_end].iter().map(|m| m.1));
            let first_from = out[k..group_end].iter().map(|m| m.2).min().unwrap_or(0);
            let target = subsets.find_or_add(closure.of(targets.iter().copied(), empty, keep));
            match label {
                l if l < GAP => edges.push((keys[l as usize], target)),
                GAP => {
                    state.gap = Some(target);
                    if after_gap.len() <= target as usize {
                        after_gap.resize(target as usize + 1, false);
                    }
                    after_gap[target as usize] = true;
                }
                l => nots.push((first_from, (l - NOT) as u32, target)),
            }
            k = group_end;
        }
        // States after a gap are tried at every word the gap skips: a filter
        // turns most words away before they are looked up.
        if after_gap.get(s as usize) == Some(&true) && !edges.is_empty() {
            let labels = out.iter().map(|m| m.0).filter(|&l| l < GAP);
            let mut distinct = labels.clone().collect::<Vec<u64>>();
            distinct.dedup();
            state.filter = Some(WordFilter::of(distinct.iter().map(|&l| words.get(l as usize))));
        }
        sort_by_packed_key(edges, |e| e.0 as u128);
        state.edges = edges.as_slice().into();
        // Look-aheads in the order the lines wrote them (positions are
        // numbered in line order).
        sort_by_packed_key(nots, |n| pack([n.0 as usize, n.1 as usize, n.2 as usize, 0]));
        state.nots = nots.iter().map(|&(_, id, target)| (id, target)).collect();
        if !is_root {
            let first_line = subset.iter().map(|&p| line_ending[p as usize]).min().unwrap_or(u32::MAX);
            state.tag = tags.get(first_line as usize).copied();
        }
        state
    }
}

/// Compiles `patterns` (line, tag) for `lang`.
/// (Not generic: one copy in the download, whatever the callers' iterators.)
#[inline(never)]
pub(super) fn compile(lang: Lang, patterns: &[(&str, u16)]) -> PatternSet {
    let mut verb_forms = syntax::verb_forms(lang);
    let mut builder = Builder::default();
    for &(text, tag) in patterns {
        builder.add(text, tag, &mut verb_forms);
    }
    builder.finish()
}

/// How many plain word sequences `text` spells (saturating): what a line
/// would multiply into if its alternatives were expanded.
#[cfg(test)]
pub(super) fn sequences(text: &str, verb_forms: &mut dyn FnMut(&str) -> Vec<String>) -> usize {
    let mut builder = Builder::default();
    let start = builder.position();
    Parser::new(text, &mut builder, verb_forms).sequence(start).1
}

/// The states found so far, by their set of positions: an open-addressing
/// table of state numbers (a `HashMap` keyed by slices was one more copy of
/// the hash table's code in the WebAssembly download).
#[derive(Default)]
struct Subsets {
    list: Vec<Box<[u32]>>,
    /// State number + 1 per slot, 0 for an empty slot; at most half full.
    slots: Vec<u32>,
}

impl Subsets {
    /// The number of the state of `subset`, added if new.
    fn find_or_add(&mut self, subset: &[u32]) -> u32 {
        if self.slots.len() < 2 * (self.list.len() + 1) {
            let size = (4 * (self.list.len() + 1)).next_power_of_two();
            self.slots = vec![0; size];
            for k in 0..self.list.len() {
                let slot = self.empty_slot(&self.list[k]);
                self.slots[slot] = k as u32 + 1;
            }
        }
        let mask = self.slots.len() - 1;
        let mut slot = hash(&subset) & mask;
        loop {
            match self.slots[slot] {
                0 => {
                    self.list.push(subset.into());
                    self.slots[slot] = self.list.len() as u32;
                    return self.list.len() as u32 - 1;
                }
                n if *self.list[n as usize - 1] == *subset => return n - 1,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    fn empty_slot(&self, subset: &[u32]) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = hash(subset) & mask;
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slot
    }
}

/// Sorts `items` by `key`, equal keys in their original order: by insertion
/// when they are few, as most lists here are (no vector of keys to
/// allocate), else by [`sort_by_packed_key`].
fn sort_few<T: Copy>(items: &mut [T], key: impl Fn(&T) -> u128) {
    if items.len() > 48 {
        return sort_by_packed_key(items, key);
    }
    for i in 1..items.len() {
        let item = items[i];
        let k = key(&item);
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > k {
            items[j] = items[j - 1];
            j -= 1;
        }
        items[j] = item;
    }
}

/// The positions hashed with the engine's one fast hasher.
fn hash(subset: &[u32]) -> usize {
    let mut hasher = FastHasher::default();
    for &p in subset {
        hasher.write_usize(p as usize);
    }
    hasher.finish() as usize
}

/// Moves sorted by their origin, with each position's slice.
struct ByPosition<T> {
    items: Vec<T>,
    starts: Vec<u32>,
}

impl<T> ByPosition<T> {
    fn of(&self, p: u32) -> &[T] {
        &self.items[self.starts[p as usize] as usize..self.starts[p as usize + 1] as usize]
    }
}

fn by_position<T: Copy>(items: &[T], positions: usize, from: impl Fn(&T) -> u32) -> ByPosition<T> {
    let mut starts = vec![0u32; positions + 1];
    for item in items.iter() {
        starts[from(item) as usize + 1] += 1;
    }
    for p in 0..positions {
        starts[p + 1] += starts[p];
    }
    let mut fill = starts.clone();
    let mut sorted: Vec<T> = items.to_vec();
    for item in items.iter() {
        let slot = &mut fill[from(item) as usize];
        sorted[*slot as usize] = *item;
        *slot += 1;
    }
    ByPosition { items: sorted, starts }
}

/// The positions reachable by empty moves, kept when they move on or end a line.
struct Closure {
    seen: Vec<u32>,
    stamp: u32,
    stack: Vec<u32>,
    /// The last closure (reused: most closures are states found before).
    out: Vec<u32>,
}

impl Closure {
    fn of(&mut self, seeds: impl Iterator<Item = u32>, empty: &ByPosition<(u32, u32)>, keep: &[bool]) -> &[u32] {
        self.stamp += 1;
        let out = &mut self.out;
        out.clear();
        self.stack.extend(seeds);
        while let Some(p) = self.stack.pop() {
            if self.seen[p as usize] == self.stamp {
                continue;
            }
            self.seen[p as usize] = self.stamp;
            if keep[p as usize] {
                out.push(p);
            }
            self.stack.extend(empty.of(p).iter().map(|e| e.1));
        }
        sort_few(out, |&p| p as u128);
        out
    }
}
