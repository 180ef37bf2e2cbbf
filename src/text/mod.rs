//! The text layer every detector works on: normalised text, a case-folded
//! copy aligned byte for byte, tokens, sentences and the language.

pub mod canonical;
pub mod case;
pub mod fast_hash;
pub mod lang;
pub mod normalize;
mod swar;
pub mod tokens;
pub mod word_filter;
#[cfg(test)]
mod reference;
#[cfg(test)]
mod equivalence;

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
        let (tokens, ends) = tokens::tokenize_with_ends(&norm.text);
        let sentences = tokens::sentences_from(&norm.text, &tokens, &ends);
        let lang = lang.unwrap_or_else(|| lang::detect(&folded, &tokens));
        Document { lang, norm, folded, tokens, sentences }
    }

    /// Cuts the document into runs of whole lines of about `size` bytes
    /// (more if a line is longer), as sentence ranges: every line break ends
    /// a sentence, so no sentence spans two runs.
    pub fn blocks(&self, size: usize) -> Vec<std::ops::Range<usize>> {
        let bytes = self.norm.text.as_bytes();
        let mut blocks = Vec::new();
        let mut first = 0;
        for (s, sentence) in self.sentences.iter().enumerate() {
            let Some(next) = self.sentences.get(s + 1) else { break };
            let start = self.sentences[first].start as usize;
            let gap = bytes.get(sentence.end as usize..next.start as usize).unwrap_or_default();
            if sentence.end as usize - start >= size && gap.contains(&b'\n') {
                blocks.push(first..s + 1);
                first = s + 1;
            }
        }
        if first < self.sentences.len() {
            blocks.push(first..self.sentences.len());
        }
        blocks
    }

    /// The sentences `range` as a document of their own, and the byte
    /// offset of its text in this one. Its text runs from the first token of
    /// the range to the first token after it; tokens and sentences are
    /// renumbered from 0; the language is this document's.
    pub fn excerpt(&self, range: std::ops::Range<usize>) -> (Document, usize) {
        let Some(first) = self.sentences.get(range.start) else {
            return (Document { lang: self.lang, norm: Normalized::verbatim(String::new()), folded: String::new(), tokens: Vec::new(), sentences: Vec::new() }, self.norm.text.len());
        };
        let (from, first_token) = (first.start, first.tokens.start);
        let last_token = self.sentences.get(range.end.saturating_sub(1)).map_or(first_token, |s| s.tokens.end);
        let to = self.tokens.get(last_token).map_or(self.norm.text.len(), |t| t.start as usize);
        let text = self.norm.text.get(from as usize..to).unwrap_or_default();
        let folded = self.folded.get(from as usize..to).unwrap_or_default();
        let tokens = self.tokens[first_token..last_token]
            .iter()
            .map(|t| Token { start: t.start - from, end: t.end - from, kind: t.kind })
            .collect();
        let sentences = self.sentences[range]
            .iter()
            .map(|s| Sentence {
                start: s.start - from,
                end: s.end - from,
                tokens: s.tokens.start - first_token..s.tokens.end - first_token,
            })
            .collect();
        let doc = Document { lang: self.lang, norm: Normalized::verbatim(text.to_string()), folded: folded.to_string(), tokens, sentences };
        (doc, from as usize)
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
