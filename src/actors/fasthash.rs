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
/// the word's length and first and last bytes. "No" is certain; "maybe" needs the set. Most words
/// of a text get their "no" without hashing.
#[derive(Clone)]
pub struct ShapeFilter([u64; 64]);

impl ShapeFilter {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> ShapeFilter {
        let mut filter = ShapeFilter([0; 64]);
        for w in words {
            let bit = Self::bit(w);
            filter.0[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    fn bit(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = (b.first().copied().unwrap_or(0) as usize, b.last().copied().unwrap_or(0) as usize);
        (b.len().min(31) * 131 + first * 31 + last * 7) % 4096
    }

    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::ShapeFilter;

    #[test]
    fn shape_filter_never_says_no_to_a_member() {
        let words: Vec<String> = ["ministère", "société", "mer", "agency", "x"].iter().map(|w| w.to_string()).collect();
        let filter = ShapeFilter::new(&words);
        for w in &words {
            assert!(filter.may_contain(w));
        }
        let misses = ["le", "la", "de", "président", "said", "the", "armée"].iter().filter(|w| !filter.may_contain(w)).count();
        assert!(misses >= 5, "the filter should reject most other words");
    }
}
