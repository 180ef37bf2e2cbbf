//! Pathological text shapes, each built at any size: used by
//! `tests/pathological.rs` (does each finish, with every property?) and by
//! `benches/linear.rs` (is the time linear in the size?).

/// One pathological shape: a name and a builder of a text of about `bytes`
/// bytes (never less, at most one repetition unit more).
pub struct Shape {
    pub name: &'static str,
    pub build: fn(usize) -> String,
}

pub const SHAPES: &[Shape] = &[
    Shape { name: "one word without a space or newline", build: no_space_letters },
    Shape { name: "words glued by punctuation, no space", build: no_space_punctuated },
    Shape { name: "one repeated name", build: |n| repeat("Emmanuel Macron ", n) },
    Shape { name: "one repeated claim phrase (fr)", build: |n| repeat("a affirmé, sans preuve, que ", n) },
    Shape {
        name: "one repeated attributed claim (en)",
        build: |n| repeat("Sources said Russia reportedly attacked, without evidence. ", n),
    },
    Shape { name: "one sentence without a full stop", build: |n| repeat("le ministre dit que l'armée aurait ", n) },
    Shape { name: "capitalised words in a row", build: capitalised_run },
    Shape { name: "repeated apostrophes", build: |n| repeat("l’'", n) },
    Shape { name: "repeated hyphens", build: |n| repeat("-‑Jean-", n) },
    Shape { name: "repeated dotted initials", build: |n| repeat("U.S.", n) },
    Shape { name: "a sample of every Unicode plane", build: unicode_planes },
    Shape { name: "combining marks on one letter", build: |n| format!("e{}", repeat("\u{0301}", n)) },
    Shape { name: "NUL bytes and lone line breaks", build: |n| repeat("\u{0}\r\u{0}\n\u{2028}", n) },
    Shape { name: "one quote opened, never closed", build: |n| format!("« {}", repeat("selon des sources ", n)) },
];

/// `unit` repeated until the text has at least `bytes` bytes.
pub fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len().max(1)).max(1))
}

fn no_space_letters(bytes: usize) -> String {
    repeat("abcdéfghijklmnopqrstuvwxyzÉ", bytes)
}

fn no_space_punctuated(bytes: usize) -> String {
    repeat("Macron,a,affirmé,sans,preuve.selon-des-sources;", bytes)
}

/// Distinct capitalised words (no two alike nearby), the worst case for a
/// capitalised-run detector.
fn capitalised_run(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 16);
    let mut i: u32 = 0;
    while out.len() < bytes {
        // "Bacd", "Cbde", ... from the counter's digits in base 26.
        out.push(char::from(b'A' + (i % 26) as u8));
        let mut rest = i / 26;
        for _ in 0..3 {
            out.push(char::from(b'a' + (rest % 26) as u8));
            rest /= 26;
        }
        out.push(' ');
        i = i.wrapping_add(1);
    }
    out
}

/// Code points spread over all seventeen planes (surrogates excluded: a
/// Rust string cannot hold them; lossy decoding turns them into U+FFFD).
fn unicode_planes(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8);
    let mut cp: u32 = 0;
    while out.len() < bytes {
        if let Some(c) = char::from_u32(cp) {
            out.push(c);
        } else {
            out.push('\u{FFFD}');
        }
        // A stride prime to most block sizes visits every plane quickly.
        cp = (cp + 4099) % 0x11_0000;
    }
    out
}
