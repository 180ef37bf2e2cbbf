//! Eight bytes at a time: tests on a 64-bit word that answer for each of its
//! bytes at once ("SIMD within a register"), for the text layer's hot loops.
//! Each answer has the high bit of a byte set where the byte passes.

pub const ONES: u64 = 0x0101_0101_0101_0101;
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `at` as one little-endian word, if there are eight.
#[inline]
pub fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// Bytes of `word` that are ASCII letters (`A`..=`Z`, `a`..=`z`).
#[inline]
pub fn ascii_letters(word: u64) -> u64 {
    // Setting 0x20 lowers the capitals and moves no other byte into `a`..=`z`.
    let low7 = (word | (ONES * 0x20)) & !HIGH;
    // High bit of (byte + 0x1F) is set from `a` (0x61) up, of (byte + 0x05) from `{` (0x7B) up.
    let from_a = low7 + ONES * 0x1F;
    let past_z = low7 + ONES * 0x05;
    from_a & !past_z & !word & HIGH
}

/// The index of the first byte that passes (by its high bit in `mask`), or 8.
#[inline]
pub fn first(mask: u64) -> usize {
    mask.trailing_zeros() as usize / 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_letters_agrees_with_the_byte_test() {
        for b in 0..=255u8 {
            // The byte among others, at each position.
            for at in 0..8 {
                let mut bytes = [b'-', b'a', 0xC3, b'Z', b' ', 0xFF, b'@', b'{'];
                bytes[at] = b;
                let mask = ascii_letters(u64::from_le_bytes(bytes));
                for (k, &byte) in bytes.iter().enumerate() {
                    assert_eq!(mask >> (8 * k + 7) & 1 == 1, byte.is_ascii_alphabetic(), "byte {byte:#x} at {k}");
                }
            }
        }
        assert_eq!(first(0), 8);
        assert_eq!(first(0x80 << 16), 2);
    }
}
