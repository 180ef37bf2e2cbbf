//! Lower case, exactly as the standard library's `char::to_lowercase` and
//! `str::to_lowercase` give it, from compact tables.
//!
//! Why not the standard library's own: its lower-case table (1,462 pairs of
//! 8 bytes) compresses badly and cost 7.7 KB gzip of the 250 KB budget of
//! the WebAssembly download (issue 6). `build.rs` reads the same mapping off
//! the standard library at build time and writes it as runs (most letters
//! lower by a fixed offset, one in two in the Latin and Cyrillic extensions),
//! so the answers cannot differ; the tests check every character.

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// The lower case of `c`: one character, or several (`İ` → `i̇`).
pub fn lowercase_char(c: char) -> LowerChar {
    if c.is_ascii() {
        return LowerChar::One(c.to_ascii_lowercase());
    }
    let code = c as u32;
    let k = LOWER_RUNS.partition_point(|run| run.0 <= code);
    if let Some(&(first, last, delta, step)) = k.checked_sub(1).and_then(|k| LOWER_RUNS.get(k)) {
        if code <= last && (code - first) % step == 0 {
            if let Some(lower) = char::from_u32(code.wrapping_add_signed(delta)) {
                return LowerChar::One(lower);
            }
        }
    }
    match LOWER_MULTI.iter().find(|(m, _)| *m == c) {
        Some((_, lower)) => LowerChar::Several(lower.chars()),
        None => LowerChar::One(c),
    }
}

/// The characters of one character's lower case.
pub enum LowerChar {
    One(char),
    Several(std::str::Chars<'static>),
    Done,
}

impl Iterator for LowerChar {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            LowerChar::One(c) => {
                let c = *c;
                *self = LowerChar::Done;
                Some(c)
            }
            LowerChar::Several(chars) => chars.next(),
            LowerChar::Done => None,
        }
    }
}

/// `s` in lower case, as `str::to_lowercase` writes it: `Σ` becomes `ς` at
/// the end of a word (Unicode's Final_Sigma), `σ` elsewhere.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        // Latin-1 without a table search (French words, mostly): À-Þ but ×
        // lower by 0x20, the rest is its own lower case.
        let code = c as u32;
        if code <= 0xFF {
            let lower = if (0xC0..=0xDE).contains(&code) && code != 0xD7 { code + 0x20 } else { code };
            out.push((lower as u8 as char).to_ascii_lowercase());
            continue;
        }
        if c == 'Σ' {
            let after = &s[at + 'Σ'.len_utf8()..];
            let word_final = cased_after_ignorable(s[..at].chars().rev()) && !cased_after_ignorable(after.chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            out.extend(lowercase_char(c));
        }
    }
    out
}

/// Whether the first character of `chars` that is not case-ignorable is cased.
fn cased_after_ignorable(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(|c| c.is_lowercase() || c.is_uppercase() || TITLECASE.contains(&c))
}

/// Unicode's Case_Ignorable property (only read next to a `Σ`: a walk along
/// the table's bounds is fast enough).
fn case_ignorable(c: char) -> bool {
    let mut bound = 0u32;
    let mut inside = false;
    for &gap in CASE_IGNORABLE {
        bound += u32::from(gap);
        if bound > c as u32 {
            break;
        }
        inside = !inside;
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowers_as_the_standard_library_lowers_it() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert!(lowercase_char(c).eq(c.to_lowercase()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn final_sigma_next_to_every_character_as_the_standard_library() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for s in [format!("{c}Σ"), format!("A{c}Σ"), format!("AΣ{c}"), format!("Σ{c}A"), format!("{c}")] {
                assert_eq!(lowercase(&s), s.to_lowercase(), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn words_lower_as_the_standard_library_lowers_them() {
        let table = [
            "", "ÉTATS-UNIS", "Côte d'Ivoire", "ΟΔΟΣ", "ΟΔΟΣ.", "Σ", "ΑΣ'Σ", "A\u{301}Σ", "İstanbul", "ǅEMAL", "ΣΑΣ ΣΑΣ",
            "aΣ\u{301}", "aΣ\u{301}b", "ﬁ", "Ⱥ", "ᲐᲑ", "𐐀", "AB\u{10FFFF}",
        ];
        for s in table {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }
}
