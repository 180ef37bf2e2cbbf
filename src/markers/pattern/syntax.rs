//! Reading the pattern syntax of the lexicon files (the table in
//! [`super`]) into a tree of steps: words, gaps and look-aheads, grouped in
//! alternatives. [`super::compile`] turns the tree into an automaton.

use crate::markers::inflect::{english_forms, french_forms, french_models, VerbEntry};
use crate::model::Lang;
use crate::text::fast_hash::FastMap;

/// Guard against look-ahead groups whose alternatives multiply out of hand
/// (they are expanded into plain sequences), and the bound the lexicon tests
/// put on the sequences one line spells.
pub(crate) const MAX_EXPANSIONS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Step {
    /// A word, by its number in the set's [`Words`].
    Word(u32),
    Gap,
    /// A negative look-ahead: none of these word sequences may come next.
    Not(Vec<Vec<String>>),
}

#[derive(Debug, Clone)]
pub(super) enum Node {
    /// Alternatives, each a sequence of steps.
    Alts(Vec<Vec<Step>>),
    /// A parenthesised group: alternatives, each a sequence of nodes.
    Group(Vec<Vec<Node>>),
}

/// The words of a pattern set, each numbered once: a line's steps hold
/// numbers, not copies (a fresh engine reads some ten thousand words from
/// the lexicons, most of them repeats, issue 6).
#[derive(Default)]
pub(super) struct Words {
    ids: FastMap<String, u32>,
    /// The words by number.
    pub(super) list: Vec<String>,
}

impl Words {
    /// The number of `word`, given it if new.
    pub(super) fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.list.len() as u32;
        self.ids.insert(word.to_string(), id);
        self.list.push(word.to_string());
        id
    }
}

/// The steps of one pattern line, its words numbered in `words`.
pub(super) fn parse(text: &str, verb_forms: &mut dyn FnMut(&str) -> Vec<String>, words: &mut Words) -> Vec<Node> {
    Parser { chars: text.chars().collect(), pos: 0, verb_forms, words, spelling: String::new() }.sequence()
}

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    verb_forms: &'a mut dyn FnMut(&str) -> Vec<String>,
    words: &'a mut Words,
    /// A spelling being put together (stem and ending).
    spelling: String,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// A sequence of nodes up to `|`, `)`, `]` or the end.
    fn sequence(&mut self) -> Vec<Node> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            match c {
                c if c.is_whitespace() => self.pos += 1,
                '|' | ')' | ']' => break,
                '!' => {
                    self.pos += 1;
                    let forbidden = self.look_ahead();
                    nodes.push(Node::Alts(vec![vec![Step::Not(forbidden)]]));
                }
                '(' | '[' => {
                    self.pos += 1;
                    let close = if c == '(' { ')' } else { ']' };
                    let mut alts = vec![self.sequence()];
                    while self.peek() == Some('|') {
                        self.pos += 1;
                        alts.push(self.sequence());
                    }
                    if self.peek() == Some(close) {
                        self.pos += 1;
                    }
                    if c == '[' || self.peek() == Some('?') {
                        if self.peek() == Some('?') {
                            self.pos += 1;
                        }
                        alts.push(Vec::new());
                    }
                    nodes.push(Node::Group(alts));
                }
                _ => {
                    let raw = self.raw_word();
                    nodes.push(self.word(&raw));
                }
            }
        }
        nodes
    }

    /// The characters up to the next space or bracket.
    fn raw_word(&mut self) -> String {
        let start = self.pos;
        while self.peek().is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '[' | ']' | '|')) {
            self.pos += 1;
        }
        self.chars[start..self.pos].iter().collect()
    }

    /// The word sequences after a `!`: one word, or a parenthesised group.
    fn look_ahead(&mut self) -> Vec<Vec<String>> {
        let nodes = if self.peek() == Some('(') {
            let start = self.pos;
            let mut depth = 0;
            while let Some(c) = self.peek() {
                self.pos += 1;
                match c {
                    '(' => depth += 1,
                    ')' if depth == 1 => break,
                    ')' => depth -= 1,
                    _ => {}
                }
            }
            let inner: String = self.chars[start..self.pos].iter().collect();
            Parser { chars: inner.chars().collect(), pos: 0, verb_forms: &mut *self.verb_forms, words: &mut *self.words, spelling: String::new() }.sequence()
        } else {
            let raw = self.raw_word();
            vec![self.word(&raw)]
        };
        expand(&nodes)
            .into_iter()
            .map(|seq| seq.into_iter().filter_map(|step| if let Step::Word(w) = step { Some(self.words.list[w as usize].clone()) } else { None }).collect::<Vec<_>>())
            .filter(|seq| !seq.is_empty())
            .collect()
    }

    fn word(&mut self, raw: &str) -> Node {
        if raw == "..." || raw == "…" {
            return Node::Alts(vec![vec![Step::Gap]]);
        }
        let (raw, optional) = match raw.strip_suffix('?') {
            Some(r) => (r, true),
            None => (raw, false),
        };
        let mut alts: Vec<Vec<Step>> = Vec::new();
        if let Some(lemma) = raw.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
            // `<give:gave:given>`: an irregular verb with its past forms.
            let mut parts = lemma.split(':');
            let base = parts.next().unwrap_or("");
            let past: Vec<&str> = parts.collect();
            let entry = if past.is_empty() { base.to_string() } else { format!("{base} > {}", past.join(" ")) };
            let spellings = (self.verb_forms)(&entry);
            alts.reserve(spellings.len() + 1);
            alts.extend(spellings.iter().map(|spelling| steps_of(spelling, self.words)));
        } else if let (Some(open), true) = (raw.find('{'), raw.ends_with('}')) {
            let stem = &raw[..open];
            for ending in raw[open + 1..raw.len() - 1].split(',') {
                self.spelling.clear();
                self.spelling.push_str(stem);
                self.spelling.push_str(ending.trim());
                alts.push(steps_of(&self.spelling, self.words));
            }
        } else {
            alts.push(steps_of(raw, self.words));
        }

        if optional {
            alts.push(Vec::new());
        }
        Node::Alts(alts)
    }
}

/// The steps of one spelling, in lower case: `n'ont` → `n`, `'`, `ont`.
/// (A spelling already in lower case without an apostrophe, as most are,
/// becomes its one step without a copy: a fresh engine parses some ten
/// thousand of them, issue 6.)
fn steps_of(spelling: &str, words: &mut Words) -> Vec<Step> {
    if spelling.bytes().all(|b| !b.is_ascii_uppercase() && b != b'\'' && b < 0x80) {
        return vec![Step::Word(words.id(spelling))];
    }
    split_apostrophes(&crate::text::case::lowercase(spelling), words)
}

/// `n'ont` → `n`, `'`, `ont`, as the tokenizer splits it.
fn split_apostrophes(word: &str, words: &mut Words) -> Vec<Step> {
    let mut steps = Vec::new();
    for (k, part) in word.split('\'').enumerate() {
        if k > 0 {
            steps.push(Step::Word(words.id("'")));
        }
        if !part.is_empty() {
            steps.push(Step::Word(words.id(part)));
        }
    }
    steps
}

/// Every plain sequence of `nodes` (only for the short look-ahead groups:
/// patterns themselves are compiled into an automaton without expanding
/// their alternatives).
fn expand(nodes: &[Node]) -> Vec<Vec<Step>> {
    let mut out: Vec<Vec<Step>> = vec![Vec::new()];
    for node in nodes {
        let alts: Vec<Vec<Step>> = match node {
            Node::Alts(a) => a.clone(),
            Node::Group(groups) => groups.iter().flat_map(|g| expand(g)).collect(),
        };
        let mut next = Vec::with_capacity(out.len() * alts.len());
        for prefix in &out {
            for alt in &alts {
                if next.len() >= MAX_EXPANSIONS {
                    break;
                }
                let mut seq = prefix.clone();
                seq.extend(alt.iter().cloned());
                next.push(seq);
            }
        }
        out = next;
    }
    out
}

#[cfg(test)]
/// How many plain word sequences `nodes` spell (saturating): what a line
/// would multiply into if its alternatives were expanded.
pub(super) fn sequences(nodes: &[Node]) -> usize {
    nodes.iter().fold(1usize, |product, node| {
        let alts = match node {
            Node::Alts(a) => a.len(),
            Node::Group(groups) => groups.iter().fold(0usize, |sum, g| sum.saturating_add(sequences(g))),
        };
        product.saturating_mul(alts)
    })
}

/// The inflected forms of a `<lemma>` step, generated by the language's rules.
pub(super) fn verb_forms(lang: Lang) -> impl FnMut(&str) -> Vec<String> {
    move |lemma: &str| -> Vec<String> {
        let Some(entry) = VerbEntry::parse(lemma) else { return Vec::new() };
        let forms = match lang {
            Lang::Fr => french_forms(&entry, french_models()),
            Lang::En => english_forms(&entry),
        };
        forms.into_iter().map(|(f, _)| f).collect()
    }
}
