//! One hash lookup per token, shared by all detectors.
//!
//! Each language has one index of every word that can start a marker: the
//! first words of the hedge, no-evidence and vague-source patterns and every
//! claim-verb form. [`Candidates::of`] looks each token up once and records
//! which detectors care about it; detectors then visit only their own
//! tokens, so the cost of a scan is one lookup per word plus the (rare)
//! candidates.

use std::sync::LazyLock;

use crate::text::fast_hash::FastMap;
use super::grammar::grammar;
use super::reporting::{lexicon as verbs, VerbKind};
use super::word_map::WordMap;
use super::{phrases, vague_source};
use crate::model::{Category, Lang};
use crate::text::{Document, TokenKind};

pub const HEDGE: u8 = 1;
pub const NO_EVIDENCE: u8 = 2;
pub const VAGUE_SOURCE: u8 = 4;
pub const CLAIM_VERB: u8 = 8;
pub const CONDITIONAL: u8 = 16;
/// A quantifier that may open an unnamed source (« des », "some", "a").
pub const VAGUE_DETERMINER: u8 = 32;
/// Any English reporting verb form: a bare plural before it may be a source
/// ("Engineers say"); French « on », which a setting before it may make a
/// source (« À Matignon, on assure »).
pub const REPORTING_VERB: u8 = 64;
/// Something that can make a nearby phrase a source: any reporting verb,
/// *selon*, *according*, *cited*, *par*/*by*, *que*/*that*, a bracket.
pub const SOURCE_CUE: u8 = 128;

/// Endings of French conditional forms (checked by suffix, not looked up;
/// `has_conditional_ending` spells them out, the tests hold it to this list).
#[cfg(test)]
const CONDITIONAL_ENDINGS: &[&str] = &["rais", "rait", "rions", "riez", "raient"];

/// Every word that concerns a detector, with its detector bits.
struct Index {
    words: WordMap<u8>,
}

impl Index {
    #[inline]
    fn get(&self, word: &str) -> u8 {
        self.words.get(word).unwrap_or(0)
    }
}

/// Whether `word` ends like a French conditional (`rais`, `rait`, `rions`,
/// `riez`, `raient`), told by its last byte first: most words end in
/// none of `s`, `t`, `z`, and no ending is compared for them.
fn has_conditional_ending(word: &str) -> bool {
    let bytes = word.as_bytes();
    match bytes.last() {
        Some(b's') => bytes.ends_with(b"rais") || bytes.ends_with(b"rions"),
        Some(b't') => bytes.ends_with(b"rait") || bytes.ends_with(b"raient"),
        Some(b'z') => bytes.ends_with(b"riez"),
        _ => false,
    }
}

fn build(lang: Lang) -> Index {
    let words = build_words(lang);
    Index { words: WordMap::of(words.iter().map(|(word, &bits)| (*word, bits as u8))) }
}

/// (Every word is borrowed from a lexicon built for good: no copy. The bits
/// are held in a `u32`: the map type the actors use already, one copy of its
/// code in the download.)
fn build_words(lang: Lang) -> FastMap<&'static str, u32> {
    let lex = verbs(lang);
    let mut index: FastMap<&'static str, u32> = FastMap::default();
    // Sized once for the verb forms (most of the words) and the rest: the
    // table grew by doubling ten times on a fresh engine's first scan.
    index.reserve(lex.form_count() + 1024);
    let mut add = |word: &'static str, bit: u8| *index.entry(word).or_default() |= u32::from(bit);
    for word in phrases::first_words(lang, Category::Hedge) {
        add(word, HEDGE);
    }
    for word in phrases::first_words(lang, Category::NoEvidence) {
        add(word, NO_EVIDENCE);
    }
    for word in vague_source::first_words(lang) {
        add(word, VAGUE_SOURCE);
    }
    for word in vague_source::determiners(lang) {
        add(word, VAGUE_DETERMINER);
    }
    for word in vague_source::cue_words(lang) {
        add(word, SOURCE_CUE);
    }
    for word in &grammar(lang).content_openers {
        add(word, SOURCE_CUE);
    }
    for (form, info) in lex.forms() {
        add(form, SOURCE_CUE);
        if info.kind == VerbKind::Claim {
            add(form, CLAIM_VERB);
        }
        if lang == Lang::En {
            add(form, REPORTING_VERB);
        }
    }
    for aux in ["has", "have", "had"] {
        if lang == Lang::En {
            add(aux, REPORTING_VERB);
        }
    }
    // French: « on » after a setting (« À Matignon, on assure »).
    if lang == Lang::Fr {
        add("on", REPORTING_VERB);
    }
    index
}

static FR: LazyLock<Index> = LazyLock::new(|| build(Lang::Fr));
static EN: LazyLock<Index> = LazyLock::new(|| build(Lang::En));

/// Which detectors care about which token of a document.
pub struct Candidates {
    flags: Vec<u8>,
}

impl Candidates {
    pub fn of(doc: &Document) -> Candidates {
        let index = match doc.lang {
            Lang::Fr => &*FR,
            Lang::En => &*EN,
        };
        let french = doc.lang == Lang::Fr;
        let flags = (0..doc.tokens.len())
            .map(|i| {
                if doc.tokens[i].kind == TokenKind::Punct {
                    // « (responsables) », « : » and quotes may open a source or its content.
                    let punct = doc.lower(i);
                    return if punct == "(" || index.get(punct) != 0 { SOURCE_CUE } else { 0 };
                }
                let word = doc.lower(i);
                let mut flags = index.get(word);
                // « affirme-t-il », « aurait-il »: the verb before the hyphen.
                if let Some(head) = word.bytes().position(|b| b == b'-').map(|p| &word[..p]) {
                    flags |= index.get(head) & (CLAIM_VERB | SOURCE_CUE);
                    if french && has_conditional_ending(head) {
                        flags |= CONDITIONAL;
                    }
                }
                if french && has_conditional_ending(word) {
                    flags |= CONDITIONAL;
                }
                flags
            })
            .collect();
        Candidates { flags }
    }

    /// Whether token `i` is flagged for `detector`.
    pub fn has(&self, i: usize, detector: u8) -> bool {
        self.flags.get(i).is_some_and(|f| f & detector != 0)
    }

    /// Whether any token of `range` is flagged for `detector`.
    pub fn any(&self, range: std::ops::Range<usize>, detector: u8) -> bool {
        self.flags.get(range).is_some_and(|f| next_flagged(f, 0, detector).is_some())
    }

    /// The tokens flagged for any of `detectors`, in order.
    pub fn tokens(&self, detector: u8) -> impl Iterator<Item = usize> + '_ {
        let mut from = 0;
        std::iter::from_fn(move || {
            let i = next_flagged(&self.flags, from, detector)?;
            from = i + 1;
            Some(i)
        })
    }
}

/// The first index from `from` whose flags have a bit of `detector`: eight
/// flags at a time (most tokens concern no given detector).
#[inline]
fn next_flagged(flags: &[u8], mut from: usize, detector: u8) -> Option<usize> {
    let mask = u64::from_ne_bytes([detector; 8]);
    while let Some(chunk) = flags.get(from..from + 8) {
        let hits = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) & mask;
        if hits != 0 {
            return Some(from + hits.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    flags.get(from..)?.iter().position(|f| f & detector != 0).map(|k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flagged_tokens_are_found_eight_at_a_time_as_one_by_one() {
        // Lengths around the 8-byte steps, flags at every position.
        for len in [0, 1, 7, 8, 9, 15, 16, 17, 40] {
            for seed in 0..20u32 {
                let flags: Vec<u8> = (0..len).map(|k| if (k as u32 * 7 + seed) % 5 == 0 { 1 << ((k as u32 + seed) % 8) } else { 0 }).collect();
                let c = Candidates { flags: flags.clone() };
                for detector in [1u8, 2, 4, 8, 0x24, 0xFF] {
                    let slow: Vec<usize> = (0..len).filter(|&k| flags[k] & detector != 0).collect();
                    assert_eq!(c.tokens(detector).collect::<Vec<_>>(), slow, "len {len} seed {seed} detector {detector}");
                    for a in 0..=len {
                        for b in a..=len {
                            assert_eq!(c.any(a..b, detector), slow.iter().any(|&k| k >= a && k < b));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn conditional_endings_are_told_by_their_last_byte() {
        // The same answer as comparing every ending, for words around each.
        let mut words: Vec<String> = vec![String::new()];
        for e in CONDITIONAL_ENDINGS {
            for cut in 0..=e.len() {
                for prefix in ["", "a", "se", "pour", "é"] {
                    words.push(format!("{prefix}{}", &e[cut..]));
                    words.push(format!("{prefix}{}", &e[..cut]));
                    words.push(format!("{prefix}{}x", &e[cut..]));
                }
            }
        }
        for w in &words {
            assert_eq!(has_conditional_ending(w), CONDITIONAL_ENDINGS.iter().any(|e| w.ends_with(e)), "{w}");
        }
        for (word, expected) in [("serait", true), ("dirais", true), ("pourrions", true), ("auriez", true), ("seraient", true), ("rait", true), ("portrait", true), ("traité", false), ("raison", false), ("est", false), ("", false)] {
            assert_eq!(has_conditional_ending(word), expected, "{word}");
        }
    }
}
