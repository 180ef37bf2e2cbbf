//! The actors' cue lists: word sets fronted by a length-and-end-bytes filter, and one bitmask
//! per token telling which lists hold it. Their tables hash with the engine's one fast hasher
//! (`text::fast_hash`).

use crate::markers::word_map::WordMap;
use crate::text::word_filter::WordFilter;

pub use crate::text::fast_hash::{FastMap, FastSet};

/// A cue list probed with the text's words: the set, fronted by its `WordFilter` so that the
/// many words that are not on the list are turned away without hashing them, and the list's bit
/// in `WordLists`, so that a token's memberships of every list come from one look-up.
#[derive(Clone, Default)]
pub struct WordSet {
    words: FastSet<&'static str>,
    filter: WordFilter,
    bit: u64,
}

impl WordSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word) && self.words.contains(word)
    }

    /// This list's bit in the membership masks of `WordLists::memberships`.
    #[inline]
    pub fn bit(&self) -> u64 {
        self.bit
    }
}

/// Every cue list, merged: word → the bits of the lists holding it.
#[derive(Default)]
pub struct WordLists {
    /// Each list's words with its bit, while they are added (merged by `seal`).
    building: Vec<(&'static str, u64)>,
    /// The same, once sealed: most cue words are short function words ("the", « de »), found
    /// by `WordMap` as one integer, without hashing bytes or comparing strings.
    memberships: WordMap<u64>,
    lists: u32,
}

impl WordLists {
    /// The highest bit is kept free: callers may use it as a "computed" mark.
    pub const FREE_BIT: u64 = 1 << 63;

    /// An empty table with room for about `words` words in all (one allocation, where growing
    /// copied the list a dozen times at start-up, issue 6).
    pub fn with_capacity(words: usize) -> WordLists {
        let mut lists = WordLists::default();
        lists.building.reserve(words);
        lists
    }

    /// Registers one list and returns it with its bit.
    pub fn add(&mut self, words: FastSet<&'static str>) -> WordSet {
        assert!(self.lists < 63, "more cue lists than membership bits");
        let bit = 1u64 << self.lists;
        self.lists += 1;
        for &w in &words {
            self.building.push((w, bit));
        }
        let filter = WordFilter::of(words.iter().copied());
        WordSet { words, filter, bit }
    }

    /// Finishes the merged table once every list is added.
    pub fn seal(mut self) -> WordLists {
        let building = std::mem::take(&mut self.building);
        // (Merged by the word table itself: a hash map of the words first cost every word one
        // more hash and probe on a fresh engine, issue 6.)
        self.memberships = WordMap::of_merged(building, |bits, more| *bits |= more);
        self
    }

    /// The bits of every list holding `word` (0 for none).
    #[inline]
    pub fn memberships(&self, word: &str) -> u64 {
        self.memberships.get(word).unwrap_or(0)
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
        let (a, b) = (lists.add(first.clone()), lists.add(second.clone()));
        let lists = lists.seal();
        for w in ["de", "la", "ministère", "the", "du", "le", "ministre", "", "thé", "société"] {
            assert_eq!(a.contains(w), first.contains(w), "{w:?}");
            assert_eq!(b.contains(w), second.contains(w), "{w:?}");
            assert_eq!(lists.memberships(w) & a.bit() != 0, first.contains(w), "{w:?}");
            assert_eq!(lists.memberships(w) & b.bit() != 0, second.contains(w), "{w:?}");
        }
    }
}
