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
//! Patterns are compiled once into a deterministic automaton over words
//! ([`compile`]: alternatives are not expanded, so tails shared after a
//! group are built once); scanning costs one [`WordMap`] look-up per token
//! that starts no pattern. Only the start state is built with the set; any
//! other state is built the first time a walk reaches it (a 4 KB page visits
//! a few dozen of the thousand states of the English no-evidence phrases).

mod compile;
mod syntax;

use super::word_map::{short_key, WordMap};
use crate::model::Lang;
use crate::text::word_filter::WordFilter;
use crate::text::{Document, TokenKind};
use std::sync::{Mutex, MutexGuard, OnceLock, TryLockError};

/// Words a `...` gap may skip.
const GAP_WORDS: usize = 3;
/// Up to this many word moves, a state compares the key with each (most
/// states have one or two) rather than searching.
const FEW_EDGES: usize = 8;
/// Long words' keys are their numbers in `long_words`, below every short key.
const LONG_KEYS: u64 = 1 << 56;

/// The patterns whose alternatives multiply out to `MAX_EXPANSIONS` word
/// sequences or more (the lexicon tests reject such lines: a journalist's
/// line should stay readable, and each sequence is a phrasing to check).
#[cfg(test)]
pub(crate) fn over_budget<'p>(lang: Lang, patterns: impl IntoIterator<Item = &'p str>) -> Vec<&'p str> {
    let mut verb_forms = syntax::verb_forms(lang);
    patterns
        .into_iter()
        .filter(|text| compile::sequences(text, &mut verb_forms) >= syntax::MAX_EXPANSIONS)
        .collect()
}

/// A compiled set of patterns, each with a caller-defined tag: an automaton
/// over words, with gap and look-ahead moves, so that patterns sharing a
/// beginning are walked once.
pub struct PatternSet {
    /// State 0 is the start; the others are built on first visit.
    states: States,
    /// What builds them.
    lazy: Mutex<compile::Lazy>,
    /// The numbers of the words too long for a short key.
    long_words: WordMap<u32>,
    /// Per look-ahead id: the word sequences that must not come next.
    forbidden: Vec<Vec<Vec<String>>>,
    /// The start's word moves, looked up at every candidate token: most
    /// tokens start no pattern, and a [`WordMap`] turns them away without
    /// hashing.
    first: WordMap<u32>,
    first_words: Box<[Box<str>]>,
}

#[derive(Debug, Default, Clone)]
struct State {
    /// Word moves (word key, next state), sorted by key. A word of up to 7
    /// bytes is keyed by its bytes ([`short_key`]): a step costs integer
    /// compares, no hashing; a longer word by its number in
    /// `PatternSet::long_words`.
    edges: Box<[(u64, u32)]>,
    /// Look-aheads (id in `PatternSet::forbidden`, next state), in line order.
    nots: Box<[(u32, u32)]>,
    /// The state after a `...` gap.
    gap: Option<u32>,
    /// Set when a pattern ends here: the tag of the first such line.
    tag: Option<u16>,
    /// For the states after a gap, which are tried at every word the gap
    /// may skip: turns most words away before they are looked up.
    filter: Option<WordFilter>,
}

/// The states of a set by number, each built once, in chunks of 1, 2, 4,
/// ... slots that never move (a walk holds a state while others are built).
struct States {
    chunks: [OnceLock<Box<[OnceLock<State>]>>; 32],
}

impl States {
    fn slot(&self, s: u32) -> &OnceLock<State> {
        let i = s as usize + 1;
        let chunk = (usize::BITS - 1 - i.leading_zeros()) as usize;
        let slots = self.chunks[chunk].get_or_init(|| (0..1usize << chunk).map(|_| OnceLock::new()).collect());
        &slots[i - (1 << chunk)]
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
    fn new(lazy: compile::Lazy) -> PatternSet {
        PatternSet {
            states: States { chunks: [const { OnceLock::new() }; 32] },
            lazy: Mutex::new(lazy),
            long_words: WordMap::default(),
            forbidden: Vec::new(),
            first: WordMap::default(),
            first_words: Box::default(),
        }
    }

    /// Compiles `patterns` (pattern text, tag) for `lang`.
    pub fn compile<'p>(lang: Lang, patterns: impl IntoIterator<Item = (&'p str, u16)>) -> PatternSet {
        compile::compile(lang, &patterns.into_iter().collect::<Vec<_>>())
    }

    /// State `s`, built if it is not yet.
    #[inline]
    fn state(&self, s: u32) -> &State {
        let slot = self.states.slot(s);
        match slot.get() {
            Some(state) => state,
            None => slot.get_or_init(|| self.builder().build(s)),
        }
    }

    /// The builder of states, locked. (Not `Mutex::lock`: on wasm32 its
    /// check for recursive locking added a panic message to the download.)
    fn builder(&self) -> MutexGuard<'_, compile::Lazy> {
        loop {
            match self.lazy.try_lock() {
                Ok(guard) => return guard,
                Err(TryLockError::Poisoned(e)) => return e.into_inner(),
                Err(TryLockError::WouldBlock) => std::thread::yield_now(),
            }
        }
    }

    /// Builds every state (what the first scans of pages do, a part each).
    #[cfg(test)]
    fn build_all(&self) -> usize {
        let mut s = 0;
        while s < self.builder().found() {
            self.state(s as u32);
            s += 1;
        }
        s
    }

    /// How many states the automaton has (the lexicon tests bound it: a
    /// page's scans may build any of them).
    #[cfg(test)]
    pub fn state_count(&self) -> usize {
        self.build_all()
    }

    /// How many word moves the automaton has (its size in memory, mostly).
    #[cfg(test)]
    pub fn edge_count(&self) -> usize {
        (0..self.build_all() as u32).map(|s| self.state(s).edges.len()).sum()
    }

    /// The words that start a pattern.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.first_words.iter().map(|w| &**w)
    }

    /// The longest match starting at token `i`, if any.
    pub fn match_at(&self, doc: &Document, i: usize) -> Option<Match> {
        let first = self.first.get(doc.lower(i))?;
        let mut best = None;
        self.walk(doc, first, i + 1, i, &mut best);
        best
    }

    /// The state after word `word` from `state`.
    #[inline]
    fn next(&self, state: &State, word: &str) -> Option<u32> {
        if let Some(f) = &state.filter {
            if !f.may_contain(word) {
                return None;
            }
        }
        let edges = &state.edges;
        let key = match short_key(word) {
            Some(key) => key,
            // Long words' keys sort first: a state without any is not searched.
            None if edges.first().is_some_and(|e| e.0 < LONG_KEYS) => self.long_words.get(word)?.into(),
            None => return None,
        };
        if edges.len() <= FEW_EDGES {
            return edges.iter().find(|e| e.0 == key).map(|e| e.1);
        }
        edges.binary_search_by_key(&key, |e| e.0).ok().map(|k| edges[k].1)
    }

    fn walk(&self, doc: &Document, s: u32, i: usize, start: usize, best: &mut Option<Match>) {
        let state = self.state(s);
        if let Some(tag) = state.tag {
            if best.map_or(true, |b| i > b.end) {
                *best = Some(Match { start, end: i, tag });
            }
        }
        if i < doc.tokens.len() && !state.edges.is_empty() {
            if let Some(child) = self.next(state, doc.lower(i)) {
                self.walk(doc, child, i + 1, start, best);
            }
        }
        for &(forbidden, after) in state.nots.iter() {
            let comes_next = |seq: &Vec<String>| {
                seq.iter().enumerate().all(|(k, w)| i + k < doc.tokens.len() && doc.lower(i + k) == w)
            };
            if !self.forbidden[forbidden as usize].iter().any(comes_next) {
                self.walk(doc, after, i, start, best);
            }
        }
        if let Some(after_gap) = state.gap {
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
            // Alternatives of different lengths sharing a beginning, then one tail.
            (Lang::En, "(did|did not|never) (provide|give) any? evidence", "did not give evidence; did provide any evidence; never give", &["did not give evidence", "did provide any evidence"]),
            // A pattern starts with a word: an optional first word leaves
            // "... b" and "!x b", which match nothing.
            (Lang::En, "[a] ... b", "a c b; c b", &["a c b"]),
            (Lang::En, "[a] !x b", "a b; b", &["a b"]),
            (Lang::En, "[a]", "a", &["a"]),
        ];
        for (lang, pattern, text, expected) in cases {
            assert_eq!(found(*lang, pattern, text), *expected, "{pattern} in {text}");
        }
    }

    #[test]
    fn lines_sharing_an_end_keep_the_first_lines_tag() {
        let set = PatternSet::compile(Lang::En, [("(no|little) evidence", 1), ("no (evidence|proof)", 2), ("no proof", 3)]);
        let doc = Document::new("no evidence, little evidence, no proof", Some(Lang::En));
        let tags: Vec<u16> = set.find_all(&doc).iter().map(|m| m.tag).collect();
        assert_eq!(tags, [1, 1, 2]);
    }

    #[test]
    fn tails_after_alternatives_are_built_once() {
        // Expanded into a trie, these 15 x 16 x 4 x 4 sequences took ~4,000 nodes.
        let verbs = "(provide{,d}|offer{,ed}|present{,ed}|produce{,d}|give|given|cite{,d}|show{,n})";
        let line = format!("(did not|didn't|does not|doesn't|has not|hasn't|have not|never) {verbs} (any|further|supporting)? (evidence|proof|documents|documentation)");
        let set = PatternSet::compile(Lang::En, [(line.as_str(), 0)]);
        assert!(set.state_count() < 20, "{} states", set.state_count());
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

