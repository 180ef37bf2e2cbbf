//! The fast text layer gives exactly what the original one (`reference`)
//! gives: normalised text and offset map, case-folded text, tokens and
//! sentences, on the gold corpora, the benchmark paragraphs and random
//! strings drawn from the characters each step treats specially.

use super::reference;
use super::{fold_case, tokens, Document, Normalized};

/// Characters that some step handles apart: ASCII classes, line breaks and
/// controls, Latin-1 letters with and without case, the replaced
/// characters, combining marks, wide letters and symbols.
const ALPHABET: &[&str] = &[
    "a", "e", "Z", "Q", "l", "s", "0", "7", " ", " ", " ", "\n", "\n\n", "\r", "\r\n", "\t", "\u{b}", "\u{c}", "\u{7f}", "\u{1}",
    ".", ",", "-", "'", "\"", "!", "?", "(", ")", ":", ";", "%", "«", "»", "“", "”", "…", "—", "–", "·",
    "é", "É", "à", "À", "ç", "Ç", "ß", "ÿ", "×", "÷", "µ", "½", "Æ", "æ", "Œ", "œ", "ﬁ", "ﬀ", "ﬃ", "ﬅ",
    "\u{2019}", "\u{2018}", "\u{2bc}", "\u{a0}", "\u{202f}", "\u{2009}", "\u{3000}", "\u{ad}", "\u{200b}", "\u{feff}", "\u{2010}", "\u{2011}",
    "\u{2028}", "\u{2029}", "\u{85}", "\u{301}", "\u{300}\u{327}", "\u{20d7}", "\u{1ab0}",
    "İ", "Σ", "ς", "Ω", "Д", "ж", "Ἀ", "Ⓐ", "ǅ", "Ꙁ", "中", "😀", "١", "²", "Ⅻ", "mr", "M.", "Mt.", "U.S.", "10.000", "2,4", "J.",
    "Le", "THE", "Paris", "selon", "a-t-il",
];

/// A deterministic stream of random strings over `ALPHABET`.
fn random_texts(count: usize) -> Vec<String> {
    let mut state = 0x9E37_79B9u32;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % 120) as usize;
            (0..len).map(|_| ALPHABET[next() as usize % ALPHABET.len()]).collect()
        })
        .collect()
}

fn all_texts() -> Vec<String> {
    let mut texts = crate::test_corpus::texts();
    texts.extend(random_texts(4000));
    texts.extend(["", " ", "\n", "é", "\u{301}", "a\u{301}", "Ⓐ", "x.", "«", "a-", "-a", "1,", "1,5", "\u{ad}\u{ad}"].map(String::from));
    texts
}

#[test]
fn normalisation_and_case_folding_are_unchanged() {
    for text in all_texts() {
        let fast = Normalized::new(&text);
        let old = reference::normalize::Normalized::new(&text);
        assert_eq!(fast.text, old.text, "normalised text of {text:?}");
        assert_eq!(fast.parts(), old.parts(), "offset map of {text:?}");
        assert_eq!(fold_case(&fast.text), reference::normalize::fold_case(&old.text), "folded {text:?}");
    }
}

#[test]
fn tokens_and_sentences_are_unchanged() {
    for text in all_texts() {
        let norm = Normalized::new(&text).text;
        let fast = tokens::tokenize(&norm);
        let old = reference::tokens::tokenize(&norm);
        let fast_tokens: Vec<_> = fast.iter().map(|t| (t.start, t.end, format!("{:?}", t.kind))).collect();
        let old_tokens: Vec<_> = old.iter().map(|t| (t.start, t.end, format!("{:?}", t.kind))).collect();
        assert_eq!(fast_tokens, old_tokens, "tokens of {norm:?}");
        let old_sentences: Vec<_> =
            reference::tokens::sentences(&norm, &old).into_iter().map(|s| (s.start, s.end, s.tokens)).collect();
        let fast_sentences: Vec<_> = tokens::sentences(&norm, &fast).into_iter().map(|s| (s.start, s.end, s.tokens)).collect();
        assert_eq!(fast_sentences, old_sentences, "sentences of {norm:?}");
        let doc = Document::new(&text, None);
        let doc_sentences: Vec<_> = doc.sentences.iter().map(|s| (s.start, s.end, s.tokens.clone())).collect();
        assert_eq!(doc_sentences, old_sentences, "document sentences of {norm:?}");
        assert_eq!(doc.tokens, fast, "document tokens of {norm:?}");
        assert_eq!(doc.folded, fold_case(&norm), "document folded text of {norm:?}");
    }
}
