//! Offset conversion at the edges: the engine counts bytes; gold files and
//! the CLI count Unicode code points; the DOM counts UTF-16 code units.

/// Converts ascending byte offsets of one text to another unit in a single
/// pass. Offsets must lie on char boundaries.
pub struct OffsetCounter<'t> {
    text: &'t str,
    byte: usize,
    units: usize,
    utf16: bool,
}

impl<'t> OffsetCounter<'t> {
    pub fn code_points(text: &'t str) -> Self {
        OffsetCounter { text, byte: 0, units: 0, utf16: false }
    }

    pub fn utf16(text: &'t str) -> Self {
        OffsetCounter { text, byte: 0, units: 0, utf16: true }
    }

    /// Units before byte offset `byte`. Costs the distance from the previous
    /// offset, forwards or backwards: a speaker shortly before its span must
    /// not restart the count from the beginning of a 5 MB text.
    pub fn convert(&mut self, byte: usize) -> usize {
        if byte >= self.byte {
            self.units += self.units_in(self.byte, byte);
        } else {
            self.units -= self.units_in(byte, self.byte);
        }
        self.byte = byte;
        self.units
    }

    fn units_in(&self, from: usize, to: usize) -> usize {
        let slice = &self.text[from..to];
        if slice.is_ascii() {
            return slice.len();
        }
        if self.utf16 {
            slice.chars().map(char::len_utf16).sum()
        } else {
            slice.chars().count()
        }
    }
}

/// Byte offset of code point `cp` in `text`, or `None` past the end.
pub fn byte_of_code_point(text: &str, cp: usize) -> Option<usize> {
    if cp == 0 {
        return Some(0);
    }
    match text.char_indices().nth(cp) {
        Some((b, _)) => Some(b),
        None if text.chars().count() == cp => Some(text.len()),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_bytes_to_code_points_and_utf16() {
        let text = "l’é😀x";
        // bytes: l=0, ’=1..4, é=4..6, 😀=6..10, x=10
        let mut cp = OffsetCounter::code_points(text);
        assert_eq!([0, 1, 4, 6, 10, 11].map(|b| cp.convert(b)), [0, 1, 2, 3, 4, 5]);
        let mut u16 = OffsetCounter::utf16(text);
        assert_eq!([0, 1, 4, 6, 10, 11].map(|b| u16.convert(b)), [0, 1, 2, 3, 5, 6]);
        // Going backwards counts back from where it stands.
        assert_eq!(u16.convert(4), 2);
        assert_eq!(u16.convert(11), 6);
        assert_eq!(u16.convert(0), 0);
        assert_eq!(cp.convert(1), 1);
    }

    #[test]
    fn code_points_to_bytes() {
        let text = "é😀x";
        assert_eq!(byte_of_code_point(text, 0), Some(0));
        assert_eq!(byte_of_code_point(text, 1), Some(2));
        assert_eq!(byte_of_code_point(text, 3), Some(text.len()));
        assert_eq!(byte_of_code_point(text, 4), None);
    }
}
