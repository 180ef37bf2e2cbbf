//! Reading the pattern syntax of the lexicon files (the table in
//! [`super`]) straight into the moves of the set's nondeterministic
//! automaton ([`Builder`]): words, gaps and look-aheads, alternatives side
//! by side. [`Builder::finish`] makes it deterministic.
//!
//! (The parser writes moves as it reads: no tree of the line, no copy of its
//! words. A fresh engine reads some ten thousand words from the lexicons,
//! most of them repeats, on its first scan, issue 6.)

use super::compile::{Builder, GAP};
use crate::markers::inflect::{english_forms, french_forms, french_models, Forms, VerbEntry};
use crate::model::Lang;
use crate::text::fast_hash::FastHasher;
use std::hash::Hasher;

/// Guard against look-ahead groups whose alternatives multiply out of hand
/// (they are expanded into plain sequences), and the bound the lexicon tests
/// put on the sequences one line spells.
pub(crate) const MAX_EXPANSIONS: usize = 20_000;

/// The words of a pattern set, each numbered once, kept end to end in one
/// string: a line's moves hold numbers, not copies.
#[derive(Default)]
pub(super) struct Words {
    text: String,
    /// Where each word ends in `text`, by number.
    ends: Vec<u32>,
    /// Each word's hash, by number.
    hashes: Vec<u32>,
    /// Word number + 1 per slot, 0 for an empty slot; at most half full.
    slots: Vec<u32>,
}

impl Words {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Word number `k`.
    pub(super) fn get(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.text[start..self.ends[k] as usize]
    }

    /// The number of `word`, given it if new.
    pub(super) fn id(&mut self, word: &str) -> u32 {
        if self.slots.len() < 2 * (self.ends.len() + 1) {
            let size = (4 * (self.ends.len() + 1)).next_power_of_two();
            self.slots = vec![0; size];
            for k in 0..self.ends.len() {
                let mut slot = self.hashes[k] as usize & (size - 1);
                while self.slots[slot] != 0 {
                    slot = (slot + 1) & (size - 1);
                }
                self.slots[slot] = k as u32 + 1;
            }
        }
        let mut hasher = FastHasher::default();
        hasher.write(word.as_bytes());
        let hash = hasher.finish() as u32;
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                0 => {
                    self.text.push_str(word);
                    self.ends.push(self.text.len() as u32);
                    self.hashes.push(hash);
                    self.slots[slot] = self.ends.len() as u32;
                    return self.ends.len() as u32 - 1;
                }
                n if self.hashes[n as usize - 1] == hash && self.get(n as usize - 1) == word => return n - 1,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// Reads one line of patterns into a [`Builder`].
pub(super) struct Parser<'a, 'b> {
    text: &'a str,
    pos: usize,
    builder: &'b mut Builder,
    verb_forms: &'b mut dyn FnMut(&str) -> Vec<String>,
    /// The spellings of the word being read: their steps end to end, and
    /// where each spelling ends.
    steps: Vec<u64>,
    spelling_ends: Vec<usize>,
    /// A spelling being put together (stem and ending).
    spelling: String,
}

impl<'a, 'b> Parser<'a, 'b> {
    pub(super) fn new(text: &'a str, builder: &'b mut Builder, verb_forms: &'b mut dyn FnMut(&str) -> Vec<String>) -> Self {
        Parser { text, pos: 0, builder, verb_forms, steps: Vec::new(), spelling_ends: Vec::new(), spelling: String::new() }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    /// The moves of a sequence of words and groups up to `|`, `)`, `]` or
    /// the end, read from position `from`: the position after it, and how
    /// many plain word sequences it spells (saturating).
    pub(super) fn sequence(&mut self, from: u32) -> (u32, usize) {
        let (mut at, mut count) = (from, 1usize);
        while let Some(c) = self.peek() {
            match c {
                c if c.is_whitespace() => self.pos += c.len_utf8(),
                '|' | ')' | ']' => break,
                '!' => {
                    self.pos += 1;
                    let label = self.look_ahead();
                    let to = self.builder.position();
                    self.builder.moves.push((at, label, to));
                    at = to;
                }
                '(' | '[' => {
                    self.pos += 1;
                    let close = if c == '(' { ')' } else { ']' };
                    let to = self.builder.position();
                    let mut alternatives = 0usize;
                    loop {
                        let (end, n) = self.sequence(at);
                        self.builder.empty.push((end, to));
                        alternatives = alternatives.saturating_add(n);
                        if self.peek() != Some('|') {
                            break;
                        }
                        self.pos += 1;
                    }
                    if self.peek() == Some(close) {
                        self.pos += 1;
                    }
                    if c == '[' || self.peek() == Some('?') {
                        if self.peek() == Some('?') {
                            self.pos += 1;
                        }
                        self.builder.empty.push((at, to));
                        alternatives = alternatives.saturating_add(1);
                    }
                    at = to;
                    count = count.saturating_mul(alternatives);
                }
                _ => {
                    let raw = self.raw_word();
                    let (to, n) = self.word(raw, at);
                    at = to;
                    count = count.saturating_mul(n);
                }
            }
        }
        (at, count)
    }

    /// The characters up to the next space or bracket.
    fn raw_word(&mut self) -> &'a str {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if b < 0x80 {
                // ASCII: `char::is_whitespace` is space, tab, line feed, vertical tab, form feed, return.
                if matches!(b, b' ' | b'\t'..=b'\r' | b'(' | b')' | b'[' | b']' | b'|') {
                    break;
                }
                self.pos += 1;
            } else {
                match self.peek() {
                    Some(c) if !c.is_whitespace() => self.pos += c.len_utf8(),
                    _ => break,
                }
            }
        }
        &self.text[start..self.pos]
    }

    /// The look-ahead after a `!` (one word, or a parenthesised group): its
    /// label, the id of its word sequences in the builder.
    fn look_ahead(&mut self) -> u64 {
        let group = self.peek() == Some('(');
        let text = if group {
            let start = self.pos;
            let mut depth = 0;
            while let Some(c) = self.peek() {
                self.pos += c.len_utf8();
                match c {
                    '(' => depth += 1,
                    ')' if depth == 1 => break,
                    ')' => depth -= 1,
                    _ => {}
                }
            }
            &self.text[start..self.pos]
        } else {
            self.raw_word()
        };
        // Read into an automaton of its own, whose paths are the sequences.
        let mut inner = Builder::default();
        inner.words = std::mem::take(&mut self.builder.words);
        let start = inner.position();
        let mut parser = Parser::new(text, &mut inner, &mut *self.verb_forms);
        let (end, _) = if group { parser.sequence(start) } else { parser.word(text, start) };
        let mut sequences: Vec<Vec<String>> = Vec::new();
        inner.paths(start, end, &mut Vec::new(), &mut sequences);
        self.builder.words = std::mem::take(&mut inner.words);
        self.builder.forbid(sequences)
    }

    /// The moves of one word (its spellings side by side) from `from`: the
    /// position after it and how many spellings it has.
    fn word(&mut self, raw: &str, from: u32) -> (u32, usize) {
        if raw == "..." || raw == "…" {
            let to = self.builder.position();
            self.builder.moves.push((from, GAP, to));
            return (to, 1);
        }
        let (raw, optional) = match raw.strip_suffix('?') {
            Some(r) => (r, true),
            None => (raw, false),
        };
        self.steps.clear();
        self.spelling_ends.clear();
        if let Some(lemma) = raw.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
            // `<give:gave:given>`: an irregular verb with its past forms.
            let mut parts = lemma.split(':');
            let base = parts.next().unwrap_or("");
            let past: Vec<&str> = parts.collect();
            let entry = if past.is_empty() { base.to_string() } else { format!("{base} > {}", past.join(" ")) };
            for spelling in (self.verb_forms)(&entry) {
                self.steps_of(&spelling);
            }
        } else if let (Some(open), true) = (raw.bytes().position(|b| b == b'{'), raw.ends_with('}')) {
            let stem = &raw[..open];
            for ending in raw[open + 1..raw.len() - 1].split(',') {
                let mut spelling = std::mem::take(&mut self.spelling);
                spelling.clear();
                spelling.push_str(stem);
                spelling.push_str(ending.trim());
                self.steps_of(&spelling);
                self.spelling = spelling;
            }
        } else {
            self.steps_of(raw);
        }
        let to = self.builder.position();
        let mut start = 0;
        for k in 0..self.spelling_ends.len() {
            let steps = &self.steps[start..self.spelling_ends[k]];
            let mut at = from;
            for (j, &label) in steps.iter().enumerate() {
                let next = if j + 1 == steps.len() { to } else { self.builder.position() };
                self.builder.moves.push((at, label, next));
                at = next;
            }
            if steps.is_empty() {
                self.builder.empty.push((from, to));
            }
            start = self.spelling_ends[k];
        }
        if optional {
            self.builder.empty.push((from, to));
        }
        (to, self.spelling_ends.len() + usize::from(optional))
    }

    /// Appends the steps of one spelling, in lower case: `n'ont` → `n`, `'`,
    /// `ont`, as the tokenizer splits it. (A spelling already in lower case
    /// without an apostrophe, as most are, is its one word, without a copy.)
    fn steps_of(&mut self, spelling: &str) {
        let words = &mut self.builder.words;
        // (Lower-case Latin-1 letters, U+00DF to U+00FF, lower to themselves:
        // « vérifié » needs no copy either.)
        if spelling.chars().all(|c| (c.is_ascii() && !c.is_ascii_uppercase() && c != '\'') || ('\u{df}'..='\u{ff}').contains(&c)) {
            self.steps.push(u64::from(words.id(spelling)));
        } else {
            let lower = crate::text::case::lowercase(spelling);
            for (k, part) in lower.split('\'').enumerate() {
                if k > 0 {
                    self.steps.push(u64::from(words.id("'")));
                }
                if !part.is_empty() {
                    self.steps.push(u64::from(words.id(part)));
                }
            }
        }
        self.spelling_ends.push(self.steps.len());
    }
}

/// The inflected forms of a `<lemma>` step, generated by the language's rules.
pub(super) fn verb_forms(lang: Lang) -> impl FnMut(&str) -> Vec<String> {
    move |lemma: &str| -> Vec<String> {
        let Some(entry) = VerbEntry::parse(lemma) else { return Vec::new() };
        let mut forms = Forms::default();
        match lang {
            Lang::Fr => french_forms(&entry, french_models(), &mut forms),
            Lang::En => english_forms(&entry, &mut forms),
        }
        forms.iter().map(|(f, _)| f.to_string()).collect()
    }
}
