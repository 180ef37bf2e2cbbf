//! A view of the document for the actor finder: per-token shape (capitalised, acronym), position
//! (first word of a sentence or of a quotation, title-case headline) and the neighbourhood
//! questions the rules ask ("is the previous word a locative preposition?").

use super::fasthash::{WordLists, WordSet};
use crate::text::word_filter::WordFilter;
use super::lexicon::{GazEntry, Lexicon};
use crate::text::{Document, TokenKind};

/// What the rules need to know about one token, computed once.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    /// A word whose first letter is upper case.
    pub cap: bool,
    /// A word of at least two letters all in upper case (`OTAN`), or such a word with a
    /// hyphenated tail (`CGT-Cheminots`).
    pub acronym: bool,
    /// Every letter upper case (`WASHINGTON`, `OTAN`).
    pub all_caps: bool,
    /// The first word of a sentence or quotation: a capital there says nothing about a name.
    pub initial: bool,
    /// A word of a title-case or all-caps headline, where capitals say nothing either.
    pub headline: bool,
    /// Index of the sentence.
    pub sentence: u32,
}

const GAZETTEER_MEMO: usize = 64;

/// A gazetteer name found at a token: where it ends and what it is.
type GazetteerMatch = Option<(usize, GazEntry)>;

pub struct View<'d> {
    pub doc: &'d Document,
    pub lex: &'static Lexicon,
    pub info: Vec<TokenInfo>,
    /// The shapes of the capitalised words in lower case: `written_in_lower_case` is asked about
    /// those, nearly always, so only the lower-case words of those shapes need a set.
    capitalised_shapes: std::cell::OnceCell<WordFilter>,
    /// The words written in lower case somewhere in the text whose shape is in
    /// `capitalised_shapes`, built on first need.
    lower_case_words: std::cell::OnceCell<super::fasthash::FastSet<&'d str>>,
    /// Every word written in lower case, built only if another word is asked about.
    all_lower_case_words: std::cell::OnceCell<super::fasthash::FastSet<&'d str>>,
    /// Recent `gazetteer_at` answers, by start token (a small direct-mapped cache: the rules ask
    /// several times about the name they are looking at).
    gazetteer_memo: std::cell::RefCell<[(usize, GazetteerMatch); GAZETTEER_MEMO]>,
    /// Each token's cue-list memberships (`WordLists::memberships`), looked up on first need;
    /// `WordLists::FREE_BIT` marks those known.
    memberships: Vec<std::cell::Cell<u64>>,
    /// The folded key `find_gazetteer_at` builds, kept between calls.
    key_buffer: std::cell::Cell<String>,
    /// Each token's answer to `markers::reporting_verb_at` (0 not asked yet, 1 no, 2 yes): the rules
    /// ask about the words around a name several times.
    reporting: Vec<std::cell::Cell<u8>>,
}

impl<'d> View<'d> {
    pub fn new(doc: &'d Document) -> View<'d> {
        let lex = Lexicon::get();
        let mut info = vec![TokenInfo::default(); doc.tokens.len()];
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let word = doc.word(i);
            let bytes = word.as_bytes();
            // Most words are lower case: one byte tells.
            let cap = match bytes.first() {
                Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit() => false,
                Some(b) if b.is_ascii_uppercase() => true,
                _ => word.chars().next().is_some_and(char::is_uppercase),
            };
            if !cap {
                continue;
            }
            let head = word.split('-').next().unwrap_or(word);
            let upper = |c: char| !c.is_alphabetic() || c.is_uppercase();
            let all_caps = word.chars().all(upper);
            let head_caps = all_caps || head.chars().all(upper);
            let letters = head.chars().filter(|c| c.is_alphabetic()).count();
            info[i] = TokenInfo { cap, acronym: letters >= 2 && head_caps, all_caps, ..info[i] };
        }
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let range = sentence.tokens.clone();
            let headline = is_headline(doc, &info, range.clone(), lex);
            let mut at_start = true;
            for i in range {
                info[i].sentence = s as u32;
                let t = doc.tokens[i];
                if t.kind == TokenKind::Punct {
                    // A quotation or a dateline dash starts a new run of text.
                    if matches!(doc.word(i), "«" | "\"" | "“" | ":" | "—" | "–") {
                        at_start = true;
                    }
                    continue;
                }
                info[i].initial = at_start;
                info[i].headline = headline;
                at_start = false;
            }
        }
        View { doc, lex, info, capitalised_shapes: std::cell::OnceCell::new(), lower_case_words: std::cell::OnceCell::new(), all_lower_case_words: std::cell::OnceCell::new(), gazetteer_memo: std::cell::RefCell::new([(usize::MAX, None); GAZETTEER_MEMO]), memberships: vec![std::cell::Cell::new(0); doc.tokens.len()], key_buffer: std::cell::Cell::new(String::new()), reporting: vec![std::cell::Cell::new(0); doc.tokens.len()] }
    }

    /// `lower` appears in the text written in lower case (so it is a common word).
    pub fn written_in_lower_case(&self, lower: &str) -> bool {
        let lower_case = || (0..self.len()).filter(|&i| self.is_word(i) && !self.info[i].cap).map(|i| self.doc.word(i));
        let shapes = self.capitalised_shapes.get_or_init(|| WordFilter::of((0..self.len()).filter(|&i| self.info[i].cap).map(|i| self.lower(i))));
        // A word equal to `lower` has its shape: the set of that shape's words answers exactly.
        if shapes.may_contain(lower) {
            self.lower_case_words.get_or_init(|| lower_case().filter(|w| shapes.may_contain(w)).collect()).contains(lower)
        } else {
            self.all_lower_case_words.get_or_init(|| lower_case().collect()).contains(lower)
        }
    }

    pub fn len(&self) -> usize {
        self.info.len()
    }

    pub fn word(&self, i: usize) -> &'d str {
        self.doc.word(i)
    }

    pub fn lower(&self, i: usize) -> &'d str {
        self.doc.lower(i)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn cap(&self, i: usize) -> bool {
        self.info.get(i).is_some_and(|t| t.cap)
    }

    /// A word written in lower case.
    pub fn lowercase_word(&self, i: usize) -> bool {
        self.is_word(i) && !self.cap(i)
    }

    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        a < self.len() && b < self.len() && self.info[a].sentence == self.info[b].sentence
    }

    /// The token before `i` in the same sentence.
    pub fn prev(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        self.same_sentence(p, i).then_some(p)
    }

    /// The token at `i` if it is in the sentence of `anchor`.
    pub fn at(&self, i: usize, anchor: usize) -> Option<usize> {
        self.same_sentence(i, anchor).then_some(i)
    }

    /// Token `i`, in lower case, is on the cue list `words` (`words.contains(self.lower(i))`,
    /// from the token's memberships, looked up once for every list).
    #[inline]
    pub fn listed(&self, i: usize, words: &WordSet) -> bool {
        let Some(cell) = self.memberships.get(i) else { return false };
        let mut bits = cell.get();
        if bits & WordLists::FREE_BIT == 0 {
            bits = self.lex.word_lists.memberships(self.lower(i)) | WordLists::FREE_BIT;
            cell.set(bits);
        }
        bits & words.bit() != 0
    }

    pub fn lower_is(&self, i: Option<usize>, words: &WordSet) -> bool {
        i.is_some_and(|i| self.listed(i, words))
    }

    pub fn punct_is(&self, i: Option<usize>, chars: &[&str]) -> bool {
        i.is_some_and(|i| self.doc.tokens[i].kind == TokenKind::Punct && chars.contains(&self.word(i)))
    }

    /// The word before the name at `s`, skipping an elided article or preposition
    /// (« l'OTAN », « d'Euromaidan ») and returning the token before it when asked.
    pub fn before_name(&self, s: usize) -> Option<usize> {
        let p = self.prev(s)?;
        if self.word(p) == "'" {
            let q = self.prev(p)?;
            if matches!(self.lower(q), "l" | "d") {
                return self.prev(q);
            }
        }
        Some(p)
    }

    /// The token `s - 1` is an elided « d' » or « l' » (tokens `d` `'`).
    pub fn elided(&self, s: usize) -> Option<&'d str> {
        let p = self.prev(s)?;
        if self.word(p) != "'" {
            return None;
        }
        let q = self.prev(p)?;
        matches!(self.lower(q), "l" | "d").then(|| self.lower(q))
    }

    /// The longest gazetteer name starting at `s` within the sentence: its end and entry.
    pub fn gazetteer_at(&self, s: usize) -> Option<(usize, GazEntry)> {
        let slot = s % GAZETTEER_MEMO;
        let (at, known) = self.gazetteer_memo.borrow()[slot];
        if at == s {
            return known;
        }
        let found = self.find_gazetteer_at(s);
        self.gazetteer_memo.borrow_mut()[slot] = (s, found);
        found
    }

    fn find_gazetteer_at(&self, s: usize) -> Option<(usize, GazEntry)> {
        if !self.is_word(s) {
            return None;
        }
        // Most capitalised words open no gazetteer name: for an ASCII word the document's lower
        // case is already the folded key, and one load of the filter tells.
        let first = self.lower(s);
        if first.is_ascii() && !self.lex.gazetteer_first_words.may_contain(first) {
            return None;
        }
        // One key buffer per view: a look-up allocates nothing once the buffer has grown.
        let mut key = self.key_buffer.take();
        key.clear();
        let mut best = None;
        let mut i = s;
        while i < self.len() && self.same_sentence(i, s) {
            if !key.is_empty() {
                key.push(' ');
            }
            super::key::fold_into(&mut key, self.word(i));
            // Most capitalised words open no gazetteer name: one load tells, for the first word.
            if i == s && !self.lex.gazetteer_first_words.may_contain(&key) {
                break;
            }
            if let Some(entry) = self.lex.place(&key).filter(|e| e.in_language(self.doc.lang)) {
                let caps_ok = !entry.all_caps || (s..=i).all(|k| !self.is_word(k) || self.info[k].all_caps);
                if caps_ok {
                    best = Some((i + 1, entry));
                }
            }
            if !self.lex.gazetteer_prefixes.contains(&key) {
                break;
            }
            i += 1;
        }
        self.key_buffer.set(key);
        best
    }

    /// The gazetteer entry for exactly `s..e`.
    pub fn gazetteer_exact(&self, s: usize, e: usize) -> Option<GazEntry> {
        self.gazetteer_at(s).filter(|(end, _)| *end == e).map(|(_, g)| g)
    }

    /// `i` is a reporting verb of `anchor`'s sentence, or its auxiliary (« a déclaré », "has
    /// said"), as the markers module recognises them.
    pub fn reporting_verb_at(&self, i: usize, anchor: usize) -> bool {
        self.at(i, anchor).is_some_and(|i| self.lowercase_word(i) && self.is_reporting_verb(i))
    }

    fn is_reporting_verb(&self, i: usize) -> bool {
        let Some(cell) = self.reporting.get(i) else { return false };
        match cell.get() {
            0 => {
                let yes = crate::markers::reporting_verb_at(self.doc, i).is_some();
                cell.set(if yes { 2 } else { 1 });
                yes
            }
            known => known == 2,
        }
    }
}

/// A headline in Title Case ("Port Authority Denies Report Of Contamination") or in capitals:
/// no final full stop, and most of its longer words start with a capital. Its capitals carry
/// no evidence of names.
fn is_headline(doc: &Document, info: &[TokenInfo], range: std::ops::Range<usize>, lex: &Lexicon) -> bool {
    if range.clone().last().is_some_and(|i| doc.word(i) == ".") {
        return false;
    }
    // A headline needs at least three capitalised words of four letters or more (3 of 3, or
    // more of 4): most sentences are turned away here, before any word-list look-up.
    let long = |i: usize| doc.tokens[i].kind == TokenKind::Word && doc.lower(i).chars().count() >= 4;
    if range.clone().filter(|&i| info[i].cap && long(i)).count() < 3 {
        return false;
    }
    let mut words = 0;
    let mut capitalised = 0;
    for i in range {
        if doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let lower = doc.lower(i);
        if lower.chars().count() < 4 || lex.function_words.contains(lower) {
            continue;
        }
        words += 1;
        if info[i].cap {
            capitalised += 1;
        }
    }
    words >= 3 && capitalised * 4 >= words * 3
}

