//! The text layer every detector works on: normalised text, a case-folded
//! copy aligned byte for byte, tokens, sentences and the language.

pub mod canonical;
pub mod lang;
pub mod normalize;
pub mod tokens;
pub mod word_filter;

pub use normalize::{fold_case, strip_accents, Normalized};
pub use tokens::{is_word_char, Sentence, Token, TokenKind};

use crate::model::Lang;

/// One scanned text, prepared once and shared by all detectors.
///
/// Detectors work in the coordinates of `norm.text` (equal to those of
/// `folded`); `scan` maps their spans back to the original text.
pub struct Document {
    pub lang: Lang,
    pub norm: Normalized,
    /// `norm.text` in lower case, same byte offsets.
    pub folded: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Document {
    pub fn new(original: &str, lang: Option<Lang>) -> Document {
        let norm = Normalized::new(original);
        let folded = fold_case(&norm.text);
        let tokens = tokens::tokenize(&norm.text);
        let sentences = tokens::sentences(&norm.text, &tokens);
        let lang = lang.unwrap_or_else(|| lang::detect(&folded, &tokens));
        Document { lang, norm, folded, tokens, sentences }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// Token `i` as written (case kept).
    pub fn word(&self, i: usize) -> &str {
        self.tokens[i].text(&self.norm.text)
    }

    /// Token `i` in lower case.
    pub fn lower(&self, i: usize) -> &str {
        self.tokens[i].text(&self.folded)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= token)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < offset)
    }
}
