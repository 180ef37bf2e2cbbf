//! The actors' cue lists: word sets fronted by a length-and-end-bytes filter, and one bitmask
//! per token telling which lists hold it. Their tables hash with the engine's one fast hasher
//! (`text::fast_hash`).

use crate::markers::word_map::WordMap;
use crate::text::word_filter::WordFilter;
use std::sync::OnceLock;

pub use crate::text::fast_hash::{FastMap, FastSet};

/// A cue list probed with the text's words: its `WordFilter`, so that the many words that are
/// not on the list are turned away without hashing them, and the list's bit in `WordLists`, the
/// merged table that answers for every list. (Each list was a hash set of its own as well: a
/// fresh engine hashed and stored every cue word once more for it, some 1.2 million
/// instructions of its first scan, issue 6.)
#[derive(Clone)]
pub struct WordSet {
    /// The merged table of the lists, filled when they are all added (`WordLists::seal`).
    lists: &'static OnceLock<WordMap<u128>>,
    filter: WordFilter,
    bit: u128,
}

impl WordSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word) && self.listed(word)
    }

    /// Whether the merged table holds `word` in this list. (Out of line: the table's look-up
    /// inlined into each of the hundreds of callers of `contains` cost the wasm 2.8 KB gzip.)
    #[inline(never)]
    fn listed(&self, word: &str) -> bool {
        self.lists.get().and_then(|lists| lists.get(word)).unwrap_or(0) & self.bit != 0
    }

    /// This list's bit in the membership masks of `WordLists::memberships`.
    #[inline]
    pub fn bit(&self) -> u128 {
        self.bit
    }
}

/// Every cue list, merged: word → the bits of the lists holding it.
pub struct WordLists {
    /// Each list's words with its bit, while they are added (merged by `seal`).
    building: Vec<(&'static str, u128)>,
    /// The same, once sealed: most cue words are short function words ("the", « de »), found
    /// by `WordMap` as one integer, without hashing bytes or comparing strings. Shared with the
    /// lists' `WordSet`s, which live as long as the process (the lexicon is built once), as
    /// this table does.
    memberships: &'static OnceLock<WordMap<u128>>,
    lists: u32,
}

impl Default for WordLists {
    fn default() -> WordLists {
        WordLists { building: Vec::new(), memberships: Box::leak(Box::default()), lists: 0 }
    }
}

impl WordLists {
    /// The highest bit is kept free: callers may use it as a "computed" mark.
    pub const FREE_BIT: u128 = 1 << 127;

    /// An empty table with room for about `words` words in all (one allocation, where growing
    /// copied the list a dozen times at start-up, issue 6).
    pub fn with_capacity(words: usize) -> WordLists {
        let mut lists = WordLists::default();
        lists.building.reserve(words);
        lists
    }

    /// Registers one list (its words, a word given twice counting once) and returns it with its
    /// bit; the list answers once the table is sealed.
    pub fn add(&mut self, words: &[&'static str]) -> WordSet {
        assert!(self.lists < 127, "more cue lists than membership bits");
        let bit = 1u128 << self.lists;
        self.lists += 1;
        // (Loops rather than `extend` and `WordFilter::of`: no new generic copies in the wasm.)
        let mut filter = WordFilter::sized_for(words.len());
        for &word in words {
            self.building.push((word, bit));
            filter.insert_hash(WordFilter::hash(word));
        }
        WordSet { lists: self.memberships, filter, bit }
    }

    /// Registers one list known by its bit alone (no `WordSet`, no filter) and returns the bit's
    /// number.
    pub fn add_bits(&mut self, words: &[&'static str]) -> u32 {
        assert!(self.lists < 127, "more cue lists than membership bits");
        let bit = 1u128 << self.lists;
        self.lists += 1;
        for &word in words {
            self.building.push((word, bit));
        }
        self.lists - 1
    }

    /// Finishes the merged table once every list is added.
    pub fn seal(mut self) -> WordLists {
        let building = std::mem::take(&mut self.building);
        // (Merged by the word table itself: a hash map of the words first cost every word one
        // more hash and probe on a fresh engine, issue 6.)
        let _ = self.memberships.set(WordMap::of_merged(building, |bits, more| *bits |= more));
        self
    }

    /// The bits of every list holding `word` (0 for none).
    #[inline]
    pub fn memberships(&self, word: &str) -> u128 {
        self.memberships.get().and_then(|lists| lists.get(word)).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::{FastSet, WordLists};

    #[test]
    fn word_lists_answer_as_their_sets() {
        let set = |ws: &[&'static str]| ws.iter().copied().collect::<FastSet<&'static str>>();
        let (first, second) = (set(&["de", "la", "ministère"]), set(&["la", "the"]));
        let mut lists = WordLists::default();
        let (a, b) = (lists.add(&["de", "la", "ministère", "la"]), lists.add(&["la", "the"]));
        let lists = lists.seal();
        for w in ["de", "la", "ministère", "the", "du", "le", "ministre", "", "thé", "société"] {
            assert_eq!(a.contains(w), first.contains(w), "{w:?}");
            assert_eq!(b.contains(w), second.contains(w), "{w:?}");
            assert_eq!(lists.memberships(w) & a.bit() != 0, first.contains(w), "{w:?}");
            assert_eq!(lists.memberships(w) & b.bit() != 0, second.contains(w), "{w:?}");
        }
    }
}
