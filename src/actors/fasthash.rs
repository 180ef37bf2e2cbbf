//! A small, fast hasher for the short keys of the actor tables (words and names). The standard
//! SipHash resists hash flooding, which word look-ups in a read-only table built from our own
//! data files do not need; FNV-1a is several times faster on words of a few bytes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A one-load pre-check for a word set probed with every word of the text: a bitmap indexed by
/// the word's length and first, second and last bytes, `WORDS` × 64 bits (a power of two). "No"
/// is certain; "maybe" needs the set. Most words of a text get their "no" without hashing.
#[derive(Clone)]
pub struct ShapeFilter<const WORDS: usize = 64>([u64; WORDS]);

impl<const WORDS: usize> Default for ShapeFilter<WORDS> {
    /// The filter of the empty list: "no" to every word.
    fn default() -> Self {
        ShapeFilter([0; WORDS])
    }
}

impl<const WORDS: usize> ShapeFilter<WORDS> {
    pub fn new<W: AsRef<str>>(words: impl IntoIterator<Item = W>) -> Self {
        let mut filter = Self::default();
        for w in words {
            let bit = Self::bit(w.as_ref());
            filter.0[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    #[inline]
    fn bit(word: &str) -> usize {
        let b = word.as_bytes();
        let byte = |k: usize| b.get(k).copied().unwrap_or(0) as u32;
        let shape = (b.len().min(255) as u32) | byte(0) << 8 | byte(1) << 16 | (b.last().copied().unwrap_or(0) as u32) << 24;
        // Fibonacci hashing: the top bits of the product are well mixed.
        let bits = (WORDS * 64).trailing_zeros();
        (shape.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
    }

    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A cue list probed with the text's words: the set, fronted by its `ShapeFilter` so that the
/// many words that are not on the list are turned away without hashing them, and the list's bit
/// in `WordLists`, so that a token's memberships of every list come from one look-up.
#[derive(Clone, Default)]
pub struct WordSet {
    words: FastSet<String>,
    filter: ShapeFilter,
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
    memberships: FastMap<String, u64>,
    filter: ShapeFilter<512>,
    lists: u32,
}

impl WordLists {
    /// The highest bit is kept free: callers may use it as a "computed" mark.
    pub const FREE_BIT: u64 = 1 << 63;

    /// Registers one list and returns it with its bit.
    pub fn add(&mut self, words: FastSet<String>) -> WordSet {
        assert!(self.lists < 63, "more cue lists than membership bits");
        let bit = 1u64 << self.lists;
        self.lists += 1;
        for w in &words {
            *self.memberships.entry(w.clone()).or_default() |= bit;
        }
        let filter = ShapeFilter::new(&words);
        WordSet { words, filter, bit }
    }

    /// Finishes the merged table once every list is added.
    pub fn seal(mut self) -> WordLists {
        self.filter = ShapeFilter::new(self.memberships.keys());
        self
    }

    /// The bits of every list holding `word` (0 for none).
    #[inline]
    pub fn memberships(&self, word: &str) -> u64 {
        if !self.filter.may_contain(word) {
            return 0;
        }
        self.memberships.get(word).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::{FastSet, ShapeFilter, WordLists};

    #[test]
    fn shape_filter_never_says_no_to_a_member() {
        let words: Vec<String> = ["ministère", "société", "mer", "agency", "x"].iter().map(|w| w.to_string()).collect();
        let filter: ShapeFilter = ShapeFilter::new(&words);
        for w in &words {
            assert!(filter.may_contain(w));
        }
        let misses = ["le", "la", "de", "président", "said", "the", "armée"].iter().filter(|w| !filter.may_contain(w)).count();
        assert!(misses >= 5, "the filter should reject most other words");
    }

    #[test]
    fn word_lists_answer_as_their_sets() {
        let set = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<FastSet<String>>();
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
