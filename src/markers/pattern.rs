//! A tiny pattern language for multi-word phrases in the lexicon files.
//!
//! A pattern is a sequence of words matched against the document's
//! lower-case tokens, whole tokens only (so word boundaries are the
//! tokenizer's Unicode ones):
//!
//! | syntax            | meaning                                          | example                          |
//! |-------------------|--------------------------------------------------|----------------------------------|
//! | `word`            | the word itself (lower case)                     | `sans preuve`                    |
//! | `n'ont`           | apostrophes split words as in the text           | `n'ont pas pu`                   |
//! | `(a b\|c)`        | one of the alternatives, each a sequence         | `(sans\|faute de) preuve`        |
//! | `(a\|)` or `[a]`  | optional                                         | `could not be [independently] verified` |
//! | `word?`           | optional single word                             | `any? evidence`                  |
//! | `mot{,e,s,es}`    | the word with one of the endings                 | `vérifié{,e,s,es}`               |
//! | `<lemma>`         | every inflection of a verb (by rule)             | `<provide> no evidence`          |
//! | `<give:gave:given>` | an irregular verb: base, past, participle      | `<give:gave:given> no proof`     |
//! | `...`             | up to three words (no punctuation)               | `aucune copie ... n'a ... été rendue publique` |
//! | `!word`, `!(a\|b c)` | not followed by that (look-ahead, matches nothing) | `n'est pas établi !(en\|à\|au)` |
//!
//! Patterns are compiled once into a trie (alternatives walked depth first,
//! words shared with the parsed pattern until an edge is created); scanning
//! costs one [`WordMap`] look-up per token that starts no pattern.

use crate::text::fast_hash::FastMap;
use super::inflect::{english_forms, french_forms, parse_models, VerbEntry};
use super::lexicon::source;
use crate::text::word_filter::WordFilter;
use super::word_map::WordMap;
use crate::model::Lang;
use crate::text::{Document, TokenKind};

/// Words a `...` gap may skip.
const GAP_WORDS: usize = 3;
/// Guard against patterns whose alternatives multiply out of hand.
const MAX_EXPANSIONS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Word(String),
    Gap,
    /// A negative look-ahead: none of these word sequences may come next.
    Not(Vec<Vec<String>>),
}

#[derive(Debug, Clone)]
enum Node {
    /// Alternatives, each a sequence of steps.
    Alts(Vec<Vec<Step>>),
    /// A parenthesised group: alternatives, each a sequence of nodes.
    Group(Vec<Vec<Node>>),
}

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    lang: Lang,
    verb_forms: &'a dyn Fn(&str) -> Vec<String>,
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
                    let start = self.pos;
                    while let Some(c) = self.peek() {
                        if c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '|') {
                            break;
                        }
                        self.pos += 1;
                    }
                    let raw: String = self.chars[start..self.pos].iter().collect();
                    nodes.push(self.word(&raw));
                }
            }
        }
        nodes
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
            let mut parser = Parser { chars: inner.chars().collect(), pos: 0, lang: self.lang, verb_forms: self.verb_forms };
            parser.sequence()
        } else {
            let start = self.pos;
            while self.peek().is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '[' | ']' | '|')) {
                self.pos += 1;
            }
            let raw: String = self.chars[start..self.pos].iter().collect();
            vec![self.word(&raw)]
        };
        expand(&nodes)
            .into_iter()
            .map(|seq| seq.into_iter().filter_map(|step| if let Step::Word(w) = step { Some(w) } else { None }).collect::<Vec<_>>())
            .filter(|seq| !seq.is_empty())
            .collect()
    }

    fn word(&self, raw: &str) -> Node {
        if raw == "..." || raw == "…" {
            return Node::Alts(vec![vec![Step::Gap]]);
        }
        let (raw, optional) = match raw.strip_suffix('?') {
            Some(r) => (r, true),
            None => (raw, false),
        };
        let spellings: Vec<String> = if let Some(lemma) = raw.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
            // `<give:gave:given>`: an irregular verb with its past forms.
            let mut parts = lemma.split(':');
            let base = parts.next().unwrap_or("");
            let past: Vec<&str> = parts.collect();
            let entry = if past.is_empty() { base.to_string() } else { format!("{base} > {}", past.join(" ")) };
            (self.verb_forms)(&entry)
        } else if let (Some(open), true) = (raw.find('{'), raw.ends_with('}')) {
            let stem = &raw[..open];
            raw[open + 1..raw.len() - 1].split(',').map(|e| format!("{stem}{}", e.trim())).collect()
        } else {
            vec![raw.to_string()]
        };
        let _ = self.lang;
        let mut alts: Vec<Vec<Step>> = spellings.iter().map(|s| split_apostrophes(&s.to_lowercase())).collect();
        if optional {
            alts.push(Vec::new());
        }
        Node::Alts(alts)
    }
}

/// `n'ont` → `n`, `'`, `ont`, as the tokenizer splits it.
fn split_apostrophes(word: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for (k, part) in word.split('\'').enumerate() {
        if k > 0 {
            steps.push(Step::Word("'".into()));
        }
        if !part.is_empty() {
            steps.push(Step::Word(part.into()));
        }
    }
    steps
}

/// Every plain sequence of `nodes` (only for the short look-ahead groups:
/// patterns themselves go into the trie depth first, see
/// [`PatternSet::insert`]).
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

/// The inflected forms of a `<lemma>` step, generated by the language's rules.
fn verb_forms(lang: Lang) -> impl Fn(&str) -> Vec<String> {
    let models = parse_models(source(Lang::Fr, "verb-models"));
    move |lemma: &str| -> Vec<String> {
        let Some(entry) = VerbEntry::parse(lemma) else { return Vec::new() };
        let forms = match lang {
            Lang::Fr => french_forms(&entry, &models),
            Lang::En => english_forms(&entry),
        };
        forms.into_iter().map(|(f, _)| f).collect()
    }
}

/// The patterns whose alternatives multiply out to `MAX_EXPANSIONS` sequences or more:
/// `compile` keeps only their first sequences, so a lexicon line silently loses forms
/// (the lexicon tests reject such lines).
#[cfg(test)]
pub(crate) fn over_budget<'p>(lang: Lang, patterns: impl IntoIterator<Item = &'p str>) -> Vec<&'p str> {
    let verb_forms = verb_forms(lang);
    patterns
        .into_iter()
        .filter(|text| !PatternSet::default().add(lang, text, 0, &verb_forms))
        .collect()
}

/// A compiled set of patterns, each with a caller-defined tag: a trie over
/// words, with gap edges, so that patterns sharing a beginning are walked
/// once.
#[derive(Debug)]
pub struct PatternSet {
    nodes: Vec<TrieNode>,
    /// The root's edges, looked up at every candidate token: most start
    /// no pattern, and a [`WordMap`] turns them away without hashing. (The
    /// other nodes keep their `next` maps: a table per node cost more to
    /// build on the first scan, ~110M instructions for French, than it
    /// saved per scan.)
    first: WordMap<u32>,
}

#[derive(Debug, Default)]
struct TrieNode {
    next: FastMap<String, u32>,
    /// The state after a `...` gap.
    gap: Option<u32>,
    /// The states after negative look-aheads, each with the sequences that
    /// must not come next.
    not: Vec<(Vec<Vec<String>>, u32)>,
    /// Set when a pattern ends here.
    tag: Option<u16>,
    /// For the states after a gap, which are tried at every word the gap
    /// may skip: turns most words away before `next` is hashed.
    filter: Option<WordFilter>,
}

/// What is left of a pattern after a group: the nodes that follow it, then
/// what follows the enclosing group.
struct Rest<'n> {
    nodes: &'n [Node],
    then: Option<&'n Rest<'n>>,
}

impl Default for PatternSet {
    fn default() -> Self {
        PatternSet { nodes: vec![TrieNode::default()], first: WordMap::default() }
    }
}

/// A match: token range (end exclusive) and the pattern's tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub tag: u16,
}

impl PatternSet {
    /// Compiles `patterns` (pattern text, tag) for `lang`.
    pub fn compile<'p>(lang: Lang, patterns: impl IntoIterator<Item = (&'p str, u16)>) -> PatternSet {
        let verb_forms = verb_forms(lang);
        let mut set = PatternSet::default();
        for (text, tag) in patterns {
            set.add(lang, text, tag, &verb_forms);
        }
        set.index_first_words();
        let after_gaps: Vec<u32> = set.nodes.iter().filter_map(|n| n.gap).collect();
        for g in after_gaps {
            let node = &set.nodes[g as usize];
            if !node.next.is_empty() {
                let filter = WordFilter::of(node.next.keys().map(String::as_str));
                set.nodes[g as usize].filter = Some(filter);
            }
        }
        set
    }

    /// The root's edges as the scan reads them (out of line: `compile`, generic
    /// over its patterns, is copied into each of its callers).
    #[inline(never)]
    fn index_first_words(&mut self) {
        self.first = WordMap::of(self.nodes[0].next.iter().map(|(word, &child)| (word.as_str(), child)));
    }

    /// Parses one pattern and inserts its sequences; false when they multiply
    /// past `MAX_EXPANSIONS` and only the first ones went in.
    fn add(&mut self, lang: Lang, text: &str, tag: u16, verb_forms: &dyn Fn(&str) -> Vec<String>) -> bool {
        let mut parser = Parser { chars: text.chars().collect(), pos: 0, lang, verb_forms };
        let nodes = parser.sequence();
        let mut budget = MAX_EXPANSIONS;
        self.insert(&nodes, None, 0, tag, &mut budget);
        budget > 0
    }

    /// Inserts every sequence that `nodes`, then `rest`, spell, from trie
    /// state `at`, depth first: a prefix shared by alternatives is walked
    /// once, and a word is copied only when it makes a new edge. A sequence
    /// must start with a word (not a gap or a look-ahead, not empty).
    fn insert(&mut self, nodes: &[Node], rest: Option<&Rest>, at: u32, tag: u16, budget: &mut usize) {
        if *budget == 0 {
            return;
        }
        let Some((node, after)) = nodes.split_first() else {
            match rest {
                Some(r) => self.insert(r.nodes, r.then, at, tag, budget),
                None if at != 0 => {
                    *budget -= 1;
                    self.nodes[at as usize].tag.get_or_insert(tag);
                }
                None => {}
            }
            return;
        };
        match node {
            Node::Alts(alts) => {
                for alt in alts {
                    if at == 0 && alt.first().is_some_and(|s| !matches!(s, Step::Word(_))) {
                        continue;
                    }
                    let state = alt.iter().fold(at, |state, step| self.edge(state, step));
                    self.insert(after, rest, state, tag, budget);
                }
            }
            Node::Group(groups) => {
                let then = Rest { nodes: after, then: rest };
                for group in groups {
                    self.insert(group, Some(&then), at, tag, budget);
                }
            }
        }
    }

    /// The state reached from `at` by `step`, created if new.
    fn edge(&mut self, at: u32, step: &Step) -> u32 {
        let cur = at as usize;
        let existing = match step {
            Step::Word(w) => self.nodes[cur].next.get(w.as_str()).copied(),
            Step::Gap => self.nodes[cur].gap,
            Step::Not(forbidden) => self.nodes[cur].not.iter().find(|(f, _)| f == forbidden).map(|&(_, c)| c),
        };
        if let Some(child) = existing {
            return child;
        }
        let child = self.nodes.len() as u32;
        self.nodes.push(TrieNode::default());
        match step {
            Step::Word(w) => {
                self.nodes[cur].next.insert(w.clone(), child);
            }
            Step::Gap => self.nodes[cur].gap = Some(child),
            Step::Not(forbidden) => self.nodes[cur].not.push((forbidden.clone(), child)),
        }
        child
    }

    /// The words that start a pattern.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.nodes[0].next.keys().map(String::as_str)
    }

    /// The longest match starting at token `i`, if any.
    pub fn match_at(&self, doc: &Document, i: usize) -> Option<Match> {
        let first = self.first.get(doc.lower(i))?;
        let mut best = None;
        self.walk(doc, first, i + 1, i, &mut best);
        best
    }

    fn walk(&self, doc: &Document, node: u32, i: usize, start: usize, best: &mut Option<Match>) {
        let node = &self.nodes[node as usize];
        if let Some(tag) = node.tag {
            if best.map_or(true, |b| i > b.end) {
                *best = Some(Match { start, end: i, tag });
            }
        }
        if i < doc.tokens.len() && !node.next.is_empty() {
            let word = doc.lower(i);
            if node.filter.as_ref().map_or(true, |f| f.may_contain(word)) {
                if let Some(&child) = node.next.get(word) {
                    self.walk(doc, child, i + 1, start, best);
                }
            }
        }
        for (forbidden, after) in &node.not {
            let comes_next = |seq: &Vec<String>| {
                seq.iter().enumerate().all(|(k, w)| i + k < doc.tokens.len() && doc.lower(i + k) == w)
            };
            if !forbidden.iter().any(comes_next) {
                self.walk(doc, *after, i, start, best);
            }
        }
        if let Some(after_gap) = node.gap {
            // Up to GAP_WORDS words; apostrophes inside them (« pour
            // l'heure ») are free; other punctuation ends the gap.
            let mut k = i;
            let mut words = 0;
            loop {
                self.walk(doc, after_gap, k, start, best);
                if k >= doc.tokens.len() {
                    break;
                }
                if doc.tokens[k].kind == TokenKind::Punct {
                    if doc.lower(k) != "'" {
                        break;
                    }
                } else {
                    words += 1;
                    if words > GAP_WORDS {
                        break;
                    }
                }
                k += 1;
            }
        }
    }

    /// Every longest, non-overlapping match, left to right.
    pub fn find_all(&self, doc: &Document) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            if let Some(m) = self.match_at(doc, i) {
                out.push(m);
                i = m.end.max(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(lang: Lang, pattern: &str, text: &str) -> Vec<String> {
        let set = PatternSet::compile(lang, [(pattern, 0)]);
        let doc = Document::new(text, Some(lang));
        set.find_all(&doc)
            .into_iter()
            .map(|m| doc.text()[doc.tokens[m.start].start as usize..doc.tokens[m.end - 1].end as usize].to_string())
            .collect()
    }

    #[test]
    fn pattern_syntax() {
        let cases: &[(Lang, &str, &str, &[&str])] = &[
            (Lang::Fr, "sans preuve{,s}", "Il a parlé sans preuves. Sans preuve !", &["sans preuves", "Sans preuve"]),
            (Lang::Fr, "n'(a|ont) pas pu être vérifié{,e,s,es}", "Ces faits n’ont pas pu être vérifiés.", &["n'ont pas pu être vérifiés"]),
            (Lang::Fr, "n'(a|ont) ... pas pu être vérifié{,e,s,es}", "Cela n'a toutefois pas pu être vérifié.", &["n'a toutefois pas pu être vérifié"]),
            (Lang::En, "could not be [independently] verified", "It could not be verified, and could not be independently verified.", &["could not be verified", "could not be independently verified"]),
            (Lang::En, "without (providing|citing) any? (evidence|documents)", "He spoke without citing any documents.", &["without citing any documents"]),
            (Lang::En, "<provide> no evidence", "She provided no evidence; they provide no evidence.", &["provided no evidence", "provide no evidence"]),
            (Lang::En, "no ... evidence", "no hard, evidence", &[]),
            (Lang::Fr, "peut-être", "C'est peut-être vrai, peut être pas.", &["peut-être"]),
            // Look-ahead: « établi » but not « établi en France ».
            (Lang::Fr, "n'est pas établi{,e} !(en|à|dans le)", "Ce n'est pas établi. Elle n'est pas établie en France.", &["n'est pas établi"]),
            (Lang::Fr, "n'est pas établi{,e} !(en|à|dans le)", "Il n'est pas établi dans le Var ; pas établi dans la loi.", &[]),
            (Lang::Fr, "n'est pas établi{,e} !(en|à|dans le)", "Ce n'est pas établi dans la loi.", &["n'est pas établi"]),
            (Lang::En, "not proven !guilty", "not proven guilty, but not proven", &["not proven"]),
            // A look-ahead in the middle: "no evidence" unless "of life".
            (Lang::En, "no evidence !(of life) [yet]", "no evidence of life; no evidence yet", &["no evidence yet"]),
            // Alternatives nested in groups, each continued by what follows.
            (Lang::En, "(a (b|c)|d) e", "a b e, a c e, d e, a e", &["a b e", "a c e", "d e"]),
        ];
        for (lang, pattern, text, expected) in cases {
            assert_eq!(found(*lang, pattern, text), *expected, "{pattern} in {text}");
        }
    }

    #[test]
    fn lines_that_multiply_past_the_guard_are_reported() {
        let ten = "(a|b|c|d|e|f|g|h|i|j)";
        let huge = [ten; 5].join(" "); // 100,000 sequences
        let small = [ten; 3].join(" "); // 1,000
        assert_eq!(over_budget(Lang::En, [huge.as_str(), small.as_str()]), [huge.as_str()]);
    }

    #[test]
    fn whole_tokens_only() {
        assert!(found(Lang::En, "basis", "bases basisx").is_empty());
        assert!(found(Lang::Fr, "preuve", "épreuve preuves").is_empty());
    }
}
