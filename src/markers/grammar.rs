//! Closed word classes per language (`data/lexicons/{fr,en}/grammar.txt`):
//! determiners, auxiliaries, the words that may separate an auxiliary from
//! its participle, the words that open reported content, inverted clitics.

use std::sync::LazyLock;

use super::word_map::WordSet;
use super::lexicon::{source, Lexicon};
use crate::model::Lang;

#[derive(Debug, Default)]
pub struct Grammar {
    /// Words that make the next word a noun (`le`, `un`, `the`, `her`).
    pub determiners: WordSet,
    /// Determiners that are never object pronouns before a verb (French
    /// `un`, `ces`, but not `le`/`les`, which are also pronouns).
    pub noun_determiners: WordSet,
    pub auxiliaries: WordSet,
    pub between_auxiliary: WordSet,
    pub content_openers: WordSet,
    /// Inverted subject pronouns after a hyphen (`affirme-t-il`).
    pub clitics: WordSet,
    /// Prepositions (`de`, `par`, `of`, `by`) and complementisers.
    pub prepositions: WordSet,
    /// Adjectives that stand before a noun (« le principal accusé »).
    pub prenominal_adjectives: WordSet,
    /// Pronouns, conjunctions, adverbs: never the head of a noun phrase.
    pub function_words: WordSet,
    /// Negation words around a verb group (`not`, `never`, `ne`, `pas`).
    pub negations: WordSet,
    /// Words that open an indirect question (`whether`, `how`, `combien`):
    /// after a negated reporting verb, nothing is reported ("have not said
    /// how many").
    pub question_words: WordSet,
}

fn set(lex: &Lexicon, section: &str) -> WordSet {
    lex.section(section).map(crate::text::case::lowercase).collect()
}

fn build(lang: Lang) -> Grammar {
    let lex = Lexicon::parse(source(lang, "grammar"));
    let determiners = set(&lex, "determiners");
    let noun_determiners = match lang {
        Lang::Fr => set(&lex, "noun-determiners"),
        Lang::En => determiners.clone(),
    };
    Grammar {
        determiners,
        noun_determiners,
        auxiliaries: set(&lex, "auxiliaries"),
        between_auxiliary: set(&lex, "between-auxiliary"),
        content_openers: set(&lex, "content-openers"),
        clitics: set(&lex, "clitics"),
        prepositions: set(&lex, "prepositions"),
        prenominal_adjectives: set(&lex, "prenominal-adjectives"),
        function_words: set(&lex, "function-words"),
        negations: set(&lex, "negations"),
        question_words: set(&lex, "question-words"),
    }
}

static FR: LazyLock<Grammar> = LazyLock::new(|| build(Lang::Fr));
static EN: LazyLock<Grammar> = LazyLock::new(|| build(Lang::En));

pub fn grammar(lang: Lang) -> &'static Grammar {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
