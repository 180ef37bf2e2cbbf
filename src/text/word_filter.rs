//! A quick "certainly not in the table" test for word look-ups.
//!
//! Most tokens of a page start no marker and are on no actor cue list, yet
//! each was hashed and looked up in a table. Both detectors front their
//! tables with this filter. A [`WordFilter`] answers from the word's length and
//! its first and last two bytes, with one bit of a small table: when the bit
//! is clear the word is not in the table and the lookup is skipped; when it
//! is set, the real lookup decides (so the answer never changes).

/// About this many bits per word, so that a few percent of the table is set.
const BITS_PER_WORD: usize = 16;
/// Table size bounds, as powers of two: 64 bytes to 8 KB.
const MIN_BITS_LOG2: u32 = 9;
const MAX_BITS_LOG2: u32 = 16;

#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Box<[u64]>,
    /// log2 of the number of bits.
    bits_log2: u32,
}

impl Default for WordFilter {
    /// The empty filter (turns every word away).
    fn default() -> Self {
        WordFilter::sized_for(0)
    }
}

impl WordFilter {
    /// An empty filter sized for `words` words (as [`WordFilter::of`] sizes it).
    pub fn sized_for(words: usize) -> WordFilter {
        WordFilter::with_bits_log2((words * BITS_PER_WORD).next_power_of_two().trailing_zeros().clamp(MIN_BITS_LOG2, MAX_BITS_LOG2))
    }

    /// An empty filter of 2^`bits_log2` bits (at least 64), for a caller that
    /// sizes it itself and adds words by [`WordFilter::hash`].
    pub fn with_bits_log2(bits_log2: u32) -> WordFilter {
        let bits_log2 = bits_log2.max(6);
        WordFilter { bits: vec![0u64; 1 << (bits_log2 - 6)].into_boxed_slice(), bits_log2 }
    }

    /// Adds the word whose [`WordFilter::hash`] is `hash`.
    #[inline]
    pub fn insert_hash(&mut self, hash: u32) {
        let slot = self.slot(hash);
        self.bits[slot >> 6] |= 1 << (slot & 63);
    }

    /// A filter that lets through every word of `words`.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str> + Clone) -> WordFilter {
        let mut filter = WordFilter::sized_for(words.clone().into_iter().count());
        for word in words {
            filter.insert_hash(WordFilter::hash(word));
        }
        filter
    }

    /// `false`: `word` was never inserted. `true`: it may have been.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_hash(WordFilter::hash(word))
    }

    /// [`WordFilter::may_contain`] of the word whose [`WordFilter::hash`] is `hash`: a
    /// caller that asks several filters about one word hashes it once.
    #[inline]
    pub fn may_contain_hash(&self, hash: u32) -> bool {
        let slot = self.slot(hash);
        self.bits[slot >> 6] & (1 << (slot & 63)) != 0
    }

    /// A multiplicative hash of a word's length and its first and last two
    /// bytes; its top bits choose the word's bit in a filter.
    #[inline]
    pub fn hash(word: &str) -> u32 {
        WordFilter::hash_bytes(word.as_bytes())
    }

    /// [`WordFilter::hash`] of the word whose bytes are `word`.
    #[inline]
    pub fn hash_bytes(word: &[u8]) -> u32 {
        let n = word.len();
        let byte = |k: usize| word.get(k).copied().unwrap_or(0) as u32;
        let ends = byte(0) | byte(1) << 8 | byte(n.wrapping_sub(2)) << 16 | byte(n.wrapping_sub(1)) << 24;
        (ends ^ (n as u32).wrapping_mul(0x85EB_CA6B)).wrapping_mul(0x9E37_79B1)
    }

    #[inline]
    fn slot(&self, hash: u32) -> usize {
        (hash >> (32 - self.bits_log2)) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserted_words_always_pass() {
        let words = ["a", "", "selon", "affirme", "affirmé", "n", "'", "«", "according", "peut-être"];
        let filter = WordFilter::of(words);
        for w in words {
            assert!(filter.may_contain(w), "{w}");
        }
    }

    #[test]
    fn most_other_words_are_turned_away() {
        let filter = WordFilter::of(["selon", "affirme", "claims"]);
        assert!(!WordFilter::default().may_contain("selon"));
        let others = ["maison", "le", "gouvernement", "the", "war", "Ukraine", "hier", "soldats"];
        let passed = others.iter().filter(|w| filter.may_contain(w)).count();
        assert!(passed <= 1, "{passed} of {} passed", others.len());
    }

    #[test]
    fn actor_cue_words_pass_and_common_words_mostly_do_not() {
        let words = ["ministère", "société", "mer", "agency", "x"];
        let filter = WordFilter::of(words);
        for w in words {
            assert!(filter.may_contain(w), "{w}");
        }
        let misses = ["le", "la", "de", "président", "said", "the", "armée"].iter().filter(|w| !filter.may_contain(w)).count();
        assert!(misses >= 5, "the filter should reject most other words");
    }
}
