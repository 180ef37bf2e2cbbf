//! `conditional` (French only): finite verbs in the conditional mood, the
//! « conditionnel journalistique » of unconfirmed news (« aurait tué »,
//! « pourrait durer »).
//!
//! A conditional is a future stem plus an imperfect ending: `-rais`,
//! `-rait`, `-rions`, `-riez`, `-raient`. Morphology decides whether what
//! stands before the ending is a future stem:
//! - `…er` (affirmer-ait, ser-ait, fer-ait) and `…ir` (finir-ait,
//!   dir-ait, croir-ait) are regular stems;
//! - irregular stems and stems of `-re` verbs come from
//!   `data/lexicons/fr/conditional.txt` (aur-, pourr-, viendr-, mettr-…);
//! - anything else is an imperfect (déclar-ait, montr-ait, assur-ait) or a
//!   noun (portr-ait, extr-ait, attr-ait) and is left alone, as are the
//!   imperfects of `-irer` verbs (tir-ait) listed in the same file.
//!
//! A noun determiner right before (« un portrait ») rules a word out. In a
//! compound conditional only the auxiliary is marked (`aurait` in « aurait
//! tué »): the participle has no conditional ending.

use std::sync::LazyLock;

use super::word_map::WordSet;
use super::candidates::{self, Candidates};
use super::grammar::grammar;
use super::lexicon::{source, Lexicon};
use crate::model::{Category, Lang, Span};
use crate::text::{Document, TokenKind};

/// Endings after the `r` of the future stem, longest first.
const ENDINGS: &[&str] = &["aient", "ions", "iez", "ais", "ait"];

struct Stems {
    exact: WordSet,
    endings: Vec<String>,
    /// Imperfect stems that look like conditional stems (`tir` of tirer).
    lookalikes: WordSet,
}

static STEMS: LazyLock<Stems> = LazyLock::new(|| {
    let lex = Lexicon::parse(source(Lang::Fr, "conditional"));
    Stems {
        exact: lex.section("stems").map(str::to_string).collect(),
        endings: lex.section("stem-endings").map(str::to_string).collect(),
        lookalikes: lex
            .section("lookalikes")
            .filter_map(|verb| verb.strip_suffix("er"))
            .map(str::to_string)
            .collect(),
    }
});

/// Whether a lower-case word is a conditional verb form.
pub fn is_conditional(word: &str) -> bool {
    let Some(stem) = ENDINGS.iter().find_map(|e| word.strip_suffix(e)) else { return false };
    if !stem.ends_with('r') || stem.chars().count() < 2 {
        return false;
    }
    let stems = &*STEMS;
    if stems.exact.contains(stem) {
        return true;
    }
    if stems.lookalikes.contains(stem) {
        return false;
    }
    stem.ends_with("er")
        || stem.ends_with("ir")
        || stem.ends_with("ïr")
        || stems.endings.iter().any(|e| stem.ends_with(e.as_str()))
}

pub fn find(doc: &Document, candidates: &Candidates) -> Vec<Span> {
    if doc.lang != Lang::Fr {
        return Vec::new();
    }
    let g = grammar(Lang::Fr);
    let mut spans = Vec::new();
    for i in candidates.tokens(candidates::CONDITIONAL) {
        let token = &doc.tokens[i];
        if token.kind != TokenKind::Word {
            continue;
        }
        let lower = doc.lower(i);
        // « aurait-il », « pourrait-on »: the verb before the clitic.
        let word = match lower.split_once('-') {
            Some((head, tail)) if g.clitics.contains(tail) => head,
            Some(_) => continue,
            None => lower,
        };
        if !word.ends_with(['s', 't', 'z']) || !is_conditional(word) {
            continue;
        }
        // A capitalised word inside a sentence is a name, not a verb.
        let sentence_start = doc.sentences.get(doc.sentence_of(i)).is_some_and(|s| s.tokens.start == i);
        if !sentence_start && doc.word(i).chars().next().is_some_and(char::is_uppercase) && i > 0 && doc.lower(i - 1) != "«" {
            continue;
        }
        if i > 0 && g.noun_determiners.contains(doc.lower(i - 1)) {
            continue;
        }
        let start = token.start as usize;
        spans.push(Span::new(start, start + word.len(), Category::Conditional));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditional_forms_every_person_and_irregular_stems() {
        for word in [
            "aurais", "aurait", "aurions", "auriez", "auraient", "serait", "seraient", "pourrait",
            "pourrions", "devrait", "devriez", "ferait", "irait", "voudrait", "saurait", "viendrait",
            "tiendrait", "verrait", "faudrait", "vaudrait", "mourrait", "courrait", "recevrait",
            "enverrait", "dirait", "prendrait", "mettrait", "permettrait", "connaîtrait", "battrait",
            "déclarerait", "affirmerait", "finirait", "partirait", "suivrait", "vivrait",
            "conclurait", "croirait", "écrirait", "conduirait", "acquerrait", "semblerait",
            "répondrait", "craindrait", "perdrait", "vaincrait", "interromprait", "tirerait",
        ] {
            assert!(is_conditional(word), "{word} should be conditional");
        }
    }

    #[test]
    fn nouns_and_imperfects_are_not_conditional() {
        for word in [
            "portrait", "retrait", "extrait", "attrait", "trait", "abstrait", "distrait",
            "soustrait", "portraits", "déclarait", "montrait", "assurait", "ignorait", "tirait",
            "admirait", "désirait", "espérait", "mourait", "courait", "offrait", "ouvrait",
            "livrait", "serrait", "entrait", "durait", "célébrait", "intégrait", "consacrait",
            "restaurait", "engendrait", "frais", "vrais", "marais", "rions", "rait", "mais",
        ] {
            assert!(!is_conditional(word), "{word} should not be conditional");
        }
    }

    #[test]
    fn in_context() {
        let cases: &[(&str, &[&str])] = &[
            ("Selon le journal, la direction aurait accepté une hausse.", &["aurait"]),
            ("Le conflit pourrait durer ; aurait-il pu l'éviter ?", &["pourrait", "aurait"]),
            ("Ils seraient partis, nous devrions savoir.", &["seraient", "devrions"]),
            ("Un portrait du retrait, un extrait et un attrait.", &[]),
            ("Il déclarait qu'il montrait et tirait.", &[]),
        ];
        for (text, expected) in cases {
            let doc = Document::new(text, Some(Lang::Fr));
            let got: Vec<&str> = find(&doc, &Candidates::of(&doc)).iter().map(|s| s.text(doc.text())).collect();
            assert_eq!(got, *expected, "{text}");
        }
    }
}
