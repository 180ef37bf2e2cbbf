//! Canonical Unicode normalisation (NFD and NFC) from one compact table.
//!
//! The engine only needs canonical equivalence: `e` + U+0301 must match `é`,
//! and `état` must match `etat`. A general normalisation crate carries every
//! table of the standard (compatibility forms, quick-check properties, the
//! thousand CJK compatibility ideographs) and made up a quarter of the
//! WebAssembly download (issue 6). `data/unicode/canonical.txt` holds just
//! the canonical decompositions, the primary compositions and the combining
//! classes; `build.rs` compiles it in as varints in columns (2.4 KB gzip of
//! the download, against 6.9 as text), read once per process.
//!
//! Results equal Unicode NFD/NFC for all text except Hangul syllables and
//! CJK compatibility ideographs, which are left as they are (neither occurs
//! in French or English news). The table is generated from, and tested
//! against, the `unicode-normalization` crate (a dev-dependency only): see
//! the tests at the end of this file.

use std::sync::LazyLock;

/// `data/unicode/canonical.txt` in the form `build.rs` (`canonical_binary`) writes.
const TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/canonical.bin"));

/// The parsed table.
struct Canonical {
    /// One step of each canonical decomposition, sorted by character: the
    /// character, then one or more characters it decomposes to (a starting
    /// character that may decompose further, then combining marks).
    decompositions: Vec<(char, Box<[char]>)>,
    /// Primary compositions, (starter, mark) → composed character, each
    /// packed as `starter << 42 | mark << 21 | composed` (21 bits a
    /// character) and sorted: searched, as a hash map of them was one more
    /// copy of the hash table's code in the WebAssembly download (issue 6).
    compositions: Vec<u64>,
    /// Non-zero canonical combining classes as sorted, disjoint ranges.
    classes: Vec<(char, char, u8)>,
}

static CANONICAL: LazyLock<Canonical> = LazyLock::new(|| Canonical::parse(TABLE));

/// Below U+00C0 no character decomposes or has a combining class: text
/// made only of such characters is its own NFD and NFC.
const FIRST_DECOMPOSABLE: char = '\u{C0}';

impl Canonical {
    /// Reads the table as `build.rs` wrote it (`canonical_binary` says how):
    /// sorted, so nothing is sorted here. The bytes are generated from a file
    /// the tests below check, so a malformed table cannot ship; reading one
    /// stops at its end rather than panicking.
    fn parse(table: &[u8]) -> Canonical {
        let mut at = 0;
        let mut varint = || {
            let (mut n, mut shift) = (0u32, 0);
            while let Some(&byte) = table.get(at) {
                at += 1;
                n |= u32::from(byte & 0x7F) << shift;
                shift += 7;
                if byte < 0x80 || shift > 28 {
                    break;
                }
            }
            n
        };
        let to_char = |n: u32| char::from_u32(n).unwrap_or('\0');
        let (decomposition_count, class_count) = (varint() as usize, varint() as usize);
        let mut previous = 0;
        let characters: Vec<u32> = (0..decomposition_count)
            .map(|_| {
                previous += varint();
                previous
            })
            .collect();
        // `parts << 1 | composes`
        let shapes: Vec<u32> = (0..decomposition_count).map(|_| varint()).collect();
        let mut previous = 0i64;
        let firsts: Vec<u32> = (0..decomposition_count)
            .map(|_| {
                let zigzag = i64::from(varint());
                previous += (zigzag >> 1) ^ -(zigzag & 1);
                previous as u32
            })
            .collect();
        let mut decompositions = Vec::with_capacity(decomposition_count);
        let mut compositions = Vec::new();
        for ((&c, &shape), &first) in characters.iter().zip(&shapes).zip(&firsts) {
            let parts: Box<[char]> =
                std::iter::once(first).chain((1..shape >> 1).map(|_| varint())).map(to_char).collect();
            if let (1, [a, b]) = (shape & 1, &parts[..]) {
                compositions.push((*a as u64) << 42 | (*b as u64) << 21 | c as u64);
            }
            decompositions.push((to_char(c), parts));
        }
        // Each run's start counts from the end of the run before, and its
        // length comes in the next column: gaps first, then lengths, then classes.
        let gaps: Vec<u32> = (0..class_count).map(|_| varint()).collect();
        let lengths: Vec<u32> = (0..class_count).map(|_| varint()).collect();
        let mut end = 0;
        let classes = gaps
            .iter()
            .zip(&lengths)
            .map(|(&gap, &length)| {
                let start = end + gap;
                end = start + length;
                (to_char(start), to_char(end), varint() as u8)
            })
            .collect();
        crate::sort::sort_by_packed_key(&mut compositions, |&k| k as u128);
        Canonical { decompositions, compositions, classes }
    }

    /// Appends the full canonical decomposition of `c` to `out`.
    fn decompose_into(&self, c: char, out: &mut Vec<char>) {
        if c < FIRST_DECOMPOSABLE {
            out.push(c);
            return;
        }
        match self.decompositions.binary_search_by_key(&c, |(d, _)| *d) {
            Ok(i) => {
                for &part in self.decompositions[i].1.iter() {
                    self.decompose_into(part, out);
                }
            }
            Err(_) => out.push(c),
        }
    }

    fn class(&self, c: char) -> u8 {
        if c < '\u{300}' {
            return 0;
        }
        let i = self.classes.partition_point(|(start, _, _)| *start <= c);
        match i.checked_sub(1).map(|i| self.classes[i]) {
            Some((_, end, class)) if c <= end => class,
            _ => 0,
        }
    }

    /// Decomposes `s` fully and puts each run of combining marks in
    /// canonical order (a stable sort by combining class).
    fn nfd_chars(&self, s: &str) -> Vec<char> {
        let mut chars = Vec::with_capacity(s.len());
        for c in s.chars() {
            self.decompose_into(c, &mut chars);
        }
        let mut run_start = 0;
        for i in 0..=chars.len() {
            if i == chars.len() || self.class(chars[i]) == 0 {
                if i - run_start > 1 {
                    crate::sort::sort_by_packed_key(&mut chars[run_start..i], |&c| self.class(c) as u128);
                }
                run_start = i + 1;
            }
        }
        chars
    }

    /// Canonical composition of decomposed, canonically ordered `chars`: a
    /// mark joins the last starter unless a mark of the same or a higher
    /// class (or a starter) stands between them.
    fn compose(&self, chars: Vec<char>) -> String {
        let mut out: Vec<char> = Vec::with_capacity(chars.len());
        let mut starter: Option<usize> = None;
        // Class of the last character kept after the starter, if any.
        let mut last_class: Option<u8> = None;
        for c in chars {
            let class = self.class(c);
            if let Some(at) = starter {
                let blocked = last_class.is_some_and(|last| last == 0 || last >= class);
                if !blocked {
                    let pair = (out[at] as u64) << 21 | c as u64;
                    let k = self.compositions.partition_point(|&e| e >> 21 < pair);
                    if let Some(&e) = self.compositions.get(k).filter(|&&e| e >> 21 == pair) {
                        out[at] = char::from_u32((e & 0x1F_FFFF) as u32).unwrap_or(out[at]);
                        continue;
                    }
                }
            }
            if class == 0 {
                starter = Some(out.len());
                last_class = None;
            } else {
                last_class = Some(class);
            }
            out.push(c);
        }
        out.into_iter().collect()
    }
}

fn is_trivial(s: &str) -> bool {
    s.chars().all(|c| c < FIRST_DECOMPOSABLE)
}

/// `s` in Normalization Form D (canonical decomposition).
pub fn nfd(s: &str) -> String {
    if is_trivial(s) {
        return s.to_owned();
    }
    CANONICAL.nfd_chars(s).into_iter().collect()
}

/// `s` in Normalization Form C (canonical composition).
pub fn nfc(s: &str) -> String {
    if is_trivial(s) {
        return s.to_owned();
    }
    CANONICAL.compose(CANONICAL.nfd_chars(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
    use unicode_normalization::UnicodeNormalization;

    /// Characters the table leaves out on purpose (see the module docs).
    fn out_of_scope(c: char) -> bool {
        matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}')
    }

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| !out_of_scope(c))
    }

    /// The table as the reference crate gives it.
    fn generate() -> String {
        let (major, minor, update) = unicode_normalization::UNICODE_VERSION;
        let mut out = format!(
            "# Canonical decompositions, primary compositions and combining classes of Unicode {major}.{minor}.{update},\n\
             # read by src/text/canonical.rs. GENERATED from the unicode-normalization crate: do not edit; rerun\n\
             #   CLAIMLENS_REGENERATE=1 cargo test --lib text::canonical\n\
             # `C = A B`: C decomposes to A B and A B compose to C.  `C > A ...`: decomposition only.\n\
             # `S..E N` or `C N`: canonical combining class N. Hangul syllables and CJK compatibility\n\
             # ideographs are left out.\n"
        );
        let hex = |c: char| format!("{:04X}", c as u32);
        for c in all_chars() {
            let mut full = Vec::new();
            decompose_canonical(c, |d| full.push(d));
            if full == [c] {
                continue;
            }
            // The composing pair, when there is one: NFC of all but the last
            // character, then the last.
            let pair = match full.split_last() {
                Some((&last, rest)) if !rest.is_empty() => {
                    let head: Vec<char> = rest.iter().copied().nfc().collect();
                    match head[..] {
                        [a] if compose(a, last) == Some(c) => Some((a, last)),
                        _ => None,
                    }
                }
                _ => None,
            };
            match pair {
                Some((a, b)) => out += &format!("{} = {} {}\n", hex(c), hex(a), hex(b)),
                None => out += &format!("{} > {}\n", hex(c), full.iter().map(|&d| hex(d)).collect::<Vec<_>>().join(" ")),
            }
        }
        let mut runs: Vec<(char, char, u8)> = Vec::new();
        for c in all_chars() {
            let class = canonical_combining_class(c);
            if class == 0 {
                continue;
            }
            match runs.last_mut() {
                Some((_, end, last)) if *last == class && (*end as u32) + 1 == c as u32 => *end = c,
                _ => runs.push((c, c, class)),
            }
        }
        for (start, end, class) in runs {
            if start == end {
                out += &format!("{} {class}\n", hex(start));
            } else {
                out += &format!("{}..{} {class}\n", hex(start), hex(end));
            }
        }
        out
    }

    #[test]
    fn table_is_generated_from_the_reference() {
        let expected = generate();
        if std::env::var_os("CLAIMLENS_REGENERATE").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/unicode/canonical.txt");
            std::fs::write(path, &expected).expect("write data/unicode/canonical.txt");
        } else {
            // The file on disk, not TABLE: the compiled copy leaves the comments out (build.rs).
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/unicode/canonical.txt");
            let on_disk = std::fs::read_to_string(path).expect("read data/unicode/canonical.txt");
            assert!(on_disk == expected, "data/unicode/canonical.txt is stale: rerun with CLAIMLENS_REGENERATE=1");
        }
    }

    #[test]
    fn examples() {
        let cases = [
            // (input, NFD, NFC)
            ("e\u{301}tat", "e\u{301}tat", "état"),
            ("état", "e\u{301}tat", "état"),
            ("Å", "A\u{30A}", "Å"), // U+212B ANGSTROM SIGN: a singleton, never composed back
            ("a\u{302}\u{323}", "a\u{323}\u{302}", "ậ"), // marks reordered by class, then composed
            ("ễ", "e\u{302}\u{303}", "ễ"),
            ("Nguyễn", "Nguye\u{302}\u{303}n", "Nguyễn"),
            ("ᾂ", "α\u{313}\u{300}\u{345}", "ᾂ"),
            ("й", "и\u{306}", "й"),
            ("plain ASCII", "plain ASCII", "plain ASCII"),
            ("", "", ""),
            ("\u{301}e", "\u{301}e", "\u{301}e"), // a leading mark has no starter to join
            ("한", "한", "한"),                    // Hangul: out of scope, unchanged
        ];
        for (input, want_nfd, want_nfc) in cases {
            assert_eq!(nfd(input), want_nfd, "NFD of {input:?}");
            assert_eq!(nfc(input), want_nfc, "NFC of {input:?}");
        }
    }

    /// Every character in scope, alone and followed by each combining mark
    /// of the main block (U+0300–U+036F) and by two marks of different
    /// classes, normalises as the reference crate does.
    #[test]
    fn agrees_with_the_reference_crate() {
        let marks: Vec<char> = ('\u{300}'..='\u{36F}').collect();
        // Every character with a decomposition or a combining class lies
        // below U+30000 (the table's last line says so); the higher planes
        // would only slow the test down.
        for c in all_chars().filter(|&c| (c as u32) < 0x30000) {
            let alone = c.to_string();
            assert_eq!(nfd(&alone), alone.nfd().collect::<String>(), "NFD of U+{:04X}", c as u32);
            assert_eq!(nfc(&alone), alone.nfc().collect::<String>(), "NFC of U+{:04X}", c as u32);
        }
        let bases = ('A'..='Z').chain('a'..='z').chain("ÀÉÊÖØÇæαωиуИ".chars()).chain(['\u{3B7}', '\u{399}', '\u{1F00}']);
        for base in bases {
            for &m in &marks {
                for second in [None, Some('\u{323}'), Some('\u{301}'), Some('\u{345}'), Some('\u{31B}')] {
                    let s: String = [Some(base), Some(m), second].into_iter().flatten().collect();
                    assert_eq!(nfc(&s), s.nfc().collect::<String>(), "NFC of {:?}", s.escape_unicode().to_string());
                    assert_eq!(nfd(&s), s.nfd().collect::<String>(), "NFD of {:?}", s.escape_unicode().to_string());
                }
            }
        }
    }
}
