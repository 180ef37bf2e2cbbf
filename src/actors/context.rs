//! A view of the document for the actor finder: per-token shape (capitalised, acronym), position
//! (first word of a sentence or of a quotation, title-case headline) and the neighbourhood
//! questions the rules ask ("is the previous word a locative preposition?").

use super::fasthash::{WordLists, WordSet};
use super::lexicon::{Cue, GazEntry, Lexicon};
use super::lower_case::{lower_case_filter, LowerCaseWords};
use crate::text::word_filter::WordFilter;
use crate::text::{Document, TokenKind};

/// What the rules need to know about one token, computed once: 8 bytes (the sentence and one
/// byte of flags), so that the rules' many reads of neighbouring tokens stay in few cache lines.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    /// Index of the sentence.
    pub sentence: u32,
    /// `TokenInfo::CAP` and the other flags.
    flags: u8,
}

impl TokenInfo {
    const CAP: u8 = 1;
    const ACRONYM: u8 = 2;
    const ALL_CAPS: u8 = 4;
    const INITIAL: u8 = 8;
    const HEADLINE: u8 = 16;

    /// A word whose first letter is upper case.
    #[inline]
    pub fn cap(self) -> bool {
        self.flags & Self::CAP != 0
    }

    /// A word of at least two letters all in upper case (`OTAN`), or such a word with a
    /// hyphenated tail (`CGT-Cheminots`).
    #[inline]
    pub fn acronym(self) -> bool {
        self.flags & Self::ACRONYM != 0
    }

    /// Every letter upper case (`WASHINGTON`, `OTAN`).
    #[inline]
    pub fn all_caps(self) -> bool {
        self.flags & Self::ALL_CAPS != 0
    }

    /// The first word of a sentence or quotation: a capital there says nothing about a name.
    #[inline]
    pub fn initial(self) -> bool {
        self.flags & Self::INITIAL != 0
    }

    /// A word of a title-case or all-caps headline, where capitals say nothing either.
    #[inline]
    pub fn headline(self) -> bool {
        self.flags & Self::HEADLINE != 0
    }
}

/// Punctuation that starts a new run of text, whose first word is like a sentence's first:
/// quotation marks (« " “), a colon, a dateline dash (— –). (A match on the bytes: one compare
/// per punctuation token, where a list of slices cost a call to compare each.)
fn opens_a_run(punct: &[u8]) -> bool {
    matches!(punct, b"\"" | b":" | [0xC2, 0xAB] | [0xE2, 0x80, 0x9C | 0x94 | 0x93])
}

const GAZETTEER_MEMO: usize = 64;

/// A gazetteer name found at a token: where it ends and what it is.
type GazetteerMatch = Option<(usize, GazEntry)>;

pub struct View<'d> {
    pub doc: &'d Document,
    pub lex: &'static Lexicon,
    pub info: Vec<TokenInfo>,
    /// The tokens each sweep of `actors::mentions` starts from, in text order, found while the
    /// view was made (so no sweep reads every token): opening brackets, capitalised words and
    /// words that may head a phrase (`TokenInfo::phrase_head`).
    pub starts: Starts,
    /// Which words are written in lower case somewhere in the text (`written_in_lower_case`).
    lower_case: LowerCaseWords<'d>,
    /// Recent `gazetteer_at` answers, by start token (a small direct-mapped cache: the rules ask
    /// several times about the name they are looking at).
    gazetteer_memo: std::cell::RefCell<[(usize, GazetteerMatch); GAZETTEER_MEMO]>,
    /// Recent tokens' cue-list memberships and reporting-verb answers, computed on first need (a
    /// direct-mapped cache by token: the rules ask several times about the few words around the
    /// name they are looking at, and about no word of most of the text).
    facts: Box<[std::cell::Cell<LazyFacts>]>,
    /// The folded key `find_gazetteer_at` builds, kept between calls.
    key_buffer: std::cell::Cell<String>,
}

/// Token indices of `View::starts`.
#[derive(Default)]
pub struct Starts {
    /// Punctuation tokens `(`.
    pub brackets: Vec<u32>,
    /// Capitalised words (`TokenInfo::cap`).
    pub capitals: Vec<u32>,
    /// Words that may head an organisation or place phrase (`TokenInfo::phrase_head`).
    pub phrase_heads: Vec<u32>,
}

/// Entries of the `View::facts` cache (a power of two; 4 KB).
const LAZY_FACTS: usize = 256;

/// What the rules ask about a token that takes a table look-up, kept once computed.
#[derive(Debug, Clone, Copy)]
struct LazyFacts {
    /// The token (`u32::MAX`: none; token indices fit in `u32` as the offsets do).
    token: u32,
    /// Answer of `markers::reporting_verb_at`: 0 not asked yet, 1 no, 2 yes.
    reporting: u8,
    /// The token's cue-list memberships (`WordLists::memberships`); `WordLists::FREE_BIT` marks
    /// them known.
    lists: u128,
}

impl LazyFacts {
    const UNKNOWN: LazyFacts = LazyFacts { token: u32::MAX, reporting: 0, lists: 0 };
}

/// The shape flags of capitalised word `word` (`TokenInfo::CAP`, `ACRONYM`, `ALL_CAPS`): none for
/// a word whose first letter is no capital.
fn shape(word: &str) -> u8 {
    let bytes = word.as_bytes();
    // Most words are lower case: one byte tells.
    let cap = match bytes.first() {
        Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit() => false,
        Some(b) if b.is_ascii_uppercase() => true,
        _ => word.chars().next().is_some_and(char::is_uppercase),
    };
    if !cap {
        return 0;
    }
    let flags = |acronym: bool, all_caps: bool| TokenInfo::CAP | if acronym { TokenInfo::ACRONYM } else { 0 } | if all_caps { TokenInfo::ALL_CAPS } else { 0 };
    if word.is_ascii() {
        // The same tests on bytes (an ASCII letter is alphabetic, and upper case or not, as its
        // char is): most capitalised words are ASCII, and most fail at their second letter.
        let upper = |b: &u8| !b.is_ascii_alphabetic() || b.is_ascii_uppercase();
        let head = bytes.split(|b| *b == b'-').next().unwrap_or(bytes);
        let all_caps = bytes.iter().all(upper);
        let head_caps = all_caps || head.iter().all(upper);
        return flags(head_caps && head.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2, all_caps);
    }
    let head = word.split('-').next().unwrap_or(word);
    let upper = |c: char| !c.is_alphabetic() || c.is_uppercase();
    let all_caps = word.chars().all(upper);
    let head_caps = all_caps || head.chars().all(upper);
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    flags(letters >= 2 && head_caps, all_caps)
}

/// `word` (UTF-8 bytes) has at least four characters (`chars().count() >= 4`, without counting
/// them all).
#[inline]
fn four_chars_or_more(word: &[u8]) -> bool {
    // (A character is one byte that is no continuation byte.)
    word.len() >= 4 && (word.len() >= 16 || word.is_ascii() || word.iter().filter(|b| (**b as i8) >= -0x40).count() >= 4)
}

impl<'d> View<'d> {
    #[inline(never)]
    pub fn new(doc: &'d Document) -> View<'d> {
        let lex = Lexicon::get();
        // One pass, sentence by sentence (sentences partition the tokens, in order): each token's
        // facts are written once, while its sentence is in cache, and a sentence's headline test
        // reads the capitals just written.
        let mut info: Vec<TokenInfo> = Vec::with_capacity(doc.tokens.len());
        let mut lower_case = lower_case_filter(doc.tokens.len());
        let (text, folded) = (doc.norm.text.as_bytes(), doc.folded.as_bytes());
        let mut starts = Starts::default();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let range = sentence.tokens.clone();
            let sentence_index = s as u32;
            let mut at_start = true;
            // For the headline test: capitalised words of four letters or more.
            let mut long_capitalised = 0;
            // (`extend` over the sentence's tokens: no capacity check per token.)
            info.extend(doc.tokens.get(range.clone()).unwrap_or_default().iter().zip(range.clone()).map(|(t, k)| {
                let (start, end) = (t.start as usize, t.end as usize);
                let mut flags = 0;
                match t.kind {
                    TokenKind::Punct => {
                        let punct = text.get(start..end).unwrap_or_default();
                        // A quotation or a dateline dash starts a new run of text.
                        at_start |= opens_a_run(punct);
                        if punct.first() == Some(&b'(') {
                            starts.brackets.push(k as u32);
                        }
                    }
                    TokenKind::Number => {
                        flags = if at_start { TokenInfo::INITIAL } else { 0 };
                        at_start = false;
                    }
                    TokenKind::Word => {
                        flags = if at_start { TokenInfo::INITIAL } else { 0 };
                        at_start = false;
                        // (The word as bytes: most words need no `str`, whose slicing checks
                        // character boundaries.)
                        let lower = folded.get(start..end).unwrap_or_default();
                        // One hash of the word for both filters.
                        let hash = WordFilter::hash_bytes(lower);
                        // Most words are lower case: their first byte tells, without the word.
                        let first = text.get(start).copied().unwrap_or(0);
                        if first.is_ascii_lowercase() || first.is_ascii_digit() {
                            lower_case.insert_hash(hash);
                        } else {
                            flags |= shape(doc.norm.text.get(start..end).unwrap_or_default());
                            if flags & TokenInfo::CAP != 0 {
                                starts.capitals.push(k as u32);
                                long_capitalised += usize::from(four_chars_or_more(lower));
                            } else {
                                lower_case.insert_hash(hash);
                            }
                        }
                        if lex.phrase_head_filter.may_contain_hash(hash) && lex.phrase_heads.contains(doc.folded.get(start..end).unwrap_or_default()) {
                            starts.phrase_heads.push(k as u32);
                        }
                    }
                }
                TokenInfo { sentence: sentence_index, flags }
            }));
            if long_capitalised >= 3 && is_headline(doc, &info, range.clone(), lex, long_capitalised) {
                for i in range {
                    if doc.tokens[i].kind != TokenKind::Punct {
                        info[i].flags |= TokenInfo::HEADLINE;
                    }
                }
            }
        }
        // (Only if the sentences did not cover the tokens: every token has its facts.)
        for t in doc.tokens.get(info.len()..).unwrap_or_default() {
            if t.kind == TokenKind::Word {
                lower_case.insert_hash(WordFilter::hash(t.text(&doc.folded)));
            }
        }
        info.resize(doc.tokens.len(), TokenInfo::default());
        View {
            doc,
            lex,
            info,
            starts,
            lower_case: LowerCaseWords::new(lower_case, doc),
            gazetteer_memo: std::cell::RefCell::new([(usize::MAX, None); GAZETTEER_MEMO]),
            facts: vec![std::cell::Cell::new(LazyFacts::UNKNOWN); LAZY_FACTS].into_boxed_slice(),
            key_buffer: std::cell::Cell::new(String::new()),
        }
    }

    /// The lazily computed facts of token `i` (cue-list memberships, reporting verb), from the
    /// small cache: an entry for another token is replaced.
    #[inline]
    fn lazy_facts(&self, i: usize) -> (&std::cell::Cell<LazyFacts>, LazyFacts) {
        let cell = &self.facts[i % LAZY_FACTS];
        let known = cell.get();
        if known.token as usize == i {
            (cell, known)
        } else {
            (cell, LazyFacts { token: i as u32, ..LazyFacts::UNKNOWN })
        }
    }

    /// `lower` appears in the text written in lower case (so it is a common word).
    pub fn written_in_lower_case(&self, lower: &str) -> bool {
        self.lower_case.contains(self.doc, |t| self.info.get(t).is_some_and(|f| f.cap()), lower)
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
        self.info.get(i).is_some_and(|t| t.cap())
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
    // (Inlined natively; kept a call in the WebAssembly build, whose download has a size budget:
    // inlined at its hundred-odd call sites, it cost 3 KB gzip.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn listed(&self, i: usize, words: &WordSet) -> bool {
        self.memberships(i) & words.bit() != 0
    }

    /// Token `i`'s cue-list memberships: asked several times in a row about the few words around
    /// a name, so the answer in the cache is read inline and only a look-up is a call.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn memberships(&self, i: usize) -> u128 {
        let known = self.facts[i % LAZY_FACTS].get();
        // (Only tokens of the text are cached: a token past the end never matches.)
        if known.token as usize == i && known.lists & WordLists::FREE_BIT != 0 {
            return known.lists;
        }
        self.look_up_memberships(i)
    }

    #[inline(never)]
    fn look_up_memberships(&self, i: usize) -> u128 {
        if i >= self.len() {
            return 0;
        }
        let (cell, mut facts) = self.lazy_facts(i);
        facts.lists = self.lex.word_lists.memberships(self.lower(i)) | WordLists::FREE_BIT;
        cell.set(facts);
        facts.lists
    }

    /// Token `i`, in lower case, is on the cue list `cue` (as `listed`, for the lists known by
    /// their bit alone).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is(&self, i: usize, cue: Cue) -> bool {
        self.memberships(i) >> cue as u32 & 1 != 0
    }

    /// `is` for a token that may be none.
    pub fn is_at(&self, i: Option<usize>, cue: Cue) -> bool {
        i.is_some_and(|i| self.is(i, cue))
    }

    pub fn lower_is(&self, i: Option<usize>, words: &WordSet) -> bool {
        i.is_some_and(|i| self.listed(i, words))
    }

    // (Kept a call in the WebAssembly build, as `listed`: its lists of strings compared inline at
    // each of its call sites cost the download about a kilobyte gzip.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
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

    /// Token `i`, folded (lower case without accents), is a demonym (`Lexicon::is_demonym`); an
    /// ASCII word's lower case is already folded, and no string is allocated for the others.
    pub fn demonym(&self, i: usize) -> bool {
        let lower = self.lower(i);
        if lower.is_ascii() && !lower.bytes().any(|b| b.is_ascii_uppercase()) {
            // (Then the word itself is the key: its memberships, often known already, tell.)
            return self.is(i, Cue::Demonyms);
        }
        let mut key = self.key_buffer.take();
        key.clear();
        super::key::fold_into(&mut key, lower);
        let yes = self.lex.is_demonym(&key);
        self.key_buffer.set(key);
        yes
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

    #[inline(never)]
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
            if i > s {
                // A token no gazetteer key holds past its first ends the search: the longer key
                // is neither a name nor a prefix (an ASCII word's lower case is its folded key).
                let next = self.lower(i);
                if next.is_ascii() && !self.lex.gazetteer_later_words.may_contain(next) {
                    break;
                }
            }
            if !key.is_empty() {
                key.push(' ');
            }
            super::key::fold_into(&mut key, self.word(i));
            // Most capitalised words open no gazetteer name: one load tells, for the first word
            // (an ASCII one passed above).
            if i == s && !first.is_ascii() && !self.lex.gazetteer_first_words.may_contain(&key) {
                break;
            }
            // One probe: the name's entry, and whether a longer name goes on.
            let Some(found) = self.lex.gazetteer.get(&key) else { break };
            if let Some(entry) = found.entry.filter(|e| e.in_language(self.doc.lang)) {
                let caps_ok = !entry.all_caps || (s..=i).all(|k| !self.is_word(k) || self.info[k].all_caps());
                if caps_ok {
                    best = Some((i + 1, entry));
                }
            }
            if !found.prefix {
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
        if i >= self.len() {
            return false;
        }
        let (cell, mut facts) = self.lazy_facts(i);
        match facts.reporting {
            0 => {
                let yes = crate::markers::reporting_verb_at(self.doc, i).is_some();
                facts.reporting = if yes { 2 } else { 1 };
                cell.set(facts);
                yes
            }
            known => known == 2,
        }
    }
}

/// A headline in Title Case ("Port Authority Denies Report Of Contamination") or in capitals:
/// no final full stop, and most of its longer words start with a capital. Its capitals carry
/// no evidence of names. `long_capitalised`: the sentence's capitalised words of four letters or
/// more (a headline needs three).
fn is_headline(doc: &Document, info: &[TokenInfo], range: std::ops::Range<usize>, lex: &Lexicon, long_capitalised: usize) -> bool {
    if long_capitalised < 3 || range.clone().last().is_some_and(|i| doc.word(i) == ".") {
        return false;
    }
    // Words of four letters or more that are no function words: three quarters capitalised.
    let mut words = 0;
    let mut capitalised = 0;
    let mut lower_case = 0;
    for i in range {
        if doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let lower = doc.lower(i);
        if !four_chars_or_more(lower.as_bytes()) || lex.function_words.contains(lower) {
            continue;
        }
        words += 1;
        if info[i].cap() {
            capitalised += 1;
        } else {
            lower_case += 1;
            // At most `long_capitalised` of the words are capitalised: too many in lower case
            // already settle it.
            if 3 * lower_case > long_capitalised {
                return false;
            }
        }
    }
    words >= 3 && capitalised * 4 >= words * 3
}


#[cfg(test)]
mod tests {
    use super::opens_a_run;

    #[test]
    fn quotes_colons_and_dashes_open_a_run() {
        for (punct, opens) in [("«", true), ("\"", true), ("“", true), (":", true), ("—", true), ("–", true), ("»", false), ("”", false), ("-", false), (".", false), (",", false), ("…", false), ("", false)] {
            assert_eq!(opens_a_run(punct.as_bytes()), opens, "{punct}");
        }
    }
}
