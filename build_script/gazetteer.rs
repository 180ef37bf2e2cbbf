//! The gazetteer (data/gazetteer/generated.tsv, then supplement.tsv) packed into one file of
//! look-up keys, `OUT_DIR/data/gazetteer/keys.txt`, which `src/actors/lexicon.rs` reads
//! (`gazetteer_keys`) into its table at start-up without tokenizing or folding a name (issue 6:
//! the first scan of a fresh engine keyed some 5,000 names one by one).
//!
//! The lines of both files (`kind lang code name`, tab-separated) go in their order, packed:
//!
//! - each run of one `kind lang code` is written once, as a line of its own before its names
//!   (only `<tab>code` when the kind and language are those of the run before); demonyms go in
//!   one run per language, code `-` (the engine keys a demonym by its name alone);
//! - each name line holds the name's KEY where this script can compute it exactly as the
//!   engine does (`key_of`): a gazetteer name's `lexicon::name_key` (its tokens folded, one
//!   space apart: `Côte d'Ivoire` is `cote d ' ivoire`), a demonym's `key::fold`; otherwise
//!   the name itself, for the engine to key at start-up (digits, `’`, `İ`: a few);
//! - each line is front coded: it opens with one character that says how many leading bytes
//!   (at most 9, ending on a character boundary) it shares with the line before it in the run,
//!   which it then leaves out, and what the line is: `0`-`9` a key, `A`-`J` a key of a name
//!   written in capitals (US, UK: it only matches capitals), `K`-`T` a name to key.
//!
//! `lexicon::tests` compares the table read from this file with the one keyed from the data
//! files at run time, name by name.

/// The packed gazetteer of `generated` then `supplement` (both without their comment lines).
pub fn packed(generated: &str, supplement: &str, decompositions: &Decompositions) -> String {
    let mut out = String::with_capacity(generated.len() + supplement.len());
    let mut group = String::new();
    let mut previous = String::new();
    for line in generated.lines().chain(supplement.lines()) {
        let line = line.trim_end();
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, lang, code, name] = fields[..] else {
            // The engine read lines of another shape as nothing.
            println!("cargo:warning=gazetteer: a line without 4 fields is left out: {line:?}");
            continue;
        };
        let head = match kind {
            "demonym" => format!("demonym\t{lang}\t-"),
            _ => format!("{kind}\t{lang}\t{code}"),
        };
        if head != group {
            // A run of the kind and language of the run before: its code alone, after a tab.
            let (head_kind_lang, head_code) = head.rsplit_once('\t').unwrap_or_default();
            match group.rsplit_once('\t') {
                Some((group_kind_lang, _)) if group_kind_lang == head_kind_lang && !head_code.is_empty() => {
                    out.push('\t');
                    out.push_str(head_code);
                }
                _ => out.push_str(&head),
            }
            out.push('\n');
            group = head;
            previous.clear();
        }
        let (text, tag) = match key_of(kind, name, decompositions) {
            Some(key) => {
                let all_caps = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
                (key, if all_caps && kind != "demonym" { b'A' } else { b'0' })
            }
            None => (name.to_string(), b'K'),
        };
        push_front_coded(&mut out, &previous, &text, tag);
        out.push('\n');
        previous = text;
    }
    out
}

/// The key the engine looks `name` up by: a gazetteer name's `lexicon::name_key` (its tokens as
/// `text::tokens::tokenize` cuts them, each folded by `key::fold_into`, one space apart), a
/// demonym's `key::fold`. `None` where this script cannot tell it exactly (a space other than
/// U+0020, a control character, a combining mark, a digit that is not ASCII, a letter whose
/// fold needs the canonical reordering of marks): the engine keys the name itself.
pub fn key_of(kind: &str, name: &str, decompositions: &Decompositions) -> Option<String> {
    let fold = |token: &[char]| -> Option<String> {
        token.iter().map(|&c| if c.is_ascii() { Some(c.to_ascii_lowercase().to_string()) } else { fold_letter(c, decompositions) }).collect()
    };
    let chars: Vec<char> = name.chars().collect();
    if chars.iter().any(|&c| c.is_control() || ('\u{300}'..='\u{36F}').contains(&c) || (c.is_whitespace() && c != ' ') || (!c.is_ascii() && c.is_numeric()) || fold(&[c]).is_none()) {
        return None;
    }
    if kind == "demonym" {
        // `key::fold`: character by character.
        return fold(&chars);
    }
    // The tokenizer's words: runs of letters and digits, joined by an inner hyphen, and digits by
    // an inner `.` or `,`; any other character but a space is a token of its own.
    let word_char = |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphabetic());
    let mut key = String::with_capacity(name.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if word_char(chars[i]) {
            let mut all_digits = chars[i].is_ascii_digit();
            loop {
                while j < chars.len() && word_char(chars[j]) {
                    all_digits &= chars[j].is_ascii_digit();
                    j += 1;
                }
                match (chars.get(j), chars.get(j + 1)) {
                    (Some('-'), Some(&next)) if word_char(next) => j += 1,
                    (Some('.' | ','), Some(next)) if all_digits && next.is_ascii_digit() => j += 1,
                    _ => break,
                }
            }
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&fold(&chars[i..j])?);
        i = j;
    }
    Some(key)
}

/// Canonical decompositions (data/unicode/canonical.txt): character → its parts.
pub type Decompositions = std::collections::HashMap<char, Vec<char>>;

/// The decompositions of canonical.txt (`XXXX = parts` and `XXXX > parts` lines).
pub fn decompositions(canonical: &str) -> Decompositions {
    let hex = |h: &str| u32::from_str_radix(h, 16).ok().and_then(char::from_u32);
    let mut out = Decompositions::new();
    for line in canonical.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
        if let [c, "=" | ">", parts @ ..] = &line.split_whitespace().collect::<Vec<_>>()[..] {
            if let (Some(c), Some(parts)) = (hex(c), parts.iter().map(|p| hex(p)).collect::<Option<Vec<char>>>()) {
                out.insert(c, parts);
            }
        }
    }
    out
}

/// A non-ASCII character as `key::fold_into` folds it: lower case, canonically decomposed,
/// without its combining marks (`ā` → `a`, `İ` → `i`, `ł` → `ł`); `None` where that would need
/// the canonical reordering of characters that stay.
fn fold_letter(c: char, decompositions: &Decompositions) -> Option<String> {
    fn decompose(c: char, decompositions: &Decompositions, out: &mut Vec<char>) {
        match decompositions.get(&c) {
            Some(parts) => parts.iter().for_each(|&p| decompose(p, decompositions, out)),
            None => out.push(c),
        }
    }
    let mut parts = Vec::new();
    for lower in c.to_lowercase() {
        decompose(lower, decompositions, &mut parts);
    }
    let is_combining_mark = |c: char| matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}');
    let kept: String = parts.iter().copied().filter(|&c| !is_combining_mark(c)).collect();
    // (A character alone is in canonical order; characters below U+0300 have combining class 0,
    // so the canonical order moves none of them.)
    (parts.len() == 1 || kept.chars().all(|c| c < '\u{300}')).then_some(kept)
}

/// A list of one name a line (the first names, sorted) with each name front coded as in
/// `packed` (`front_coded_words` in src/actors/lexicon.rs undoes it): 0.7 KB of gzip less in
/// the wasm (issue 6).
pub fn front_coded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = "";
    for name in text.lines().map(str::trim) {
        push_front_coded(&mut out, previous, name, b'0');
        out.push('\n');
        previous = name;
    }
    out
}

/// `name` as one character, `tag` plus the number of leading bytes (at most 9, ending on a
/// character boundary) it shares with `previous`, then the rest of it.
fn push_front_coded(out: &mut String, previous: &str, name: &str, tag: u8) {
    const MAX_SHARED: usize = 9;
    let mut shared = name.bytes().zip(previous.bytes()).take(MAX_SHARED).take_while(|(a, b)| a == b).count();
    while !name.is_char_boundary(shared) {
        shared -= 1;
    }
    out.push(char::from(tag + shared as u8));
    out.push_str(&name[shared..]);
}
