//! A read-only map from words to small values, for the look-ups the markers
//! make once or more per token: the candidate index, the pattern tries'
//! edges, the reporting-verb forms.
//!
//! Most words of a page are short. A word of up to [`SHORT_BYTES`] bytes is
//! read as one integer (its bytes, zero-padded, and its length in the top
//! byte) and found in an open-addressing table by integer compares: no
//! byte-wise hash, no `memcmp`, and a miss usually costs one probe. A word
//! of 8 to 15 bytes is found the same way by two integers; longer words go
//! to an ordinary map fronted by a [`WordFilter`]. The answers are
//! those of a `HashMap<String, V>` holding the same entries; only the cost
//! differs.
//!
//! `get` is small enough to inline (the long-word path is out of line) but
//! not `#[inline(always)]`: a table forced into every caller grew the wasm
//! by several KB before (commit 83e4bd4).

use crate::text::fast_hash::{tail_word, FastMap, FastSet};
use crate::text::word_filter::WordFilter;

/// Longest word kept in the integer table (its length takes the top byte,
/// so no two words share a key, whatever bytes they hold).
const SHORT_BYTES: usize = 7;
/// Fibonacci hashing: the top bits of `key * GOLDEN` index the table.
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The integer key of a short word; `None` for an empty or long word.
/// Never 0 (the length byte is at least 1), which marks an empty slot,
/// and never below 2^56 (the pattern automata number their long words
/// below that).
#[inline]
pub(crate) fn short_key(word: &str) -> Option<u64> {
    let n = word.len();
    (1..=SHORT_BYTES).contains(&n).then(|| tail_word(word.as_bytes()) | (n as u64) << 56)
}

/// Which entry, by number, each word of a [`WordMap`] is: the table
/// itself, the same code whatever the values.
#[derive(Debug, Clone)]
struct WordIndex {
    /// Short words' keys: a power-of-two table at most a quarter full (a
    /// miss, the common case, then mostly ends on its first, empty, slot),
    /// never empty, key 0 marking an empty slot.
    keys: Box<[u64]>,
    /// The entry number of each filled slot of `keys`.
    entries: Box<[u32]>,
    /// 64 minus log2 of the table size.
    shift: u32,
    /// Words of 8 to [`MEDIUM_BYTES`] bytes, keyed by two integers ([`medium_key`]):
    /// the same kind of table as `keys`, a slot's second half 0 when it is empty.
    medium_keys: Box<[(u64, u64)]>,
    medium_entries: Box<[u32]>,
    medium_shift: u32,
    /// Whether there are any medium words (most sets have none: a look-up
    /// then costs nothing).
    has_medium: bool,
    /// Longer words, and the filter that turns most other long words away
    /// (`None` when there are no long words).
    long: FastMap<String, u32>,
    long_filter: Option<WordFilter>,
}

/// Longest word kept in the table of two-integer keys: most words too long
/// for a short key (a third of an English page's) are shorter than this.
const MEDIUM_BYTES: usize = 15;

/// The key of a word of 8 to [`MEDIUM_BYTES`] bytes: its first eight bytes,
/// then the rest zero-padded with the length in the top byte (never 0).
#[inline]
fn medium_key(bytes: &[u8]) -> (u64, u64) {
    let mut head = [0u8; 8];
    head.copy_from_slice(&bytes[..8]);
    (u64::from_le_bytes(head), tail_word(&bytes[8..]) | (bytes.len() as u64) << 56)
}

/// The size (a power of two, at least 2) of an open-addressing table for
/// `n` keys, at most a quarter full.
fn table_size(n: usize) -> usize {
    1usize << (n * 4).next_power_of_two().trailing_zeros().max(1)
}

impl WordIndex {
    /// The index of `words`, entry `k` being `words[k]` (a word given twice
    /// keeps its first entry).
    fn of(words: &[&str]) -> WordIndex {
        // (Sized for every word: most are short, and growing by doubling
        // copied the list a dozen times for the larger sets, issue 6.)
        let mut short: Vec<(u64, u32)> = Vec::with_capacity(words.len());
        let mut medium: Vec<((u64, u64), u32)> = Vec::new();
        let mut long: FastMap<String, u32> = FastMap::default();
        for (entry, word) in words.iter().enumerate() {
            match short_key(word) {
                Some(key) => short.push((key, entry as u32)),
                None if (8..=MEDIUM_BYTES).contains(&word.len()) => medium.push((medium_key(word.as_bytes()), entry as u32)),
                None => {
                    long.entry(word.to_string()).or_insert(entry as u32);
                }
            }
        }
        let long_filter = (!long.is_empty()).then(|| WordFilter::of(long.keys().map(String::as_str)));
        let (size, medium_size) = (table_size(short.len()), table_size(medium.len()));
        let mut index = WordIndex {
            keys: vec![0; size].into_boxed_slice(),
            entries: vec![0; size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            medium_keys: vec![(0, 0); medium_size].into_boxed_slice(),
            medium_entries: vec![0; medium_size].into_boxed_slice(),
            medium_shift: 64 - medium_size.trailing_zeros(),
            has_medium: !medium.is_empty(),
            long,
            long_filter,
        };
        for (key, entry) in short {
            let slot = index.slot_of(key);
            if index.keys[slot] == 0 {
                index.keys[slot] = key;
                index.entries[slot] = entry;
            }
        }
        for (key, entry) in medium {
            let slot = index.medium_slot_of(key);
            if index.medium_keys[slot].1 == 0 {
                index.medium_keys[slot] = key;
                index.medium_entries[slot] = entry;
            }
        }
        index
    }

    /// [`WordIndex::slot_of`] in the table of medium words.
    #[inline]
    fn medium_slot_of(&self, key: (u64, u64)) -> usize {
        let mask = self.medium_keys.len() - 1;
        let mut slot = ((key.0 ^ key.1.rotate_left(29)).wrapping_mul(GOLDEN) >> self.medium_shift) as usize & mask;
        while self.medium_keys[slot] != key && self.medium_keys[slot].1 != 0 {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The slot holding `key`, or the empty slot where it would go (the
    /// table is never full).
    #[inline]
    fn slot_of(&self, key: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut slot = (key.wrapping_mul(GOLDEN) >> self.shift) as usize & mask;
        while self.keys[slot] != key && self.keys[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The entry number of `word`, if it is in the index.
    #[inline]
    fn get(&self, word: &str) -> Option<u32> {
        match short_key(word) {
            Some(key) => {
                let slot = self.slot_of(key);
                (self.keys[slot] == key).then(|| self.entries[slot])
            }
            None => self.get_long(word),
        }
    }

    /// The look-up of a long word, out of line: most words are short.
    #[inline(never)]
    fn get_long(&self, word: &str) -> Option<u32> {
        if (8..=MEDIUM_BYTES).contains(&word.len()) {
            if !self.has_medium {
                return None;
            }
            let key = medium_key(word.as_bytes());
            let slot = self.medium_slot_of(key);
            return (self.medium_keys[slot] == key).then(|| self.medium_entries[slot]);
        }
        match &self.long_filter {
            Some(filter) if filter.may_contain(word) => self.long.get(word).copied(),
            _ => None,
        }
    }
}

/// A map from words to values, built once, read per token.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    index: WordIndex,
    /// By entry number.
    values: Vec<V>,
}

impl<V: Copy> Default for WordMap<V> {
    fn default() -> Self {
        WordMap::of([])
    }
}

impl<V: Copy> WordMap<V> {
    /// The map of `entries` (distinct words; a word given twice keeps its
    /// first value).
    pub fn of<'w>(entries: impl IntoIterator<Item = (&'w str, V)>) -> WordMap<V> {
        let (words, values): (Vec<&str>, Vec<V>) = entries.into_iter().unzip();
        WordMap { index: WordIndex::of(&words), values }
    }

    /// The map of `entries`, a word given more than once holding its values
    /// merged in order by `merge` (into the first).
    pub fn of_merged<'w>(entries: impl IntoIterator<Item = (&'w str, V)>, merge: impl Fn(&mut V, V)) -> WordMap<V> {
        let (words, mut values): (Vec<&str>, Vec<V>) = entries.into_iter().unzip();
        let index = WordIndex::of(&words);
        for (k, word) in words.iter().enumerate() {
            match index.get(word) {
                Some(first) if first as usize != k => {
                    let more = values[k];
                    merge(&mut values[first as usize], more);
                }
                _ => {}
            }
        }
        WordMap { index, values }
    }

    /// The value of `word`, if it is in the map.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        self.index.get(word).and_then(|entry| self.values.get(entry as usize).copied())
    }

    /// The number of `word`'s entry (its place among the entries given to
    /// [`WordMap::of`], the first when given twice), if it is in the map.
    #[inline]
    pub fn entry(&self, word: &str) -> Option<u32> {
        self.index.get(word)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// A set of words indexed as [`WordMap`] indexes them, built from borrowed
/// words (nothing copied but the few longer than 15 bytes) and without values.
#[derive(Debug, Clone)]
pub struct WordTable(WordIndex);

impl WordTable {
    /// The set of `words` (a word may be given more than once).
    pub fn of(words: &[&str]) -> WordTable {
        WordTable(WordIndex::of(words))
    }

    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

/// A set of words, built once and asked per token: the closed word classes
/// and cue lists of the markers. Same answers as a `HashSet<String>` of the
/// same words; a short word is found by integer compares (see [`WordIndex`])
/// instead of a byte-wise hash and a `memcmp`, the cost of a hash set's
/// `contains` that the detectors paid several times per token (1-2 % of a
/// native scan).
///
/// The WebAssembly build keeps the hash set: there this table's code grew the
/// download by 2 KB gzip (251.5 against 249.4 KB, over its budget), however
/// it was inlined.
#[cfg(not(target_arch = "wasm32"))]
pub type WordSet = IndexedWordSet;
#[cfg(target_arch = "wasm32")]
pub type WordSet = FastSet<String>;

/// [`WordSet`] of the native build.
#[derive(Debug, Clone)]
pub struct IndexedWordSet {
    index: WordIndex,
    /// The distinct words, in the order first given (for building other tables).
    words: Vec<String>,
}

impl Default for IndexedWordSet {
    fn default() -> Self {
        IndexedWordSet { index: WordIndex::of(&[]), words: Vec::new() }
    }
}

impl IndexedWordSet {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.index.get(word).is_some()
    }

    /// The words, each once.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.words.iter()
    }
}

impl FromIterator<String> for IndexedWordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> IndexedWordSet {
        let mut set = IndexedWordSet::default();
        set.extend(words);
        set
    }
}

impl Extend<String> for IndexedWordSet {
    /// Adds `words` (those already in the set are skipped) and rebuilds the
    /// index: sets are built once, from a few lists.
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        // The words given, then only the first of each kept (no copy of each).
        self.words.extend(words);
        let mut seen: FastSet<&str> = FastSet::default();
        let first: Vec<bool> = self.words.iter().map(|word| seen.insert(word.as_str())).collect();
        drop(seen);
        let mut k = 0;
        self.words.retain(|_| {
            k += 1;
            first[k - 1]
        });
        let words: Vec<&str> = self.words.iter().map(String::as_str).collect();
        self.index = WordIndex::of(&words);
    }
}

impl IntoIterator for IndexedWordSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.words.into_iter()
    }
}

impl<'s> IntoIterator for &'s IndexedWordSet {
    type Item = &'s String;
    type IntoIter = std::slice::Iter<'s, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_a_hash_map() {
        let words = ["a", "de", "selon", "affirme", "affirmé", "affirmer", "n", "'", "«", "according", "peut-être", "abcdefg", "abcdefgh", "é", "abcdefghijklmno", "abcdefghijklmnop", "gouvernementales", "responsables"];
        let map = WordMap::of(words.iter().enumerate().map(|(k, w)| (*w, k as u32)));
        for (k, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(k as u32), "{w}");
        }
        // Prefixes, extensions, other lengths, the empty word: absent.
        for w in ["", "ab", "d", "dee", "selo", "selons", "affirm", "abcdefgi", "abcdefghi", "e", "according to", "x", "abcdefghijklmn", "abcdefghijklmnq", "abcdefghijklmnoq", "abcdefghijklmnopq", "responsable", "responsables!", "Responsables", "according\0", "abcdefgh\0"] {
            assert_eq!(map.get(w), None, "{w}");
        }
        assert!(!map.is_empty());
    }

    #[test]
    fn empty_and_one_sided_maps() {
        let empty: WordMap<u8> = WordMap::of([]);
        assert!(empty.is_empty());
        assert_eq!(empty.get("de"), None);
        assert_eq!(empty.get("gouvernement"), None);
        let only_long = WordMap::of([("gouvernement", 1u8)]);
        assert_eq!((only_long.get("gouvernement"), only_long.get("de")), (Some(1), None));
        let only_short = WordMap::of([("de", 2u8)]);
        assert_eq!((only_short.get("de"), only_short.get("gouvernement")), (Some(2), None));
    }

    #[test]
    fn word_sets_answer_like_a_hash_set() {
        let words = ["de", "le", "de", "according", "peut-être", "gouvernement", "é"];
        let mut set: IndexedWordSet = words.iter().map(|w| w.to_string()).collect();
        let hashed: std::collections::HashSet<&str> = words.into_iter().collect();
        set.extend(["selon".to_string(), "le".to_string()]);
        for w in ["de", "le", "according", "peut-être", "gouvernement", "é", "selon", "d", "", "gouvernements", "accordin", "x"] {
            assert_eq!(set.contains(w), hashed.contains(w) || w == "selon", "{w}");
        }
        assert_eq!(set.iter().map(String::as_str).collect::<Vec<_>>(), ["de", "le", "according", "peut-être", "gouvernement", "é", "selon"]);
        assert!(!IndexedWordSet::default().contains("de"));
    }

    #[test]
    fn merged_values_of_words_given_more_than_once() {
        // Short, medium and long words, each given once, twice or three times.
        let entries = [("de", 1u64), ("gouvernementales", 2), ("de", 4), ("x", 8), ("gouvernementales", 16), ("abcdefghij", 32), ("abcdefghij", 64), ("de", 128)];
        let map = WordMap::of_merged(entries, |a, b| *a |= b);
        let got = ["de", "gouvernementales", "x", "abcdefghij", "y", "abcdefghijk"].map(|w| map.get(w));
        assert_eq!(got, [Some(133), Some(18), Some(8), Some(96), None, None]);
    }

    #[test]
    fn a_word_given_twice_keeps_its_first_value() {
        let map = WordMap::of([("de", 1u8), ("de", 2), ("gouvernement", 3), ("gouvernement", 4)]);
        assert_eq!((map.get("de"), map.get("gouvernement")), (Some(1), Some(3)));
    }
}
