//! "Is this word written in lower case somewhere in the text?" (then it is a common word, not a
//! name: "Residents of Gaza" when "residents" occurs too).
//!
//! The rules ask it about a few dozen words per page, yet the answer concerns the whole text.
//! A set of every lower-case word cost a pass over all the tokens (a tenth of the actors' time,
//! and on a 5 MB page a quarter of their cache misses), however few the questions. Instead:
//! - while the view is made, each lower-case word sets one bit of a filter (the hash of its
//!   length and end bytes the view computes for its other filters anyway): a clear bit answers
//!   "no" exactly, and most questions, about names, end there;
//! - a set bit may be another word's: the text is searched for the word itself, and the answer
//!   kept for the next question about it;
//! - if the searches grow long (many questions the filter lets through on a long page), the set
//!   of every lower-case word is built once after all, so the cost stays linear in the text.

use super::fasthash::{FastMap, FastSet};
use crate::text::word_filter::WordFilter;
use crate::text::{Document, TokenKind};
use std::cell::{Cell, OnceCell, RefCell};

/// Bits of the filter per token of the text (a page has many fewer distinct lower-case words
/// than tokens: a few percent of the bits end up set) and the bounds of its size, as powers of
/// two (512 bytes to 256 KB).
const BITS_PER_TOKEN: usize = 2;
const MIN_BITS_LOG2: u32 = 12;
const MAX_BITS_LOG2: u32 = 21;

/// Searches may read this many times the text's length before the set is built instead.
const SEARCH_BUDGET: usize = 4;

/// The filter of the words written in lower case, to be filled token by token with
/// `WordFilter::insert_hash` of each lower-case word (the view hashes each word once for its
/// filters): a word not written in lower case, such as "iPhone", may make a question pass the
/// filter, never makes an answer wrong (the text is searched then).
pub fn lower_case_filter(tokens: usize) -> WordFilter {
    WordFilter::with_bits_log2((tokens * BITS_PER_TOKEN).next_power_of_two().trailing_zeros().clamp(MIN_BITS_LOG2, MAX_BITS_LOG2))
}

/// The answers, from the filter, searches of the text and, past the search budget, the set.
pub struct LowerCaseWords<'d> {
    filter: WordFilter,
    /// Answers found by searching, by word: 1 found, 0 not (the map type of the words'
    /// numbers, `key::KeyCache`'s: one copy of its code in the wasm).
    searched: RefCell<FastMap<String, u32>>,
    /// Bytes of text the searches may still read.
    budget: Cell<usize>,
    /// Every word written in lower case, once the budget is spent.
    all: OnceCell<FastSet<&'d str>>,
}

impl<'d> LowerCaseWords<'d> {
    pub fn new(filter: WordFilter, doc: &Document) -> LowerCaseWords<'d> {
        LowerCaseWords { filter, searched: RefCell::default(), budget: Cell::new(SEARCH_BUDGET * doc.text().len()), all: OnceCell::new() }
    }

    /// `lower` is written so, as a whole word of `doc` (in lower case: `capitalised(t)` false).
    pub fn contains(&self, doc: &'d Document, capitalised: impl Fn(usize) -> bool, lower: &str) -> bool {
        if lower.is_empty() || !self.filter.may_contain(lower) {
            return false;
        }
        if let Some(all) = self.all.get() {
            return all.contains(lower);
        }
        if let Some(&known) = self.searched.borrow().get(lower) {
            return known != 0;
        }
        let text = doc.text();
        if self.budget.get() < text.len() {
            return self.all.get_or_init(|| every_lower_case_word(doc, &capitalised)).contains(lower);
        }
        let (found, read) = search(doc, &capitalised, lower);
        self.budget.set(self.budget.get() - read);
        self.searched.borrow_mut().entry(lower.to_string()).or_insert(u32::from(found));
        found
    }
}

/// Whether `lower` occurs as a whole lower-case word token, and the bytes read to tell.
fn search(doc: &Document, capitalised: &impl Fn(usize) -> bool, lower: &str) -> (bool, usize) {
    let text = doc.text();
    for (at, _) in text.match_indices(lower) {
        let t = doc.token_at(at);
        let token = doc.tokens[t];
        if token.start as usize == at && token.end as usize == at + lower.len() && token.kind == TokenKind::Word && !capitalised(t) {
            return (true, at + lower.len());
        }
    }
    (false, text.len())
}

/// The set the filter and the searches stand for: every word token not capitalised, as written.
#[inline(never)]
fn every_lower_case_word<'d>(doc: &'d Document, capitalised: &impl Fn(usize) -> bool) -> FastSet<&'d str> {
    let text = doc.text();
    let mut words = FastSet::default();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind == TokenKind::Word && !capitalised(i) {
            words.insert(text.get(t.start as usize..t.end as usize).unwrap_or_default());
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filter-and-search answers, against the plain set, on words that are and are not in
    /// the text, with a budget big enough for searches and with none (the set at once).
    #[test]
    fn answers_as_the_set_of_lower_case_words() {
        let text = "Residents of Gaza said. The residents left; Saturday came, then the Parisian résidents-ci.\nLe Monde: les résidents, le monde, etc.";
        let doc = Document::new(text, None);
        let capitalised = |i: usize| doc.word(i).chars().next().is_some_and(char::is_uppercase);
        let set = every_lower_case_word(&doc, &capitalised);
        for budget in [SEARCH_BUDGET, 0] {
            let mut filter = lower_case_filter(doc.tokens.len());
            for (i, t) in doc.tokens.iter().enumerate() {
                if t.kind == TokenKind::Word && !capitalised(i) {
                    filter.insert_hash(WordFilter::hash(doc.lower(i)));
                }
            }
            let words = LowerCaseWords::new(filter, &doc);
            words.budget.set(budget * text.len());
            for w in ["residents", "gaza", "saturday", "the", "monde", "résidents", "résidents-ci", "parisian", "said", "resident", "", "etc", "le", "x"] {
                // Asked twice: the second answer comes from what the first one kept.
                for _ in 0..2 {
                    assert_eq!(words.contains(&doc, &capitalised, w), set.contains(w), "{w:?}, budget {budget}");
                }
            }
        }
    }
}
