//! Tables of words for the per-token look-ups of a scan.
//!
//! Nearly every word a detector looks up is short. A [`WordMap`] keeps
//! words of up to 16 bytes inline, as two zero-padded machine words, in an
//! open-addressing table: a look-up loads the query the same way, hashes two
//! integers and compares two integers per probe, where a `HashMap<String, _>`
//! hashes the bytes one word at a time and calls `memcmp` on the key it
//! finds. Longer words go to an ordinary map. The answers are the map's:
//! only the cost changes.

use super::fast_hash::FastMap;

/// Words longer than this go to the ordinary map.
const INLINE_BYTES: usize = 16;

/// A word as two little-endian words, zero-padded, and its length.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    low: u64,
    high: u64,
    len: u32,
}

/// The `n` (0..=8) bytes of `bytes` at `at` as a zero-padded little-endian
/// word, with at most two fixed-size loads (overlapping bytes land on the
/// same bits in both).
#[inline(always)]
fn load(bytes: &[u8], at: usize, n: usize) -> u64 {
    let u32_at = |k: usize| bytes.get(k..k + 4).and_then(|b| b.try_into().ok()).map_or(0, u32::from_le_bytes) as u64;
    let u16_at = |k: usize| bytes.get(k..k + 2).and_then(|b| b.try_into().ok()).map_or(0, u16::from_le_bytes) as u64;
    if n >= 8 {
        bytes.get(at..at + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes)
    } else if n >= 4 {
        u32_at(at) | u32_at(at + n - 4) << (8 * (n - 4))
    } else if n >= 2 {
        u16_at(at) | u16_at(at + n - 2) << (8 * (n - 2))
    } else if n == 1 {
        bytes.get(at).copied().unwrap_or(0) as u64
    } else {
        0
    }
}

impl Key {
    /// The inline key of `word`, if it is short enough (and not empty).
    #[inline(always)]
    fn of(word: &str) -> Option<Key> {
        let bytes = word.as_bytes();
        let n = bytes.len();
        if n == 0 || n > INLINE_BYTES {
            return None;
        }
        let (low, high) = if n <= 8 { (load(bytes, 0, n), 0) } else { (load(bytes, 0, 8), load(bytes, 8, n - 8)) };
        Some(Key { low, high, len: n as u32 })
    }

    #[inline(always)]
    fn hash(&self) -> u64 {
        (self.low ^ self.high.rotate_left(23) ^ (self.len as u64) << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// A map from words to values, built once, read per token.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    /// Inline keys, `len == 0` marking an empty slot; a power-of-two size
    /// at most half full, so that every probe sequence meets an empty slot.
    slots: Box<[(u64, u64, u32, u32)]>,
    values: Vec<V>,
    /// log2 of the number of slots.
    bits: u32,
    long: FastMap<String, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { slots: vec![(0, 0, 0, 0); 1].into_boxed_slice(), values: Vec::new(), bits: 0, long: FastMap::default() }
    }
}

impl<V> WordMap<V> {
    /// The map of `entries`; a word given twice keeps its first value.
    pub fn of<S: AsRef<str>>(entries: impl IntoIterator<Item = (S, V)>) -> WordMap<V> {
        let mut inline: Vec<(Key, V)> = Vec::new();
        let mut long = FastMap::default();
        for (word, value) in entries {
            let word = word.as_ref();
            match Key::of(word) {
                Some(key) => inline.push((key, value)),
                None => {
                    long.entry(word.to_string()).or_insert(value);
                }
            }
        }
        let bits = (inline.len() * 2).next_power_of_two().max(2).trailing_zeros();
        let mut map = WordMap { slots: vec![(0, 0, 0, 0); 1 << bits].into_boxed_slice(), values: Vec::new(), bits, long };
        for (key, value) in inline {
            let slot = map.probe(&key);
            if map.slots[slot].2 == 0 {
                map.slots[slot] = (key.low, key.high, key.len, map.values.len() as u32);
                map.values.push(value);
            }
        }
        map
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline(always)]
    fn probe(&self, key: &Key) -> usize {
        let mask = (1usize << self.bits) - 1;
        let mut slot = (key.hash() >> (64 - self.bits.max(1))) as usize & mask;
        loop {
            let (low, high, len, _) = self.slots[slot];
            if len == 0 || (low == key.low && high == key.high && len == key.len) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The value of `word`.
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&V> {
        match Key::of(word) {
            Some(key) => {
                let (_, _, len, value) = self.slots[self.probe(&key)];
                if len == 0 {
                    None
                } else {
                    self.values.get(value as usize)
                }
            }
            None => self.long.get(word),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn len(&self) -> usize {
        self.values.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A set of words, with the look-up of [`WordMap`]; iterates in the order
/// the words were given.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    table: WordMap<()>,
    words: Vec<String>,
}

impl WordSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.table.contains(word)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.words.iter()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> WordSet {
        let mut words: Vec<String> = Vec::new();
        let mut seen: super::fast_hash::FastSet<String> = Default::default();
        for word in iter {
            if seen.insert(word.clone()) {
                words.push(word);
            }
        }
        WordSet { table: WordMap::of(words.iter().map(|w| (w.as_str(), ()))), words }
    }
}

impl<'a> IntoIterator for &'a WordSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_and_only_those() {
        let words = [
            "a", "de", "des", "que", "selon", "affirmé", "affirmaient", "peut-être", "«", "'", "sixteen-bytes-xx",
            "seventeen-bytes-x", "a much longer phrase than sixteen bytes", "exactly8",
        ];
        let map = WordMap::of(words.iter().enumerate().map(|(i, w)| (*w, i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i), "{w}");
        }
        for w in ["", "b", "d", "dé", "affirm", "affirmée", "exactly9", "sixteen-bytes-xy", "seventeen-bytes-y", "a much longer phrase"] {
            assert_eq!(map.get(w), None, "{w}");
        }
        assert_eq!(map.len(), words.len());
    }

    #[test]
    fn a_word_given_twice_keeps_its_first_value() {
        let map = WordMap::of([("que", 1), ("que", 2), ("a much longer phrase than sixteen bytes", 3), ("a much longer phrase than sixteen bytes", 4)]);
        assert_eq!(map.get("que"), Some(&1));
        assert_eq!(map.get("a much longer phrase than sixteen bytes"), Some(&3));
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn a_set_holds_each_word_once_in_the_order_given() {
        let set: WordSet = ["les", "des", "les", "according"].map(String::from).into_iter().collect();
        assert!(set.contains("les") && set.contains("according") && !set.contains("le"));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["les", "des", "according"]);
        assert_eq!(set.len(), 3);
    }

    #[test]
    fn empty_map_finds_nothing() {
        let map: WordMap<u8> = WordMap::default();
        assert_eq!(map.get("le"), None);
        let map: WordMap<u8> = WordMap::of(Vec::<(&str, u8)>::new());
        assert_eq!(map.get("le"), None);
    }

    #[test]
    fn short_keys_are_the_zero_padded_bytes() {
        for word in ["a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop"] {
            let key = Key::of(word).expect("short");
            let mut padded = [0u8; 16];
            padded[..word.len()].copy_from_slice(word.as_bytes());
            let (low, high) = padded.split_at(8);
            assert_eq!(key.low, u64::from_le_bytes(low.try_into().expect("8")), "{word}");
            assert_eq!(key.high, u64::from_le_bytes(high.try_into().expect("8")), "{word}");
        }
    }
}
