//! Normalisation of news text, with a map back to the original offsets.
//!
//! Web text spells the same word many ways: `l’OTAN` and `l'OTAN`, a
//! non-breaking space before `:` in French, soft hyphens inserted for line
//! breaking, `ﬁ` ligatures from PDFs, accents as combining marks. The engine
//! matches on one spelling; every span it finds is mapped back to the bytes
//! of the page's own text, so highlights land on what the reader sees.

use super::canonical;
use super::swar::{word_at, HIGH, ONES};

/// A run of the normalised text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    /// Byte offset in the normalised text where the run starts.
    norm: u32,
    /// Byte offset in the original text where the run's source starts.
    orig: u32,
    /// Byte length of the run's source in the original text.
    orig_len: u32,
    /// `true`: the run is a byte-for-byte copy; `false`: one replaced unit
    /// whose every output byte maps to the whole source `orig..orig+orig_len`.
    verbatim: bool,
}

/// Normalised text with its offset map.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    segments: Vec<Segment>,
    orig_len: usize,
}

/// What one original character becomes.
enum Replacement {
    Keep,
    Drop,
    Char(char),
    Str(&'static str),
}

fn replacement(c: char) -> Replacement {
    use Replacement::*;
    match c {
        // Apostrophes and single quotes used as apostrophes.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}' => Char('\''),
        // Every space-like character becomes a plain space; line breaks stay.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Char(' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Char('\n'),
        '\r' => Char('\n'),
        '\t' | '\u{000B}' | '\u{000C}' => Char(' '),
        // Invisible characters that break words apart.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Drop,
        // Hyphens and the minus sign used as a hyphen inside words.
        '\u{2010}' | '\u{2011}' => Char('-'),
        // Ligatures.
        '\u{FB00}' => Str("ff"),
        '\u{FB01}' => Str("fi"),
        '\u{FB02}' => Str("fl"),
        '\u{FB03}' => Str("ffi"),
        '\u{FB04}' => Str("ffl"),
        '\u{FB05}' | '\u{FB06}' => Str("st"),
        '\u{0152}' => Str("OE"),
        '\u{0153}' => Str("oe"),
        '\u{00C6}' => Str("AE"),
        '\u{00E6}' => Str("ae"),
        _ => Keep,
    }
}

/// Byte length of the character at `at` if normalisation keeps it as it is
/// (whatever follows it), else 0. Answers from the first two bytes for
/// ASCII and the Latin-1 range, which is nearly all of French and English
/// text; 0 for anything else (the slow path decides).
fn kept_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        None => 0,
        Some(b'\r' | b'\t' | 0x0B | 0x0C) => 0,
        Some(0..=0x7F) => 1,
        // U+0080..U+00BF: all kept but NEL, the no-break space and the soft hyphen.
        Some(0xC2) => match bytes.get(at + 1) {
            Some(0x85 | 0xA0 | 0xAD) | None => 0,
            Some(_) => 2,
        },
        // U+00C0..U+00FF: all kept but the ligatures Æ and æ.
        Some(0xC3) => match bytes.get(at + 1) {
            Some(0x86 | 0xA6) | None => 0,
            Some(_) => 2,
        },
        Some(_) => 0,
    }
}

/// The high bit of each byte of `word` that is not printable ASCII
/// (0x20..=0x7F): a byte with its high bit set or below 0x20. A byte below
/// 0x20 borrows when 0x20 is subtracted from it and sets its high bit (a
/// classic bit trick: "has a byte less than n"); the borrow can flag a byte
/// after a flagged one too, which only costs a detour.
#[inline]
fn not_printable_ascii(word: u64) -> u64 {
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    (word & HIGH) | below_space
}

/// Whether a combining mark may start at this byte: the first byte of the
/// UTF-8 encoding of every range [`is_combining_mark`] accepts.
fn combining_mark_may_start(byte: Option<&u8>) -> bool {
    matches!(byte, Some(0xCC | 0xCD | 0xE1 | 0xE2 | 0xEF))
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

impl Normalized {
    /// Normalises `original`. Linear in its length; text that needs no change
    /// is copied with a single segment.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut segments: Vec<Segment> = Vec::new();
        // Start of the current verbatim run in the original, if one is open.
        let mut run_start: Option<usize> = None;
        let close_run = |segments: &mut Vec<Segment>, text: &String, run_start: &mut Option<usize>, at: usize| {
            if let Some(start) = run_start.take() {
                let len = at - start;
                segments.push(Segment {
                    norm: (text.len() - len) as u32,
                    orig: start as u32,
                    orig_len: len as u32,
                    verbatim: true,
                });
            }
        };

        let char_at = |at: usize| original.get(at..).and_then(|rest| rest.chars().next());
        let bytes = original.as_bytes();
        // `original[copied..i]` is kept as it is and not yet copied: runs of
        // kept characters are copied in one go.
        let mut copied = 0;
        let mut i = 0;
        loop {
            // Fastest path: eight printable ASCII characters at once, or
            // those before the first byte that needs a look.
            if let Some(word) = word_at(bytes, i) {
                let flagged = not_printable_ascii(word);
                let ascii = if flagged == 0 { 8 } else { flagged.trailing_zeros() as usize / 8 };
                // The last of them stays for the paths below if a combining
                // mark may follow it.
                let kept = if ascii > 0 && combining_mark_may_start(bytes.get(i + ascii)) { ascii - 1 } else { ascii };
                if kept > 0 {
                    i += kept;
                    continue;
                }
            }
            // Fast path: a character that is kept as it is and not followed
            // by a combining mark (most of any news text) stays in the run.
            let kept = kept_len(bytes, i);
            if kept > 0 && !combining_mark_may_start(bytes.get(i + kept)) {
                i += kept;
                continue;
            }
            if copied < i {
                if run_start.is_none() {
                    run_start = Some(copied);
                }
                text.push_str(&original[copied..i]);
            }
            let Some(c) = char_at(i) else { break };
            let next = i + c.len_utf8();
            // A base letter followed by combining marks: compose to NFC so
            // that `e\u{301}` matches `é`.
            let next_is_mark = char_at(next).is_some_and(is_combining_mark);
            if next_is_mark && !c.is_whitespace() {
                let mut end = next;
                while let Some(n) = char_at(end).filter(|&n| is_combining_mark(n)) {
                    end += n.len_utf8();
                }
                let cluster = &original[i..end];
                let composed = canonical::nfc(cluster);
                if composed == cluster {
                    if run_start.is_none() {
                        run_start = Some(i);
                    }
                    text.push_str(cluster);
                } else {
                    close_run(&mut segments, &text, &mut run_start, i);
                    segments.push(Segment {
                        norm: text.len() as u32,
                        orig: i as u32,
                        orig_len: (end - i) as u32,
                        verbatim: false,
                    });
                    text.push_str(&composed);
                }
                i = end;
                copied = i;
                continue;
            }
            match replacement(c) {
                Replacement::Keep => {
                    if run_start.is_none() {
                        run_start = Some(i);
                    }
                    text.push(c);
                }
                Replacement::Drop => {
                    close_run(&mut segments, &text, &mut run_start, i);
                }
                Replacement::Char(r) => {
                    if r.len_utf8() == c.len_utf8() {
                        // Same length: stays inside a verbatim run.
                        if run_start.is_none() {
                            run_start = Some(i);
                        }
                        text.push(r);
                    } else {
                        close_run(&mut segments, &text, &mut run_start, i);
                        segments.push(Segment {
                            norm: text.len() as u32,
                            orig: i as u32,
                            orig_len: c.len_utf8() as u32,
                            verbatim: false,
                        });
                        text.push(r);
                    }
                }
                Replacement::Str(s) => {
                    close_run(&mut segments, &text, &mut run_start, i);
                    segments.push(Segment {
                        norm: text.len() as u32,
                        orig: i as u32,
                        orig_len: c.len_utf8() as u32,
                        verbatim: false,
                    });
                    text.push_str(s);
                }
            }
            i = next;
            copied = i;
        }
        close_run(&mut segments, &text, &mut run_start, original.len());
        Normalized { text, segments, orig_len: original.len() }
    }

    /// Already normalised text (a part of another `Normalized`'s text), as
    /// its own original.
    pub fn verbatim(text: String) -> Normalized {
        let segments = if text.is_empty() {
            Vec::new()
        } else {
            vec![Segment { norm: 0, orig: 0, orig_len: text.len() as u32, verbatim: true }]
        };
        let orig_len = text.len();
        Normalized { text, segments, orig_len }
    }

    /// The offset map as (normalised start, original start, original length, verbatim).
    #[cfg(test)]
    pub(crate) fn parts(&self) -> Vec<(u32, u32, u32, bool)> {
        self.segments.iter().map(|s| (s.norm, s.orig, s.orig_len, s.verbatim)).collect()
    }

    fn segment_at(&self, norm: usize) -> Option<&Segment> {
        let idx = self.segments.partition_point(|s| s.norm as usize <= norm);
        idx.checked_sub(1).map(|i| &self.segments[i])
    }

    /// Original byte offset where the normalised character at `norm` starts.
    pub fn original_start(&self, norm: usize) -> usize {
        if norm >= self.text.len() {
            return self.orig_len;
        }
        match self.segment_at(norm) {
            Some(s) if s.verbatim => s.orig as usize + (norm - s.norm as usize),
            Some(s) => s.orig as usize,
            None => 0,
        }
    }

    /// Original byte offset just past the normalised character ending at `norm`.
    pub fn original_end(&self, norm: usize) -> usize {
        if norm == 0 {
            return self.original_start(0);
        }
        let last = norm.min(self.text.len()) - 1;
        match self.segment_at(last) {
            Some(s) if s.verbatim => s.orig as usize + (norm - s.norm as usize),
            Some(s) => (s.orig + s.orig_len) as usize,
            None => 0,
        }
    }
}

/// Lower-cases `text` character by character, keeping every byte offset:
/// a character whose lower case has another UTF-8 length (`İ`, a few
/// archaic letters) is kept as it is. The result aligns byte for byte with
/// `text`, so tokens found in one are valid in the other.
pub fn fold_case(text: &str) -> String {
    // ASCII letters are lowered in one pass over the whole text; then only
    // the characters that are not ASCII are looked at, found eight bytes at
    // a time by their lead byte (0xC0 and up: both top bits set).
    let mut out = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(word) = word_at(bytes, i) {
        let mut leads = word & (word << 1) & HIGH;
        while leads != 0 {
            fold_wide_char(text, &mut out, i + leads.trailing_zeros() as usize / 8);
            leads &= leads - 1;
        }
        i += 8;
    }
    for (at, &b) in bytes.iter().enumerate().skip(i) {
        if b >= 0xC0 {
            fold_wide_char(text, &mut out, at);
        }
    }
    out
}

/// Lowers the character starting at `at` (a lead byte of `text`) in `out`
/// when its lower case is one character of the same UTF-8 length.
#[inline]
fn fold_wide_char(text: &str, out: &mut String, at: usize) {
    let bytes = text.as_bytes();
    let lower = match bytes.get(at) {
        // U+0080..U+00BF: no letter with a case but `µ`, its own lower case.
        Some(0xC2) => return,
        // U+00C0..U+00FF: `À`..`Þ` (bar `×`) lower to the same letter 0x20 later.
        Some(0xC3) => match bytes.get(at + 1) {
            Some(&second @ 0x80..=0x9E) if second != 0x97 => char::from_u32(0xC0 + u32::from(second - 0x80) + 0x20),
            _ => return,
        },
        _ => {
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return };
            let mut lower = super::case::lowercase_char(c);
            match (lower.next(), lower.next()) {
                (Some(l), None) if l != c && l.len_utf8() == c.len_utf8() => Some(l),
                _ => return,
            }
        }
    };
    if let Some(lower) = lower {
        let mut buf = [0u8; 4];
        let lower = lower.encode_utf8(&mut buf);
        out.replace_range(at..at + lower.len(), lower);
    }
}

/// Removes accents from a lower-case word: `état` → `etat`. For matching
/// names that are spelt with and without accents (`Etats-Unis`).
pub fn strip_accents(word: &str) -> String {
    canonical::nfd(word).chars().filter(|c| !is_combining_mark(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(original: &str, expect_norm: &str) -> Normalized {
        let n = Normalized::new(original);
        assert_eq!(n.text, expect_norm, "normalising {original:?}");
        n
    }

    #[test]
    fn untouched_text_maps_identically() {
        let n = roundtrip("Le ministre a affirmé", "Le ministre a affirmé");
        for i in 0..=n.text.len() {
            if n.text.is_char_boundary(i) {
                assert_eq!(n.original_start(i), i);
            }
        }
    }

    #[test]
    fn typographic_apostrophe_maps_back() {
        let original = "l’OTAN a dit";
        let n = roundtrip(original, "l'OTAN a dit");
        // "OTAN" is at 2..6 in the normalised text.
        assert_eq!(&original[n.original_start(2)..n.original_end(6)], "OTAN");
        assert_eq!(&original[n.original_start(0)..n.original_end(2)], "l’");
    }

    #[test]
    fn spaces_soft_hyphens_ligatures() {
        let original = "sans\u{00A0}pre\u{00AD}uve, ﬁn";
        let n = roundtrip(original, "sans preuve, fin");
        assert_eq!(&original[n.original_start(0)..n.original_end(11)], "sans\u{00A0}pre\u{00AD}uve");
        assert_eq!(&original[n.original_start(13)..n.original_end(16)], "ﬁn");
    }

    #[test]
    fn ascii_runs_stop_at_what_changes() {
        roundtrip("a\tb\r\nc", "a b\n\nc");
        roundtrip("cafe\u{0301} noir, 100\u{00A0}%", "café noir, 100 %");
        roundtrip("\u{0301}x", "\u{0301}x");
    }

    #[test]
    fn combining_accents_compose() {
        let original = "affirme\u{0301} hier";
        let n = roundtrip(original, "affirmé hier");
        assert_eq!(&original[n.original_start(0)..n.original_end("affirmé".len())], "affirme\u{0301}");
    }

    #[test]
    fn fold_case_keeps_offsets() {
        for s in ["État ÉCRASÉ", "İstanbul", "ÀÉÎÕÜ Ꙁ", "ΣΟΦΙΑ"] {
            assert_eq!(fold_case(s).len(), s.len(), "{s}");
        }
        assert_eq!(fold_case("Moscou AFFIRME"), "moscou affirme");
        assert_eq!(fold_case("L'ÉTAT A DÉMENTI"), "l'état a démenti");
    }

    #[test]
    fn accents_strip() {
        assert_eq!(strip_accents("états-unis"), "etats-unis");
        assert_eq!(strip_accents("corée"), "coree");
    }
}
