//! A fast, non-cryptographic hasher for the engine's word tables (markers'
//! lexicons, actors' gazetteer and cue lists, alias keys).
//!
//! Every token of a scanned page is looked up in a few tables; the standard
//! SipHash (built against hash flooding, which lexicons compiled into the
//! binary do not need) dominated the scan time. This is the multiply-rotate
//! scheme of the Firefox/rustc "Fx" hasher.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The 1 to 7 bytes of `rest` as a little-endian word, zero-padded: the
/// value a copy into a zeroed `[u8; 8]` gives, but read with two
/// overlapping loads (a variable-length copy was a `memcpy` call per word
/// looked up). Overlapping bytes land on the same bits in both loads.
#[inline]
pub(crate) fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    // Fixed-size copies: each compiles to one load.
    let load4 = |at: usize| {
        let mut w = [0u8; 4];
        w.copy_from_slice(&rest[at..at + 4]);
        u32::from_le_bytes(w) as u64
    };
    let load2 = |at: usize| {
        let mut w = [0u8; 2];
        w.copy_from_slice(&rest[at..at + 2]);
        u16::from_le_bytes(w) as u64
    };
    match n {
        4..=7 => load4(0) | load4(n - 4) << (8 * (n - 4)),
        2..=3 => load2(0) | load2(n - 2) << (8 * (n - 2)),
        1 => rest[0] as u64,
        _ => 0,
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_word_is_the_zero_padded_little_endian_word() {
        let bytes = [0x11u8, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77];
        for n in 0..=7 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
    }
}
